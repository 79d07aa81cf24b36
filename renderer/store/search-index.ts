/**
 * The app's one search index: created once per app start (per `Services`), kept up to date
 * incrementally, read by the search dialog on every open without rebuilding anything.
 *
 * It starts as the prebuilt bundled index. Imported articles are indexed in a Web Worker in
 * batches: a new or changed article (content or corrected title) goes into a new segment that
 * shadows its old entry; a removed one (trash, delete) is shadowed at once. `syncLibrary` diffs
 * the library against what is indexed, so import, re-import, update, trash and restore all
 * reach the index without each repo calling it; `upsert`/`remove` are there for sources
 * outside the library (the sharing work). After `MAX_SEGMENTS` import segments the imported
 * articles are rebuilt into one, so lookups stay a handful of binary searches.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Article } from '../../corpus/model';
import { addToIndex, appendIndex, loadIndex, removeFromIndex, searchDocFromArticle, type SearchIndex } from '../../corpus/search';
import { useServices, type Services } from './services';

/** Builds an index over articles (off the main thread in the app). */
export type IndexBuilder = (articles: readonly Article[]) => Promise<SearchIndex>;

/** What readers of the index see. */
export interface SearchIndexSnapshot {
  readonly index: SearchIndex;
  /** False while articles the library holds are not yet searchable (first build, an import being indexed). */
  readonly ready: boolean;
}

/** Import segments kept before they are merged into one. */
export const MAX_SEGMENTS = 8;

/** What identifies an indexed version of an article: its text and its (possibly corrected) title. */
const versionOf = (a: Article): string => `${a.contentHash}\u0000${a.meta.title}`;

/** The index and its incremental updates; see the file comment. */
export class SearchIndexStore {
  private index: SearchIndex;
  private snapshot: SearchIndexSnapshot;
  private readonly listeners = new Set<() => void>();
  /** Imported article id → indexed version. */
  private readonly indexed = new Map<string, string>();
  /** Wanted imported articles (library and upserts), by id. */
  private readonly wanted = new Map<string, Article>();
  /** Ids the library put in `wanted` (a library sync removes only these). */
  private readonly fromLibrary = new Set<string>();
  private libraryLoaded = false;
  /** Ids whose build failed, with the version that failed (retried when the article changes). */
  private readonly failed = new Map<string, string>();
  private running: Promise<void> | null = null;
  private importSegments = 0;

  constructor(
    private readonly bundled: SearchIndex,
    private readonly build: IndexBuilder,
  ) {
    this.index = bundled;
    this.snapshot = { index: bundled, ready: false };
  }

  /** For `useSyncExternalStore`. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): SearchIndexSnapshot => this.snapshot;

  /** The library's imported articles (after `loaded`): indexes new and changed ones, drops the rest. */
  syncLibrary(imported: readonly Article[], loaded: boolean): Promise<void> {
    const ids = new Set(imported.map((a) => a.id));
    for (const id of this.fromLibrary) if (!ids.has(id)) this.wanted.delete(id);
    this.fromLibrary.clear();
    for (const a of imported) {
      this.wanted.set(a.id, a);
      this.fromLibrary.add(a.id);
    }
    this.libraryLoaded ||= loaded;
    return this.kick();
  }

  /** Adds or replaces articles (from outside the library, e.g. shared ones). Resolves when searchable. */
  upsert(articles: readonly Article[]): Promise<void> {
    for (const a of articles) this.wanted.set(a.id, a);
    return this.kick();
  }

  /** Removes articles from search at once. */
  remove(articleIds: Iterable<string>): void {
    for (const id of articleIds) {
      this.wanted.delete(id);
      this.fromLibrary.delete(id);
    }
    this.applyRemovals();
    this.publish();
  }

  /** Resolves once everything wanted so far is searchable. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private pending(): Article[] {
    return [...this.wanted.values()].filter((a) => this.indexed.get(a.id) !== versionOf(a) && this.failed.get(a.id) !== versionOf(a));
  }

  private applyRemovals(): void {
    const gone = [...this.indexed.keys()].filter((id) => !this.wanted.has(id));
    if (gone.length === 0) return;
    this.index = removeFromIndex(this.index, gone);
    for (const id of gone) this.indexed.delete(id);
  }

  private publish(): void {
    const ready = this.libraryLoaded && this.running === null && this.pending().length === 0;
    if (this.snapshot.index === this.index && this.snapshot.ready === ready) return;
    this.snapshot = { index: this.index, ready };
    for (const listener of this.listeners) listener();
  }

  private kick(): Promise<void> {
    this.applyRemovals();
    if (!this.running && this.pending().length > 0) {
      this.running = this.drain().finally(() => {
        this.running = null;
        // Something may have arrived between the last batch and here.
        if (this.pending().length > 0) void this.kick();
        else this.publish();
      });
    }
    this.publish();
    return this.idle();
  }

  /** Builds batches until nothing is pending (the library may change while a batch builds). */
  private async drain(): Promise<void> {
    for (let batch = this.pending(); batch.length > 0; batch = this.pending()) {
      const merge = this.importSegments >= MAX_SEGMENTS;
      const articles = merge ? [...this.wanted.values()] : batch;
      let built: SearchIndex;
      try {
        built = await this.build(articles);
      } catch (error) {
        // Not retried until the article changes; the rest of the library stays searchable.
        console.error('search index: could not index imported articles', error);
        for (const a of articles) this.failed.set(a.id, versionOf(a));
        continue;
      }
      if (merge) {
        // One segment for every imported article, over the bundled index (bundled ids never collide).
        this.index = appendIndex(this.bundled, built);
        this.importSegments = 1;
        this.indexed.clear();
      } else {
        this.index = appendIndex(this.index, built);
        this.importSegments++;
      }
      for (const a of articles) this.indexed.set(a.id, versionOf(a));
      // Articles removed while the batch was building must not come back.
      this.applyRemovals();
      this.publish();
    }
  }
}

/** Builds on the main thread (tests, and where workers are unavailable). */
export const buildOnMainThread: IndexBuilder = (articles) =>
  Promise.resolve(addToIndex({ segments: [], shadowed: new Map() }, articles.map(searchDocFromArticle)));

let worker: Worker | undefined;
let nextId = 1;

/** Builds in the search-index worker; falls back to the main thread if the worker fails. */
const buildInWorker: IndexBuilder = (articles) => {
  if (typeof Worker === 'undefined') return buildOnMainThread(articles);
  worker ??= new Worker(new URL('./search-index-worker.ts', import.meta.url), { type: 'module' });
  const id = nextId++;
  const w = worker;
  return new Promise<SearchIndex>((resolve, reject) => {
    const onMessage = (event: MessageEvent<{ id: number; json?: string; error?: string }>) => {
      if (event.data.id !== id) return;
      w.removeEventListener('message', onMessage);
      if (event.data.json === undefined) return reject(new Error(event.data.error ?? 'index worker failed'));
      const loaded = loadIndex(event.data.json, articles.map(searchDocFromArticle));
      if (loaded.ok) resolve(loaded.value);
      else reject(new Error(loaded.error));
    };
    w.addEventListener('message', onMessage);
    w.postMessage({ id, articles });
  }).catch(() => buildOnMainThread(articles));
};

const stores = new WeakMap<Services, Promise<SearchIndexStore>>();
const loadedStores = new WeakMap<Services, SearchIndexStore>();

/**
 * The running app's index (one per `Services`, i.e. per app start), once the bundled index has
 * loaded; the sharing work calls `upsert`/`remove` on it. Every caller gets the same store.
 */
export function searchIndexStore(services: Services): Promise<SearchIndexStore> {
  let store = stores.get(services);
  if (!store) {
    store = services.bundledIndex().then((bundled) => {
      const created = new SearchIndexStore(bundled, buildInWorker);
      loadedStores.set(services, created);
      return created;
    });
    stores.set(services, store);
  }
  return store;
}

/**
 * Keeps the index in step with the library. Call once from a component mounted for the app's
 * whole life (the top bar's search button, through store/search-index-sync.ts), so imported
 * articles are indexed at start-up and on every change — before the search dialog is first opened.
 */
export function syncSearchIndex(services: Services, articles: readonly Article[], loaded: boolean): Promise<void> {
  const imported = articles.filter((a) => a.origin === 'imported');
  return searchIndexStore(services).then((store) => store.syncLibrary(imported, loaded));
}

/** What the search dialog sees in the moment before the bundled index has loaded: nothing, not ready. */
const EMPTY_SNAPSHOT: SearchIndexSnapshot = { index: { segments: [], shadowed: new Map() }, ready: false };
const emptySnapshot = () => EMPTY_SNAPSHOT;
const noSubscription = () => () => undefined;

/** The current index and whether it covers the whole library yet. */
export function useSearchIndex(): SearchIndexSnapshot {
  const services = useServices();
  const [store, setStore] = useState(() => loadedStores.get(services));
  useEffect(() => {
    if (store) return;
    let live = true;
    void searchIndexStore(services).then((loaded) => live && setStore(loaded));
    return () => {
      live = false;
    };
  }, [services, store]);
  return useSyncExternalStore(store?.subscribe ?? noSubscription, store?.getSnapshot ?? emptySnapshot);
}

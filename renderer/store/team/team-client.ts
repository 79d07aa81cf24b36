import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import { liveQuery } from 'dexie';
import type * as Y from 'yjs';
import type { BackedUpArticle } from '../../../corpus/backup/schemas';
import type { Annotation, Article } from '../../../corpus/model';
import {
  addPackPerson,
  contributeToPack,
  deleteAnnotation,
  listPack,
  notesDocName,
  packDocName,
  packIndexDocName,
  presenceFields,
  presenceWhere,
  privateDocName,
  publishesTo,
  putPackArticle,
  readContributing,
  readPresence,
  readAnnotations,
  readPack,
  readPackList,
  readPackPeople,
  unpublishAll,
  withdrawFromPack,
  writeAnnotation,
  writePackInfo,
  type Viewing,
} from '../../../corpus/sync';
import type { PizhuDb } from '../db';
import type { ImportedArticle, StoredAnnotation, TeamMembership, TeamNote } from '../records';
import { openLocalDoc, type LocalDoc } from './local-doc';
import { syncOwnAnnotations, type OwnAnnotationsSync } from './own-annotations-sync';
import type { TeamStatusStore } from './team-status';

/**
 * The running team connection: one WebSocket to the server, one Hocuspocus provider per Y
 * document (each document kept in Dexie by local-doc.ts, so everything works offline and
 * merges on reconnect). Loaded with a dynamic import only when a team is configured.
 *
 * - `private/<me>`: my own annotations, bound to Dexie both ways (own-annotations-sync.ts), and
 *   the packs I chose to contribute my notes to.
 * - `pack/<g>/index`: the list of shared packs → Dexie `teamPacks`.
 * - `pack/<g>/<p>`: each shared pack's articles → imported into the library when missing here.
 * - `notes/<g>/<p>/<me>` (editors): my annotations on the pack's articles, published one way,
 *   only for a pack I shared or chose to contribute to (`publishesTo`); otherwise never opened.
 * - Presence: each pack document's awareness says who has that pack (or one of its articles)
 *   open; `setViewing` says what this device has open.
 * - `notes/<g>/<p>/<colleague>`: read-only → Dexie `teamNotes`, never mixed with mine.
 */
export interface TeamClient {
  /** Shares the given articles as a new pack; resolves with its id. */
  sharePack(title: string, articles: readonly Article[]): Promise<string>;
  /** Puts my notes on the pack's articles in the pack from now on (and the ones I already have). */
  contribute(packId: string): Promise<void>;
  /** Stops publishing my notes to a pack and takes back those already there. */
  withdraw(packId: string): Promise<void>;
  /** What this device has open (every view that has something), for presence. */
  setViewing(viewing: readonly Viewing[]): void;
  stop(): Promise<void>;
}

interface Opened {
  readonly local: LocalDoc;
  readonly provider: HocuspocusProvider;
}

const withoutArticleId = ({ articleId: _articleId, ...a }: StoredAnnotation): Annotation => a;

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

export interface TeamClientOptions {
  readonly db: PizhuDb;
  readonly membership: TeamMembership;
  readonly bundled: readonly Article[];
  readonly status: TeamStatusStore;
  readonly now?: () => Date;
}

export function startTeamClient({ db, membership: me, bundled, status, now = () => new Date() }: TeamClientOptions): TeamClient {
  const bundledIds = new Set(bundled.map((a) => a.id));
  const editor = me.role === 'editor';
  const opened = new Map<string, Opened>();
  const cleanups: (() => void)[] = [];
  let stopped = false;
  let authenticatedOnce = false;
  let refused = false;

  const socket = new HocuspocusProviderWebsocket({ url: me.serverUrl, delay: 500, factor: 1.5, maxDelay: 3000, minDelay: 300 });

  const pendingCount = () => [...opened.values()].reduce((n, o) => n + o.provider.unsyncedChanges, 0);
  /** Counts what is unsent; with nothing pending on an authenticated, synced connection, that is "last synced". */
  const refreshPending = () => {
    if (stopped) return;
    const pending = pendingCount();
    status.set({ pending });
    const allSynced = [...opened.values()].every((o) => o.provider.isSynced);
    if (pending === 0 && allSynced && authenticatedOnce && !refused && status.get().connection === 'connected') {
      const at = now().toISOString();
      status.set({ lastSynced: at });
      void db.team.put({ key: 'lastSynced', at });
    }
  };

  // The socket says whether the server is reachable; "connected" waits for the server to accept the invite.
  socket.on('status', ({ status: s }: { status: WebSocketStatus }) => {
    if (stopped || refused) return;
    if (s === WebSocketStatus.Disconnected) status.set({ connection: 'offline' });
  });

  async function open(name: string): Promise<Opened> {
    const existing = opened.get(name);
    if (existing) return existing;
    const local = await openLocalDoc(db, name);
    const again = opened.get(name);
    if (again) {
      await local.close();
      return again;
    }
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name,
      document: local.doc,
      token: me.token,
      onAuthenticated: () => {
        authenticatedOnce = true;
        refused = false;
        status.set({ connection: 'connected' });
      },
      onAuthenticationFailed: () => {
        if (stopped) return;
        refused = true;
        void db.team
          .get('lastSynced')
          .then((last) => !stopped && status.set({ connection: authenticatedOnce || last ? 'revoked' : 'refused', pending: pendingCount() }));
      },
      // The server closes a revoked member's documents with this reason (the socket stays open).
      onClose: ({ event }) => {
        if (stopped || event.reason !== 'permission-denied') return;
        refused = true;
        status.set({ connection: 'revoked' });
      },
      onSynced: () => refreshPending(),
      onUnsyncedChanges: () => refreshPending(),
    });
    const entry = { local, provider };
    opened.set(name, entry);
    provider.attach();
    return entry;
  }

  /** Calls `read` now and after every change of `doc`, at most every `ms`. */
  function watch(doc: Y.Doc, read: () => void | Promise<void>, ms = 100): void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = () => {
      timer = undefined;
      if (!stopped) void read();
    };
    const onUpdate = () => {
      if (timer === undefined) timer = setTimeout(run, ms);
    };
    doc.on('update', onUpdate);
    cleanups.push(() => {
      clearTimeout(timer);
      doc.off('update', onUpdate);
    });
    run();
  }

  // 1. My own notes, between my laptops, and which packs I put them in.
  let own: OwnAnnotationsSync | undefined;
  let contributing: ReadonlySet<string> = new Set();
  const privateReady = open(privateDocName(me.memberId)).then(({ local }) => {
    if (stopped) return local.doc;
    own = syncOwnAnnotations(db, local.doc, now);
    watch(local.doc, () => {
      const next = readContributing(local.doc);
      if ([...next].sort().join('\n') === [...contributing].sort().join('\n')) return;
      contributing = next;
      status.set({ contributing: [...next].sort() });
      for (const packId of packs.keys()) void updatePublishing(packId);
    });
    return local.doc;
  });

  // Presence: what this device has open → the awareness of the packs it concerns.
  let viewing: readonly Viewing[] = [];
  const applyPresence = () => {
    if (stopped) return;
    const where = presenceWhere(viewing, new Map([...packs].map(([id, p]) => [id, p.articleIds])));
    for (const [packId, p] of packs) {
      const provider = p.provider;
      if (!provider) continue;
      const fields = presenceFields({ id: me.memberId, name: me.name }, where.get(packId));
      const current = provider.awareness?.getLocalState() as { user?: unknown; articleId?: unknown } | null | undefined;
      if (JSON.stringify(current?.user ?? null) === JSON.stringify(fields.user) && (current?.articleId ?? null) === fields.articleId) continue;
      provider.awareness?.setLocalState({ ...(current ?? {}), ...fields });
    }
  };

  // 2. The group's shared packs.
  interface PackState {
    articleIds: string[];
    doc?: Y.Doc;
    provider?: HocuspocusProvider;
    /** The article list my notes are published for ('' when not publishing). */
    publishedFor: string;
    stopPublishing?: () => void;
    generation: number;
  }
  const packs = new Map<string, PackState>();
  const indexReady = open(packIndexDocName(me.groupId)).then(({ local }) => {
    watch(local.doc, async () => {
      const listing = readPackList(local.doc);
      await db.transaction('rw', db.teamPacks, async () => {
        for (const p of listing) {
          const stored = await db.teamPacks.get(p.id);
          await db.teamPacks.put({ ...p, articleIds: stored?.articleIds ?? [] });
        }
      });
      for (const p of listing) if (!packs.has(p.id)) void openPack(p.id);
    });
    return local.doc;
  });

  async function openPack(packId: string): Promise<void> {
    if (packs.has(packId) || stopped) return;
    const state: PackState = { articleIds: [], publishedFor: '', generation: 0 };
    packs.set(packId, state);
    const { local, provider } = await open(packDocName(me.groupId, packId));
    const doc = local.doc;
    state.doc = doc;
    state.provider = provider;
    const onAwareness = () => {
      if (stopped) return;
      const others = readPresence(provider.awareness?.getStates() ?? new Map(), me.memberId);
      status.set({ online: { ...status.get().online, [packId]: others.map((p) => p.name) } });
    };
    provider.awareness?.on('change', onAwareness);
    cleanups.push(() => provider.awareness?.off('change', onAwareness));
    applyPresence();

    const colleagues = new Set<string>();
    watch(doc, async () => {
      const pack = readPack(doc);
      const ids = pack.articles.map((a) => a.id);
      const changed = ids.join('\n') !== state.articleIds.join('\n');
      state.articleIds = ids;
      await importMissing(pack.articles);
      const stored = await db.teamPacks.get(packId);
      if (stored && changed) await db.teamPacks.put({ ...stored, articleIds: ids });
      if (changed) applyPresence();
      await updatePublishing(packId);
      for (const [memberId, name] of readPackPeople(doc)) {
        if (memberId === me.memberId || colleagues.has(memberId)) continue;
        colleagues.add(memberId);
        void readColleague(packId, memberId, name);
      }
    });
    cleanups.push(() => state.stopPublishing?.());
  }

  /**
   * Starts, restarts (its articles changed) or leaves off publishing my notes to a pack, by
   * the privacy rule: only for a pack I shared or chose to contribute to.
   */
  async function updatePublishing(packId: string): Promise<void> {
    const state = packs.get(packId);
    if (!state?.doc || stopped) return;
    const wanted = publishesTo(packId, me, contributing) && state.articleIds.length > 0 ? state.articleIds.join('\n') : '';
    if (wanted === state.publishedFor) return;
    const wasPublishing = state.publishedFor !== '';
    state.publishedFor = wanted;
    const generation = ++state.generation;
    state.stopPublishing?.();
    state.stopPublishing = undefined;
    if (wanted === '') {
      // I took my notes back: colleagues' copies lose them (my own store keeps them).
      if (wasPublishing && !contributing.has(packId)) unpublishAll((await open(notesDocName(me.groupId, packId, me.memberId))).local.doc);
      return;
    }
    // Named in the pack's people, so colleagues know to read my notes document.
    if (!readPackPeople(state.doc).has(me.memberId)) addPackPerson(state.doc, me.memberId, me.name);
    const stop = await publishOwnNotes(packId, new Set(state.articleIds));
    if (generation !== state.generation || stopped) stop();
    else state.stopPublishing = stop;
  }

  async function importMissing(articles: readonly BackedUpArticle[]): Promise<void> {
    const missing: ImportedArticle[] = [];
    for (const a of articles) {
      if (bundledIds.has(a.id) || (await db.importedArticles.get(a.id))) continue;
      missing.push({ ...a, importedAt: a.importedAt ?? now().toISOString(), encoding: a.encoding ?? 'utf-8' });
    }
    if (missing.length > 0) await db.importedArticles.bulkPut(missing);
  }

  /** My annotations on the pack's articles → my notes document; deletions become tombstones. */
  async function publishOwnNotes(packId: string, articleIds: ReadonlySet<string>): Promise<() => void> {
    const { local } = await open(notesDocName(me.groupId, packId, me.memberId));
    const doc = local.doc;
    const subscription = liveQuery(() =>
      Promise.all([
        db.annotations
          .where('articleId')
          .anyOf([...articleIds])
          .toArray(),
        db.trash.toArray(),
      ]),
    ).subscribe({
      next: ([mine, trash]) => {
        if (stopped) return;
        const present = new Set(mine.map((a) => a.id));
        doc.transact(() => {
          for (const a of mine) writeAnnotation(doc, withoutArticleId(a));
          for (const t of trash)
            if (!present.has(t.id) && articleIds.has(t.annotation.articleId) && doc.getMap('annotations').has(t.id)) deleteAnnotation(doc, t.id, t.deletedAt);
        });
      },
    });
    return () => subscription.unsubscribe();
  }

  /** A colleague's notes document (read-only) → Dexie `teamNotes` for this pack and person. */
  async function readColleague(packId: string, authorId: string, authorName: string): Promise<void> {
    const { local } = await open(notesDocName(me.groupId, packId, authorId));
    watch(local.doc, async () => {
      const { annotations } = readAnnotations(local.doc);
      const notes: TeamNote[] = annotations.map((annotation) => ({
        id: `${packId}/${authorId}/${annotation.id}`,
        articleId: annotation.target.source,
        packId,
        authorId,
        authorName,
        annotation,
      }));
      await db.transaction('rw', db.teamNotes, async () => {
        await db.teamNotes
          .where('packId')
          .equals(packId)
          .and((n) => n.authorId === authorId)
          .delete();
        await db.teamNotes.bulkPut(notes);
      });
    });
  }

  status.set({ connection: 'connecting', readOnly: !editor, contributing: [] });

  return {
    async sharePack(title, articles) {
      if (!editor) throw new Error('read-only');
      const packId = randomId();
      const created = now().toISOString();
      // Sharing is choosing: my notes on these articles go to the pack.
      contributeToPack(await privateReady, packId, created);
      const { local } = await open(packDocName(me.groupId, packId));
      const records = await Promise.all(articles.map(async (a): Promise<BackedUpArticle> => (await db.importedArticles.get(a.id)) ?? a));
      local.doc.transact(() => {
        writePackInfo(local.doc, { title, created });
        for (const a of records) putPackArticle(local.doc, a);
        addPackPerson(local.doc, me.memberId, me.name);
      });
      const index = await indexReady;
      listPack(index, { id: packId, title, sharedBy: me.memberId, sharedByName: me.name, created });
      await openPack(packId);
      return packId;
    },
    async contribute(packId) {
      if (!editor) throw new Error('read-only');
      contributeToPack(await privateReady, packId, now().toISOString());
    },
    async withdraw(packId) {
      withdrawFromPack(await privateReady, packId);
    },
    setViewing(next) {
      viewing = [...next];
      applyPresence();
    },
    async stop() {
      stopped = true;
      own?.stop();
      for (const c of cleanups.splice(0)) c();
      for (const { provider, local } of opened.values()) {
        provider.destroy();
        await local.close();
      }
      opened.clear();
      socket.destroy();
      status.set({ connection: 'off', pending: 0, online: {}, contributing: [] });
    },
  };
}

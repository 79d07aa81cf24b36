import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { withCorrection, type MetaCorrection } from '../../corpus/corrections';
import type { Article } from '../../corpus/model';
import type { PizhuDb } from './db';
import { useSharedCorrections, useSharedImportedArticles } from './live-data';
import { carryOverCorrections, readCorrections, type BadCorrection, type CorrectionsRead } from './meta-corrections-repo';
import { checkRecord } from './read-back';
import type { ImportedArticle } from './records';
import { useServices } from './services';

/** Fetches the prebuilt bundled corpus (written by `npm run build:corpus`). */
export async function loadBundledCorpus(baseUrl = './corpus/'): Promise<Article[]> {
  const response = await fetch(`${baseUrl}articles.json`);
  if (!response.ok) throw new Error(`corpus/articles.json: HTTP ${response.status}`);
  return (await response.json()) as Article[];
}

/**
 * Imported articles as every view shows them: the user's corrections laid over the inferred
 * meta. Only imported articles take corrections (bundled ones are corrected by their sidecar,
 * in the build, so every reader of the app sees the same). Uncorrected articles keep their
 * object identity, so memoized views and caches keyed by article do not recompute.
 */
export function correctedArticles<A extends Article>(imported: readonly A[], corrections: Pick<CorrectionsRead, 'byId'>): A[] {
  return imported.map((a) => withCorrection(a, corrections.byId.get(a.id)?.fields));
}

/**
 * All articles, bundled first (in file order), then imported (oldest first) with the user's
 * corrections applied: the library, search, notebook, figures and print all read this.
 */
export function useLibrary(): { articles: readonly Article[]; loaded: boolean } {
  const { bundled } = useServices();
  const imported = useImportedArticles();
  const corrections = useSharedCorrections();
  return useMemo(() => {
    // A stored record that claims a bundled id (written before restores checked identity)
    // never shows: the bundled article is the one its id names, in the library and the reader.
    const bundledIds = new Set(bundled.map((a) => a.id));
    const own = (imported ?? []).filter((a) => !bundledIds.has(a.id));
    return {
      articles: [...bundled, ...correctedArticles(own, corrections ?? { byId: new Map() })],
      loaded: imported !== undefined && corrections !== undefined,
    };
  }, [bundled, imported, corrections]);
}

/** One article for the reader, with its correction (the record itself, for the edit dialog). */
export interface ArticleRead {
  readonly article: Article | undefined;
  readonly loaded: boolean;
  /** The inferred article, before corrections: what "reset" goes back to. */
  readonly inferred?: Article;
  readonly correction?: MetaCorrection;
  /** The stored correction failed validation: it is not applied and the reader says why. */
  readonly badCorrection?: BadCorrection;
}

export function useArticle(id: string): ArticleRead {
  const { db, bundled } = useServices();
  const fromBundle = bundled.find((a) => a.id === id);
  const imported = useLiveQuery(async () => {
    if (fromBundle) return null;
    const [stored, record] = await Promise.all([db.importedArticles.get(id), db.metaCorrections.get(id)]);
    const article = checkRecord(db, 'importedArticles', stored);
    return article ? { article, read: readCorrections(record ? [record] : []) } : null;
  }, [db, id, fromBundle]);
  return useMemo(() => {
    if (fromBundle) return { article: fromBundle, loaded: true };
    if (imported === undefined) return { article: undefined, loaded: false };
    if (imported === null) return { article: undefined, loaded: true };
    const correction = imported.read.byId.get(id);
    const bad = imported.read.bad[0];
    return {
      article: withCorrection(imported.article, correction?.fields),
      loaded: true,
      inferred: imported.article,
      ...(correction ? { correction } : {}),
      ...(bad ? { badCorrection: bad } : {}),
    };
  }, [fromBundle, imported, id]);
}

/** Imported articles, oldest first, live, as inferred (without corrections). */
export function useImportedArticles(): readonly ImportedArticle[] | undefined {
  return useSharedImportedArticles();
}

/**
 * Content hash → title (corrected where the user corrected it) of every imported article:
 * duplicate detection at import names the article as the library shows it.
 */
export async function importedContentHashes(db: PizhuDb): Promise<Map<string, string>> {
  const known = new Map<string, string>();
  const corrections = readCorrections(await db.metaCorrections.toArray());
  await db.importedArticles.each((a) => {
    known.set(a.contentHash, withCorrection(a, corrections.byId.get(a.id)?.fields).meta.title);
  });
  return known;
}

/** Every imported article with the title the library shows (the user's correction applied). */
export async function importedLibrary(db: PizhuDb): Promise<{ readonly article: ImportedArticle; readonly title: string }[]> {
  const [articles, corrections] = await Promise.all([db.importedArticles.toArray(), db.metaCorrections.toArray()]);
  const read = readCorrections(corrections);
  return articles.map((article) => ({ article, title: withCorrection(article, read.byId.get(article.id)?.fields).meta.title }));
}

export interface AddImportedResult {
  readonly added: readonly ImportedArticle[];
  /** Left out because an article with the same content hash was stored meanwhile. */
  readonly duplicates: readonly ImportedArticle[];
}

/**
 * The id for a new imported article: `imp-<hash>`, or, when an article updated from a changed
 * file still holds that id (updates keep ids), `imp-<hash>-2`, `-3`, … `taken` answers for ids
 * already stored or given out in this batch.
 */
export async function freeImportedId(base: string, taken: (id: string) => Promise<boolean>): Promise<string> {
  if (!(await taken(base))) return base;
  for (let n = 2; ; n++) if (!(await taken(`${base}-${n}`))) return `${base}-${n}`;
}

/**
 * Stores a batch of imported articles in ONE transaction: either all of them (minus any
 * whose content is already stored) are added, or, if anything fails, none are. An added
 * article with no correction of its own takes the newest correction of a file with the same
 * name (its text was changed and re-imported; see carryOverCorrections). An article whose
 * content-derived id is held by another article (one updated from a changed file keeps its
 * first id) gets a free one, so the two never collide; `added` holds the ids as stored.
 */
export async function addImportedArticles(db: PizhuDb, articles: readonly ImportedArticle[]): Promise<AddImportedResult> {
  return db.transaction('rw', [db.importedArticles, db.metaCorrections], async () => {
    const added: ImportedArticle[] = [];
    const duplicates: ImportedArticle[] = [];
    const seen = new Set<string>();
    const ids = new Set<string>();
    const taken = async (id: string) => ids.has(id) || (await db.importedArticles.get(id)) !== undefined;
    for (const article of articles) {
      const exists = seen.has(article.contentHash) || (await db.importedArticles.where('contentHash').equals(article.contentHash).count()) > 0;
      seen.add(article.contentHash);
      if (exists) {
        duplicates.push(article);
        continue;
      }
      const id = await freeImportedId(article.id, taken);
      ids.add(id);
      added.push(id === article.id ? article : { ...article, id });
    }
    await db.importedArticles.bulkAdd(added);
    await carryOverCorrections(db, added);
    return { added, duplicates };
  });
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { withCorrection, type MetaCorrection } from '../../corpus/corrections';
import type { Article } from '../../corpus/model';
import type { PizhuDb } from './db';
import { useSharedCorrections, useSharedImportedArticles } from './live-data';
import { carryOverCorrections, readCorrections, type BadCorrection, type CorrectionsRead } from './meta-corrections-repo';
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
  return useMemo(
    () => ({ articles: [...bundled, ...correctedArticles(imported ?? [], corrections ?? { byId: new Map() })], loaded: imported !== undefined && corrections !== undefined }),
    [bundled, imported, corrections],
  );
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
  const imported = useLiveQuery(
    async () => {
      if (fromBundle) return null;
      const [article, record] = await Promise.all([db.importedArticles.get(id), db.metaCorrections.get(id)]);
      return article ? { article, read: readCorrections(record ? [record] : []) } : null;
    },
    [db, id, fromBundle],
  );
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

export interface AddImportedResult {
  readonly added: readonly ImportedArticle[];
  /** Left out because an article with the same content hash was stored meanwhile. */
  readonly duplicates: readonly ImportedArticle[];
}

/**
 * Stores a batch of imported articles in ONE transaction: either all of them (minus any
 * whose content is already stored) are added, or, if anything fails, none are. An added
 * article with no correction of its own takes the newest correction of a file with the same
 * name (its text was changed and re-imported; see carryOverCorrections).
 */
export async function addImportedArticles(db: PizhuDb, articles: readonly ImportedArticle[]): Promise<AddImportedResult> {
  return db.transaction('rw', [db.importedArticles, db.metaCorrections], async () => {
    const added: ImportedArticle[] = [];
    const duplicates: ImportedArticle[] = [];
    const seen = new Set<string>();
    for (const article of articles) {
      const exists = seen.has(article.contentHash) || (await db.importedArticles.where('contentHash').equals(article.contentHash).count()) > 0;
      (exists ? duplicates : added).push(article);
      seen.add(article.contentHash);
    }
    await db.importedArticles.bulkAdd(added);
    await carryOverCorrections(db, added);
    return { added, duplicates };
  });
}

/**
 * Removes an imported article. With `withAnnotations` its annotations move to the trash
 * (recoverable, like any delete); otherwise they stay in `db.annotations`, unanchored until
 * the same content is imported again (same content → same id). Article notes and the
 * user's metadata correction are kept for the same reason.
 * Returns how many annotations were moved.
 */
export async function removeImportedArticle(db: PizhuDb, id: string, options: { readonly withAnnotations: boolean }, now = new Date()): Promise<number> {
  return db.transaction('rw', [db.importedArticles, db.annotations, db.trash, db.readingPositions], async () => {
    await db.importedArticles.delete(id);
    await db.readingPositions.delete(id);
    if (!options.withAnnotations) return 0;
    const annotations = await db.annotations.where('articleId').equals(id).toArray();
    const deletedAt = now.toISOString();
    await db.trash.bulkPut(annotations.map((annotation) => ({ id: annotation.id, annotation, deletedAt })));
    await db.annotations.bulkDelete(annotations.map((a) => a.id));
    return annotations.length;
  });
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Article } from '../../corpus/model';
import type { PizhuDb } from './db';
import type { ImportedArticle } from './records';
import { useSharedImportedArticles } from './live-data';
import { useServices } from './services';

/** Fetches the prebuilt bundled corpus (written by `npm run build:corpus`). */
export async function loadBundledCorpus(baseUrl = './corpus/'): Promise<Article[]> {
  const response = await fetch(`${baseUrl}articles.json`);
  if (!response.ok) throw new Error(`corpus/articles.json: HTTP ${response.status}`);
  return (await response.json()) as Article[];
}

/** All articles: bundled first (in file order), then imported (oldest first). */
export function useLibrary(): { articles: readonly Article[]; loaded: boolean } {
  const { bundled } = useServices();
  const imported = useImportedArticles();
  return useMemo(
    () => ({ articles: [...bundled, ...(imported ?? [])], loaded: imported !== undefined }),
    [bundled, imported],
  );
}

export function useArticle(id: string): { article: Article | undefined; loaded: boolean } {
  const { db, bundled } = useServices();
  const fromBundle = bundled.find((a) => a.id === id);
  const imported = useLiveQuery(
    async () => (fromBundle ? null : ((await db.importedArticles.get(id)) ?? null)),
    [db, id, fromBundle],
  );
  return { article: fromBundle ?? imported ?? undefined, loaded: fromBundle !== undefined || imported !== undefined };
}

/** Imported articles, oldest first, live. */
export function useImportedArticles(): readonly ImportedArticle[] | undefined {
  return useSharedImportedArticles();
}

/** Content hash → title of every imported article (duplicate detection at import). */
export async function importedContentHashes(db: PizhuDb): Promise<Map<string, string>> {
  const known = new Map<string, string>();
  await db.importedArticles.each((a) => {
    known.set(a.contentHash, a.meta.title);
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
 * whose content is already stored) are added, or, if anything fails, none are.
 */
export async function addImportedArticles(db: PizhuDb, articles: readonly ImportedArticle[]): Promise<AddImportedResult> {
  return db.transaction('rw', db.importedArticles, async () => {
    const added: ImportedArticle[] = [];
    const duplicates: ImportedArticle[] = [];
    const seen = new Set<string>();
    for (const article of articles) {
      const exists = seen.has(article.contentHash) || (await db.importedArticles.where('contentHash').equals(article.contentHash).count()) > 0;
      (exists ? duplicates : added).push(article);
      seen.add(article.contentHash);
    }
    await db.importedArticles.bulkAdd(added);
    return { added, duplicates };
  });
}

/**
 * Removes an imported article. With `withAnnotations` its annotations move to the trash
 * (recoverable, like any delete); otherwise they stay in `db.annotations`, unanchored until
 * the same content is imported again (same content → same id). Article notes are kept.
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

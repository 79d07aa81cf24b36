import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Article } from '../../corpus/model';
import type { PizhuDb } from './db';
import type { ImportedArticle } from './records';
import { useServices } from './services';

/** Fetches the prebuilt bundled corpus (written by `npm run build:corpus`). */
export async function loadBundledCorpus(baseUrl = './corpus/'): Promise<Article[]> {
  const response = await fetch(`${baseUrl}articles.json`);
  if (!response.ok) throw new Error(`corpus/articles.json: HTTP ${response.status}`);
  return (await response.json()) as Article[];
}

/** All articles: bundled first (in file order), then imported (oldest first). */
export function useLibrary(): { articles: readonly Article[]; loaded: boolean } {
  const { db, bundled } = useServices();
  const imported = useLiveQuery(() => db.importedArticles.orderBy('importedAt').toArray(), [db]);
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

export async function addImportedArticles(db: PizhuDb, articles: readonly ImportedArticle[]): Promise<void> {
  await db.transaction('rw', db.importedArticles, async () => {
    await db.importedArticles.bulkAdd([...articles]);
  });
}

import { useLiveQuery } from 'dexie-react-hooks';
import type { ArticleNote } from '../../corpus/model';
import type { PizhuDb } from './db';
import { useServices } from './services';

/** The article-level note (one per article), live; null when there is none. */
export function useArticleNote(articleId: string): ArticleNote | null | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => (await db.articleNotes.where('articleId').equals(articleId).first()) ?? null, [db, articleId]);
}

export function useAllArticleNotes(): readonly ArticleNote[] | undefined {
  const { db } = useServices();
  return useLiveQuery(() => db.articleNotes.toArray(), [db]);
}

export async function saveArticleNote(db: PizhuDb, articleId: string, body: { note: string; tags: readonly string[] }, existing: ArticleNote | null | undefined): Promise<void> {
  const now = new Date().toISOString();
  const record: ArticleNote = existing
    ? { ...existing, body: { note: body.note, tags: [...body.tags] }, modified: now }
    : { id: crypto.randomUUID(), kind: 'article-note', articleId, body: { note: body.note, tags: [...body.tags] }, created: now, modified: now };
  await db.transaction('rw', db.articleNotes, async () => {
    await db.articleNotes.put(record);
  });
}

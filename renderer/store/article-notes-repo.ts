import { useLiveQuery } from 'dexie-react-hooks';
import { checkSave, sameBody, type AnnotationBody, type ArticleNote } from '../../corpus/model';
import { withNewText, type NoteSaveResult } from './annotations-repo';
import type { PizhuDb } from './db';
import { checkRecord, checkRecords } from './read-back';
import { useServices } from './services';

/** The article-level note (one per article), live; null when there is none. */
export function useArticleNote(articleId: string): ArticleNote | null | undefined {
  const { db } = useServices();
  // A note that fails its schema is listed as a problem and not shown (nor overwritten: a save
  // then finds it stored and asks, like any note saved elsewhere).
  return useLiveQuery(async () => checkRecord(db, 'articleNotes', await db.articleNotes.where('articleId').equals(articleId).first()) ?? null, [db, articleId]);
}

export function useAllArticleNotes(): readonly ArticleNote[] | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => checkRecords(db, 'articleNotes', await db.articleNotes.toArray(), true), [db]);
}

/**
 * Saves the article note over the version the editor started from (`base`, null when there
 * was none), checked inside the write transaction: a note saved meanwhile in another window
 * (or created there, when this window started a new one) is a conflict, never overwritten.
 */
export async function saveArticleNote(
  db: PizhuDb,
  articleId: string,
  body: AnnotationBody,
  base: ArticleNote | null,
  now = new Date(),
): Promise<NoteSaveResult<ArticleNote>> {
  return db.transaction('rw', db.articleNotes, async () => {
    const stored = await db.articleNotes.where('articleId').equals(articleId).first();
    let after: ArticleNote;
    if (!stored && !base) {
      const time = now.toISOString();
      after = {
        id: crypto.randomUUID(),
        kind: 'article-note',
        articleId,
        body: { note: body.note, tags: [...body.tags] },
        created: time,
        modified: time,
        revision: 1,
      };
    } else if (!stored) {
      return { kind: 'deleted' };
    } else if (!base) {
      if (!sameBody(stored.body, body)) return { kind: 'conflict', theirs: stored };
      after = withNewText(stored, body, now);
    } else {
      const check = checkSave(base, stored, body);
      if (check !== 'write') return check === 'conflict' ? { kind: 'conflict', theirs: stored } : { kind: 'deleted' };
      after = withNewText(stored, body, now);
    }
    await db.articleNotes.put(after);
    return { kind: 'saved', before: stored ?? after, after };
  });
}

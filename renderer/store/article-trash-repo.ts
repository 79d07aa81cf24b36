import { useLiveQuery } from 'dexie-react-hooks';
import { err, ok, type Result } from '../../corpus/model';
import type { PizhuDb } from './db';
import type { TrashedArticle } from './records';
import { useServices } from './services';

/** Removed articles older than this are emptied from the trash at start-up. */
export const ARTICLE_TRASH_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Why a remove was refused (expected failures are values). */
export type RemoveRefusal = 'bundled' | 'not-found';

/** The trash key of one removal: the same article removed twice is two entries. */
export const trashKey = (articleId: string, deletedAt: string): string => `${articleId}@${deletedAt}`;

/**
 * Moves an imported article to the article trash together with everything that hangs on it
 * (its annotations and article notes), in one transaction: the trash record is complete or
 * nothing moved. Its metadata correction stays where it is (keyed by article id, so it applies
 * again on restore or re-import); its reading position is dropped. A bundled id is refused:
 * the bundled article is not the user's to remove, and its notes must never go away with a
 * record that only claims its id.
 */
export async function moveArticleToTrash(
  db: PizhuDb,
  articleId: string,
  bundledIds: ReadonlySet<string>,
  now = new Date(),
): Promise<Result<TrashedArticle, RemoveRefusal>> {
  if (bundledIds.has(articleId)) return err('bundled');
  return db.transaction('rw', [db.importedArticles, db.annotations, db.articleNotes, db.readingPositions, db.articleTrash], async () => {
    const article = await db.importedArticles.get(articleId);
    if (!article) return err<RemoveRefusal>('not-found');
    const [annotations, articleNotes] = await Promise.all([
      db.annotations.where('articleId').equals(articleId).toArray(),
      db.articleNotes.where('articleId').equals(articleId).toArray(),
    ]);
    const deletedAt = now.toISOString();
    const entry: TrashedArticle = { id: trashKey(articleId, deletedAt), article, annotations, articleNotes, deletedAt };
    await db.articleTrash.put(entry);
    await db.annotations.bulkDelete(annotations.map((a) => a.id));
    await db.articleNotes.bulkDelete(articleNotes.map((n) => n.id));
    await db.importedArticles.delete(articleId);
    await db.readingPositions.delete(articleId);
    return ok(entry);
  });
}

/** Why a restore from the trash was refused; the entry stays in the trash in every case. */
export type TrashRestoreRefusal = 'gone' | 'bundled' | 'id-taken';

/**
 * Puts a trashed article back exactly as it was (same ids, created and modified times), in one
 * transaction, and removes the trash entry. If the same article (same id and text) was imported
 * again meanwhile the library keeps that copy and the notes are added to it. A note whose id
 * exists again (restored from a backup meanwhile) keeps the newer of the two.
 *
 * Identity is checked like every other way in: an entry claiming a bundled article's id is
 * refused ('bundled'), and so is one whose id now belongs to an article with a different text
 * ('id-taken': its notes would land on text they were never written on). A refused entry stays
 * in the trash. 'gone': restored or deleted in another window.
 */
export async function restoreTrashedArticle(
  db: PizhuDb,
  trashId: string,
  bundledIds: ReadonlySet<string>,
): Promise<Result<{ notes: number }, TrashRestoreRefusal>> {
  return db.transaction('rw', [db.importedArticles, db.annotations, db.articleNotes, db.articleTrash], async () => {
    const entry = await db.articleTrash.get(trashId);
    if (!entry) return err<TrashRestoreRefusal>('gone');
    if (bundledIds.has(entry.article.id)) return err<TrashRestoreRefusal>('bundled');
    const present = await db.importedArticles.get(entry.article.id);
    if (present && present.contentHash !== entry.article.contentHash) return err<TrashRestoreRefusal>('id-taken');
    if (!present) await db.importedArticles.add(entry.article);
    const newer = <T extends { id: string; modified: string }>(mine: readonly T[], theirs: readonly (T | undefined)[]) =>
      mine.filter((record, i) => {
        const other = theirs[i];
        return other === undefined || other.modified <= record.modified;
      });
    const annotations = newer(entry.annotations, await db.annotations.bulkGet(entry.annotations.map((a) => a.id)));
    const notes = newer(entry.articleNotes, await db.articleNotes.bulkGet(entry.articleNotes.map((n) => n.id)));
    await db.annotations.bulkPut([...annotations]);
    await db.articleNotes.bulkPut([...notes]);
    await db.articleTrash.delete(trashId);
    return ok({ notes: entry.annotations.length + entry.articleNotes.length });
  });
}

/** Deletes one trash entry for good (the UI asks first). */
export async function deleteTrashedArticle(db: PizhuDb, trashId: string): Promise<void> {
  await db.articleTrash.delete(trashId);
}

/** Deletes every trash entry for good (the UI asks first); returns how many went. */
export async function emptyArticleTrash(db: PizhuDb): Promise<number> {
  return db.transaction('rw', db.articleTrash, async () => {
    const count = await db.articleTrash.count();
    await db.articleTrash.clear();
    return count;
  });
}

/**
 * Empties entries removed more than `days` ago (run at start-up). Compares times, not the ISO
 * strings' order, so any recorded offset works; a `deletedAt` in the future (written with a
 * clock that was ahead) is kept, never taken as old. Returns how many went.
 */
export async function purgeExpiredArticleTrash(db: PizhuDb, now = new Date(), days = ARTICLE_TRASH_DAYS): Promise<number> {
  const cutoff = now.getTime() - days * DAY_MS;
  return db.transaction('rw', db.articleTrash, async () => {
    const expired = (await db.articleTrash.toArray()).filter((e) => Date.parse(e.deletedAt) < cutoff).map((e) => e.id);
    await db.articleTrash.bulkDelete(expired);
    return expired.length;
  });
}

/** The article trash, newest removal first, live; undefined while loading. */
export function useArticleTrash(): readonly TrashedArticle[] | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => await db.articleTrash.orderBy('deletedAt').reverse().toArray(), [db]);
}

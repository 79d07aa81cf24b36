import { useLiveQuery } from 'dexie-react-hooks';
import type { PizhuDb } from './db';
import type { NoteDraft } from './records';
import { useServices } from './services';

/** The note id of the note about a whole article (annotations use their own id). */
export function articleNoteDraftId(articleId: string): string {
  return `article-note:${articleId}`;
}

/**
 * A draft's key: the note and the editor that typed it. Each editor (each window) keeps its
 * own draft, so a save or a discard in one window never takes away what another one typed.
 */
export function draftKey(noteId: string, session: string): string {
  return `${noteId}#${session}`;
}

/** Keeps what is being typed; resolves once it has committed. */
export async function putDraft(db: PizhuDb, draft: NoteDraft): Promise<void> {
  await db.transaction('rw', db.drafts, async () => {
    await db.drafts.put(draft);
  });
}

/** Every draft left for one note (by any editor, any window), newest first. */
export async function draftsOf(db: PizhuDb, noteId: string): Promise<NoteDraft[]> {
  const found = await db.drafts.where('id').startsWith(`${noteId}#`).toArray();
  return found.filter((d) => d.noteId === noteId).sort((x, y) => y.updated.localeCompare(x.updated));
}

/** Forgets one draft (after a save, or when the user discards it). */
export async function deleteDraft(db: PizhuDb, id: string): Promise<void> {
  await db.transaction('rw', db.drafts, async () => {
    await db.drafts.delete(id);
  });
}

/** Ids of the notes of one article that have an unsaved draft, live. */
export function useDraftIds(articleId: string): ReadonlySet<string> {
  const { db } = useServices();
  const ids = useLiveQuery(async () => (await db.drafts.where('articleId').equals(articleId).toArray()).map((d) => d.noteId), [db, articleId]);
  return new Set(ids ?? []);
}

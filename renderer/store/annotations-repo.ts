import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { checkSave, revisionOf, unchangedSince, type AnnotationBody } from '../../corpus/model';
import type { PizhuDb } from './db';
import type { StoredAnnotation } from './records';
import { useSharedAnnotations } from './live-data';
import { checkRecords } from './read-back';
import { useServices } from './services';

/** Annotations of one article, live. */
export function useAnnotations(articleId: string): readonly StoredAnnotation[] | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => checkRecords(db, 'annotations', await db.annotations.where('articleId').equals(articleId).toArray()), [db, articleId]);
}

/** Every annotation, live. */
export function useAllAnnotations(): readonly StoredAnnotation[] | undefined {
  return useSharedAnnotations();
}

/** Number of annotations per article id. */
export function useAnnotationCounts(): ReadonlyMap<string, number> {
  const all = useAllAnnotations();
  return useMemo(() => {
    const counts = new Map<string, number>();
    for (const a of all ?? []) counts.set(a.articleId, (counts.get(a.articleId) ?? 0) + 1);
    return counts;
  }, [all]);
}

/** Adds or replaces one annotation; resolves only once the write has committed. */
export async function putAnnotation(db: PizhuDb, annotation: StoredAnnotation): Promise<void> {
  await db.transaction('rw', db.annotations, async () => {
    await db.annotations.put(annotation);
  });
}

/** Moves an annotation to the trash (undo restores it). Returns what was deleted. */
export async function trashAnnotation(db: PizhuDb, id: string, now = new Date()): Promise<StoredAnnotation | undefined> {
  return db.transaction('rw', db.annotations, db.trash, async () => {
    const annotation = await db.annotations.get(id);
    if (!annotation) return undefined;
    await db.trash.put({ id, annotation, deletedAt: now.toISOString() });
    await db.annotations.delete(id);
    return annotation;
  });
}

/** Undoes a delete: the annotation comes back from the trash exactly as it was. */
export async function restoreAnnotation(db: PizhuDb, id: string): Promise<boolean> {
  return db.transaction('rw', db.annotations, db.trash, async () => {
    const trashed = await db.trash.get(id);
    if (!trashed) return false;
    await db.annotations.put(trashed.annotation);
    await db.trash.delete(id);
    return true;
  });
}

/** How a revision-checked save ended; `T` is the kind of note. */
export type NoteSaveResult<T> =
  | { readonly kind: 'saved'; readonly before: T; readonly after: T }
  /** Someone else saved other text since the editor opened: nothing was written. */
  | { readonly kind: 'conflict'; readonly theirs: T }
  /** The note was deleted elsewhere: nothing was written. */
  | { readonly kind: 'deleted' };

/** The stored note with new text: one revision later, modified now. */
export function withNewText<T extends { readonly revision?: number; readonly body: AnnotationBody; readonly modified: string }>(
  stored: T,
  body: AnnotationBody,
  now: Date,
): T {
  return { ...stored, body: { note: body.note, tags: [...body.tags] }, modified: now.toISOString(), revision: revisionOf(stored) + 1 };
}

/**
 * Saves a note's text, checking inside the write transaction that the stored annotation is
 * still the version the editor started from (`base`); never writes over a newer one.
 */
export async function saveAnnotationNote(
  db: PizhuDb,
  base: StoredAnnotation,
  body: AnnotationBody,
  now = new Date(),
): Promise<NoteSaveResult<StoredAnnotation>> {
  return db.transaction('rw', db.annotations, async () => {
    const stored = await db.annotations.get(base.id);
    const check = checkSave(base, stored, body);
    switch (check) {
      case 'deleted':
        return { kind: 'deleted' };
      case 'conflict':
        return { kind: 'conflict', theirs: stored! };
      case 'write': {
        const after = withNewText(stored!, body, now);
        await db.annotations.put(after);
        return { kind: 'saved', before: stored!, after };
      }
    }
  });
}

/**
 * "Keep both": a second annotation on the same passage with my text, tagged `tag` so it can be
 * found; the other window's version stays as it is.
 */
export async function saveConflictCopy(
  db: PizhuDb,
  theirs: StoredAnnotation,
  body: AnnotationBody,
  tag: string,
  id: string,
  now = new Date(),
): Promise<StoredAnnotation> {
  const time = now.toISOString();
  const copy: StoredAnnotation = {
    ...theirs,
    id,
    body: { note: body.note, tags: body.tags.includes(tag) ? [...body.tags] : [...body.tags, tag] },
    created: time,
    modified: time,
    revision: 1,
  };
  await db.transaction('rw', db.annotations, async () => {
    await db.annotations.put(copy);
  });
  return copy;
}

/**
 * Brings back a note deleted in another window, with the text typed here. Takes the record
 * from the trash when it is there (and empties that trash entry), else the editor's copy; if
 * the note came back meanwhile (an undo elsewhere), this is an ordinary checked save.
 */
export async function restoreAnnotationWithText(
  db: PizhuDb,
  snapshot: StoredAnnotation,
  body: AnnotationBody,
  now = new Date(),
): Promise<NoteSaveResult<StoredAnnotation>> {
  return db.transaction('rw', db.annotations, db.trash, async () => {
    if (await db.annotations.get(snapshot.id)) return saveAnnotationNote(db, snapshot, body, now);
    const trashed = (await db.trash.get(snapshot.id))?.annotation;
    const source = trashed && revisionOf(trashed) >= revisionOf(snapshot) ? trashed : snapshot;
    const after = withNewText(source, body, now);
    await db.annotations.put(after);
    await db.trash.delete(snapshot.id);
    return { kind: 'saved', before: source, after };
  });
}

/**
 * Changes an annotation as stored now (not as a possibly stale copy had it), one revision
 * later. Returns both versions, or undefined when it is gone.
 */
export async function changeAnnotation(
  db: PizhuDb,
  id: string,
  change: (stored: StoredAnnotation) => StoredAnnotation,
): Promise<{ before: StoredAnnotation; after: StoredAnnotation } | undefined> {
  return db.transaction('rw', db.annotations, async () => {
    const before = await db.annotations.get(id);
    if (!before) return undefined;
    const after = { ...change(before), id, revision: revisionOf(before) + 1 };
    await db.annotations.put(after);
    return { before, after };
  });
}

/**
 * Undoes a change: puts `before` back (one revision later) only while the stored annotation is
 * still `after`; a newer save from another window is never undone behind its back.
 */
export async function revertAnnotation(db: PizhuDb, before: StoredAnnotation, after: StoredAnnotation): Promise<boolean> {
  return db.transaction('rw', db.annotations, async () => {
    const stored = await db.annotations.get(after.id);
    if (!stored || !unchangedSince(after, stored)) return false;
    await db.annotations.put({ ...before, revision: revisionOf(stored) + 1 });
    return true;
  });
}

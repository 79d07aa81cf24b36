import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { PizhuDb } from './db';
import type { StoredAnnotation } from './records';
import { useSharedAnnotations } from './live-data';
import { useServices } from './services';

/** Annotations of one article, live. */
export function useAnnotations(articleId: string): readonly StoredAnnotation[] | undefined {
  const { db } = useServices();
  return useLiveQuery(() => db.annotations.where('articleId').equals(articleId).toArray(), [db, articleId]);
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

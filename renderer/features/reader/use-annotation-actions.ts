import { useCallback, useMemo } from 'react';
import type { Article, HighlightColor } from '../../../corpus/model';
import { useI18n } from '../../app/i18n';
import { useToast } from '../../app/toast';
import { putAnnotation, restoreAnnotation, trashAnnotation } from '../../store/annotations-repo';
import type { StoredAnnotation } from '../../store/records';
import { useServices } from '../../store/services';
import { classifyStorageError } from '../../store/storage-errors';
import { newAnnotation } from '../annotate/new-annotation';
import type { NoteDraft } from '../annotate/NoteEditor';
import { useUndo } from './use-undo';

/** Every change to an article's annotations, each written at once and undoable. */
export function useAnnotationActions(article: Article) {
  const { db } = useServices();
  const { t } = useI18n();
  const toast = useToast();
  const { push, undo } = useUndo();

  const reportFailure = useCallback((error: unknown) => {
    const failure = classifyStorageError(error);
    toast(failure.kind === 'quota' ? t('note.quotaExceeded') : t('note.saveFailed', { message: failure.message }), { tone: 'error' });
  }, [t, toast]);

  const create = useCallback(async (start: number, end: number, color: HighlightColor): Promise<StoredAnnotation | undefined> => {
    const annotation = newAnnotation(article, start, end, color, new Date(), crypto.randomUUID());
    try {
      await putAnnotation(db, annotation);
    } catch (error) {
      reportFailure(error);
      return undefined;
    }
    push(async () => void (await trashAnnotation(db, annotation.id)));
    return annotation;
  }, [article, db, push, reportFailure]);

  const update = useCallback(async (before: StoredAnnotation, after: StoredAnnotation) => {
    await putAnnotation(db, after);
    push(() => putAnnotation(db, before));
  }, [db, push]);

  const recolor = useCallback(async (annotation: StoredAnnotation, color: HighlightColor) => {
    try {
      await update(annotation, { ...annotation, color, modified: new Date().toISOString() });
    } catch (error) {
      reportFailure(error);
    }
  }, [update, reportFailure]);

  /** Throws on failure so the note editor can keep the text and show why. */
  const saveNote = useCallback(async (annotation: StoredAnnotation, draft: NoteDraft) => {
    await update(annotation, { ...annotation, body: { note: draft.note, tags: [...draft.tags] }, modified: new Date().toISOString() });
  }, [update]);

  const reattach = useCallback(async (annotation: StoredAnnotation, start: number, end: number) => {
    const fresh = newAnnotation(article, start, end, annotation.color, new Date(), annotation.id);
    try {
      await update(annotation, { ...fresh, body: annotation.body, created: annotation.created });
    } catch (error) {
      reportFailure(error);
    }
  }, [article, update, reportFailure]);

  const remove = useCallback(async (annotation: StoredAnnotation) => {
    try {
      await trashAnnotation(db, annotation.id);
    } catch (error) {
      reportFailure(error);
      return;
    }
    const restore = async () => void (await restoreAnnotation(db, annotation.id));
    push(restore);
    toast(t('toast.deleted'), { action: { label: t('toast.undo'), run: () => void restore() } });
  }, [db, push, toast, t, reportFailure]);

  return useMemo(() => ({ create, recolor, saveNote, reattach, remove, undo }), [create, recolor, saveNote, reattach, remove, undo]);
}

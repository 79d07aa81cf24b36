import { useCallback, useMemo } from 'react';
import type { AnnotationBody, Article, HighlightColor } from '../../../corpus/model';
import { useI18n } from '../../ui/i18n';
import { useToast } from '../../ui/toast';
import {
  changeAnnotation,
  putAnnotation,
  restoreAnnotation,
  restoreAnnotationWithText,
  revertAnnotation,
  saveAnnotationNote,
  saveConflictCopy,
  trashAnnotation,
  type NoteSaveResult,
} from '../../store/annotations-repo';
import type { StoredAnnotation } from '../../store/records';
import { useServices } from '../../store/services';
import { classifyStorageError } from '../../store/storage-errors';
import { newAnnotation } from '../../store/new-annotation';
import { useUndo } from './use-undo';
import { describeError } from '../../ui/i18n/describe-error';

/** Every change to an article's annotations, each written at once and undoable. */
export function useAnnotationActions(article: Article) {
  const { db } = useServices();
  const { t } = useI18n();
  const toast = useToast();
  const { push, undo } = useUndo();

  const reportFailure = useCallback(
    (error: unknown) => {
      const failure = classifyStorageError(error);
      toast(failure.kind === 'quota' ? t('note.quotaExceeded') : t('note.saveFailed', { message: describeError(t, error) }), { tone: 'error' });
    },
    [t, toast],
  );

  const create = useCallback(
    async (start: number, end: number, color: HighlightColor): Promise<StoredAnnotation | undefined> => {
      const annotation = newAnnotation(article, start, end, color, new Date(), crypto.randomUUID());
      try {
        await putAnnotation(db, annotation);
      } catch (error) {
        reportFailure(error);
        return undefined;
      }
      push(async () => void (await trashAnnotation(db, annotation.id)));
      return annotation;
    },
    [article, db, push, reportFailure],
  );

  /** Undo puts `before` back only while nobody changed the annotation since `after`. */
  const pushRevert = useCallback(
    (before: StoredAnnotation, after: StoredAnnotation) => {
      push(async () => {
        if (!(await revertAnnotation(db, before, after))) toast(t('note.undoBlocked'), { tone: 'error' });
      });
    },
    [db, push, toast, t],
  );

  /** Changes the annotation as stored now (another window may have changed it), undoably. */
  const update = useCallback(
    async (id: string, change: (stored: StoredAnnotation) => StoredAnnotation) => {
      const changed = await changeAnnotation(db, id, change);
      if (changed) pushRevert(changed.before, changed.after);
    },
    [db, pushRevert],
  );

  const recolor = useCallback(
    async (annotation: StoredAnnotation, color: HighlightColor) => {
      try {
        await update(annotation.id, (stored) => ({ ...stored, color, modified: new Date().toISOString() }));
      } catch (error) {
        reportFailure(error);
      }
    },
    [update, reportFailure],
  );

  /**
   * Saves a note over `base`, the version its editor started from: a newer version saved
   * elsewhere comes back as a conflict, a deletion elsewhere as `deleted`. Throws on storage
   * failure so the note editor can keep the text and show why.
   */
  const saveNote = useCallback(
    async (base: StoredAnnotation, body: AnnotationBody): Promise<NoteSaveResult<StoredAnnotation>> => {
      const result = await saveAnnotationNote(db, base, body);
      if (result.kind === 'saved') pushRevert(result.before, result.after);
      return result;
    },
    [db, pushRevert],
  );

  /** "Keep both": my text as a second annotation on the same passage, tagged to be found. */
  const saveCopy = useCallback(
    async (theirs: StoredAnnotation, body: AnnotationBody) => {
      const tag = t('conflict.tag');
      const copy = await saveConflictCopy(db, theirs, body, tag, crypto.randomUUID());
      push(async () => void (await trashAnnotation(db, copy.id)));
      toast(t('conflict.copySaved', { tag }));
      return copy;
    },
    [db, push, toast, t],
  );

  /** A note deleted in another window comes back with the text typed here. */
  const restoreWithText = useCallback(
    async (snapshot: StoredAnnotation, body: AnnotationBody): Promise<NoteSaveResult<StoredAnnotation>> => {
      const result = await restoreAnnotationWithText(db, snapshot, body);
      if (result.kind === 'saved') {
        push(async () => void (await trashAnnotation(db, snapshot.id)));
        toast(t('note.restored'));
      }
      return result;
    },
    [db, push, toast, t],
  );

  const reattach = useCallback(
    async (annotation: StoredAnnotation, start: number, end: number) => {
      const fresh = newAnnotation(article, start, end, annotation.color, new Date(), annotation.id);
      try {
        const changed = await changeAnnotation(db, annotation.id, (stored) => ({ ...stored, target: fresh.target, modified: fresh.modified }));
        if (!changed) return;
        pushRevert(changed.before, changed.after);
        const revert = async () => {
          if (!(await revertAnnotation(db, changed.before, changed.after))) toast(t('note.undoBlocked'), { tone: 'error' });
        };
        toast(t('reader.reattached'), { action: { label: t('toast.undo'), run: () => void revert() } });
      } catch (error) {
        reportFailure(error);
      }
    },
    [article, db, pushRevert, toast, t, reportFailure],
  );

  const remove = useCallback(
    async (annotation: StoredAnnotation) => {
      try {
        await trashAnnotation(db, annotation.id);
      } catch (error) {
        reportFailure(error);
        return;
      }
      const restore = async () => void (await restoreAnnotation(db, annotation.id));
      push(restore);
      toast(t('toast.deleted'), { action: { label: t('toast.undo'), run: () => void restore() } });
    },
    [db, push, toast, t, reportFailure],
  );

  return useMemo(
    () => ({ create, recolor, saveNote, saveCopy, restoreWithText, reattach, remove, undo }),
    [create, recolor, saveNote, saveCopy, restoreWithText, reattach, remove, undo],
  );
}

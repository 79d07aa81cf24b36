import { useId, useState } from 'react';
import type { Article } from '../../../corpus/model';
import { useI18n } from '../../ui/i18n';
import { useToast } from '../../ui/toast';
import { moveArticleToTrash } from '../../store/article-trash-repo';
import { useRestoreTrashed } from '../../ui/use-restore-trashed';
import { useServices } from '../../store/services';
import { Modal } from '../../ui/Modal';
import { describeError } from '../../ui/i18n/describe-error';

/**
 * Confirms removing an imported article. It goes to the article trash with its annotations
 * and article notes as one entry (Settings → Trash restores it), and the toast right after
 * offers undo. Bundled articles have no remove (and the store refuses their ids).
 */
export function RemoveArticleDialog({ article, annotationCount, onClose }: { article: Article; annotationCount: number; onClose: () => void }) {
  const { t } = useI18n();
  const { db, bundled } = useServices();
  const toast = useToast();
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  const fail = (error: unknown) => toast(t('common.error', { message: describeError(t, error) }), { tone: 'error' });
  const restoreTrashed = useRestoreTrashed();
  const undo = (trashId: string) => restoreTrashed(trashId, article.meta.title, () => t('removeArticle.undone', { title: article.meta.title }));
  const remove = async () => {
    setBusy(true);
    try {
      const moved = await moveArticleToTrash(db, article.id, new Set(bundled.map((a) => a.id)));
      if (moved.ok) {
        toast(t('removeArticle.done', { title: article.meta.title }), { action: { label: t('toast.undo'), run: () => void undo(moved.value.id) } });
      } else {
        toast(moved.error === 'bundled' ? t('removeArticle.bundled') : t('trash.gone'), { tone: 'error' });
      }
      onClose();
    } catch (error) {
      fail(error);
      setBusy(false);
    }
  };
  return (
    <Modal className="import-dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{t('removeArticle.title')}</h2>
      <p>{t('removeArticle.question', { title: article.meta.title })}</p>
      <p className="import-hint">{annotationCount > 0 ? t('removeArticle.hintNotes', { count: annotationCount }) : t('removeArticle.hintTrash')}</p>
      <div className="import-actions">
        <button type="button" className="tool-button" onClick={onClose} disabled={busy}>
          {t('common.cancel')}
        </button>
        <button type="button" className="primary-button danger" onClick={() => void remove()} disabled={busy}>
          {annotationCount > 0 ? t('removeArticle.withAnnotations', { count: annotationCount }) : t('removeArticle.confirm')}
        </button>
      </div>
    </Modal>
  );
}

import { useId, useState } from 'react';
import type { Article } from '../../../corpus/model';
import { useI18n } from '../../app/i18n';
import { useToast } from '../../app/toast';
import { removeImportedArticle } from '../../store/library-repo';
import { useServices } from '../../store/services';
import { useDialogFocus } from './use-dialog-focus';

/**
 * Confirms removing an imported article: with its annotations (they go to the trash), or
 * keeping them as unanchored notes. An article without annotations has one plain choice.
 */
export function RemoveArticleDialog({ article, annotationCount, onClose }: { article: Article; annotationCount: number; onClose: () => void }) {
  const { t } = useI18n();
  const { db } = useServices();
  const toast = useToast();
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  const ref = useDialogFocus(onClose);
  const remove = async (withAnnotations: boolean) => {
    setBusy(true);
    try {
      await removeImportedArticle(db, article.id, { withAnnotations });
      toast(t('removeArticle.done', { title: article.meta.title }));
      onClose();
    } catch (error) {
      toast(t('common.error', { message: error instanceof Error ? error.message : String(error) }), { tone: 'error' });
      setBusy(false);
    }
  };
  return (
    <div className="import-backdrop">
      <div ref={ref} className="import-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} tabIndex={-1}>
        <h2 id={titleId}>{t('removeArticle.title')}</h2>
        <p>{t('removeArticle.question', { title: article.meta.title })}</p>
        {annotationCount > 0 && <p className="import-hint">{t('removeArticle.hint')}</p>}
        <div className="import-actions">
          <button type="button" className="tool-button" onClick={onClose} disabled={busy}>{t('common.cancel')}</button>
          {annotationCount > 0 ? (
            <>
              <button type="button" className="tool-button" onClick={() => void remove(false)} disabled={busy}>{t('removeArticle.keepAnnotations')}</button>
              <button type="button" className="primary-button danger" onClick={() => void remove(true)} disabled={busy}>{t('removeArticle.withAnnotations', { count: annotationCount })}</button>
            </>
          ) : (
            <button type="button" className="primary-button danger" onClick={() => void remove(false)} disabled={busy}>{t('removeArticle.confirm')}</button>
          )}
        </div>
      </div>
    </div>
  );
}

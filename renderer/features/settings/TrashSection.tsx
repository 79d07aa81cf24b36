import { useId, useState } from 'react';
import { useI18n } from '../../ui/i18n';
import { useToast } from '../../ui/toast';
import { ARTICLE_TRASH_DAYS, deleteTrashedArticle, emptyArticleTrash, useArticleTrash } from '../../store/article-trash-repo';
import { useRestoreTrashed } from '../../ui/use-restore-trashed';
import type { TrashedArticle } from '../../store/records';
import { useServices } from '../../store/services';
import { Modal } from '../../ui/Modal';
import { describeError } from '../../ui/i18n/describe-error';

/** What a "for good" confirmation is about: one entry, or the whole trash. */
type Confirming = { readonly kind: 'one'; readonly entry: TrashedArticle } | { readonly kind: 'all'; readonly count: number };

/**
 * Settings → Trash: removed articles with their note counts; restore (exactly as they were),
 * delete forever and empty trash, both after a confirmation. Entries older than
 * ARTICLE_TRASH_DAYS are emptied at start-up.
 */
export function TrashSection() {
  const { t, formatDate } = useI18n();
  const { db } = useServices();
  const toast = useToast();
  const trash = useArticleTrash();
  const [confirming, setConfirming] = useState<Confirming>();
  const headingId = useId();
  const confirmId = useId();
  const fail = (error: unknown) => toast(t('common.error', { message: describeError(t, error) }), { tone: 'error' });
  const restoreTrashed = useRestoreTrashed();
  const restore = (entry: TrashedArticle) =>
    restoreTrashed(entry.id, entry.article.meta.title, (count) => t('trash.restored', { title: entry.article.meta.title, count }));
  const confirm = async () => {
    if (!confirming) return;
    setConfirming(undefined);
    try {
      if (confirming.kind === 'one') {
        await deleteTrashedArticle(db, confirming.entry.id);
        toast(t('trash.deleted', { title: confirming.entry.article.meta.title }));
      } else {
        toast(t('trash.emptied', { count: await emptyArticleTrash(db) }));
      }
    } catch (error) {
      fail(error);
    }
  };
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('trash.title')}</h2>
      <p className="settings-note">{t('trash.explain', { days: ARTICLE_TRASH_DAYS })}</p>
      {trash === undefined ? (
        <p className="settings-note">{t('trash.loading')}</p>
      ) : trash.length === 0 ? (
        <p className="settings-note">{t('trash.empty')}</p>
      ) : (
        <>
          <table className="backup-table" aria-label={t('trash.title')}>
            <thead>
              <tr>
                <th scope="col">{t('trash.article')}</th>
                <th scope="col">{t('trash.notes')}</th>
                <th scope="col">{t('trash.removedAt')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('trash.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {trash.map((entry) => (
                <tr key={entry.id}>
                  <td>{entry.article.meta.title}</td>
                  <td>{t('trash.noteCount', { count: entry.annotations.length + entry.articleNotes.length })}</td>
                  <td>{formatDate(entry.deletedAt)}</td>
                  <td>
                    <div className="button-row">
                      <button
                        type="button"
                        className="tool-button"
                        aria-label={t('trash.restoreOne', { title: entry.article.meta.title })}
                        onClick={() => void restore(entry)}
                      >
                        {t('trash.restore')}
                      </button>
                      <button
                        type="button"
                        className="tool-button"
                        aria-label={t('trash.deleteOne', { title: entry.article.meta.title })}
                        onClick={() => setConfirming({ kind: 'one', entry })}
                      >
                        {t('trash.delete')}
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <button type="button" className="tool-button" onClick={() => setConfirming({ kind: 'all', count: trash.length })}>
              {t('trash.emptyAll')}
            </button>
          </p>
        </>
      )}
      {confirming && (
        <Modal className="dialog" role="alertdialog" aria-labelledby={confirmId} onClose={() => setConfirming(undefined)}>
          <h3 id={confirmId}>
            {confirming.kind === 'one'
              ? t('trash.confirmDelete', { title: confirming.entry.article.meta.title })
              : t('trash.confirmEmpty', { count: confirming.count })}
          </h3>
          <p className="settings-note">{t('trash.cannotUndo')}</p>
          <div className="dialog-actions">
            <button type="button" className="primary-button danger" onClick={() => void confirm()}>
              {t('trash.deleteForever')}
            </button>
            <button type="button" className="tool-button" autoFocus onClick={() => setConfirming(undefined)}>
              {t('common.cancel')}
            </button>
          </div>
        </Modal>
      )}
    </section>
  );
}

import { useId } from 'react';
import { useI18n } from '../../app/i18n';
import { navigate } from '../../app/router';
import { encodingLabel } from './decode-import';
import { refusalMessage } from './refusal-message';
import type { ImportRun } from './use-importer';
import { useDialogFocus } from './use-dialog-focus';

/** Progress and the per-file result list of an import batch. */
export function ImportDialog({ run, onClose }: { run: ImportRun; onClose: () => void }) {
  const { t } = useI18n();
  const titleId = useId();
  const ref = useDialogFocus(onClose);
  const imported = run.results.filter((r) => r.status === 'imported').length;
  const refused = run.results.length - imported;
  return (
    <div className="import-backdrop">
      <div ref={ref} className="import-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} aria-busy={run.running} tabIndex={-1}>
        <h2 id={titleId}>{t('articleImport.title')}</h2>
        {run.hostError !== undefined ? (
          <p className="import-error" role="alert">{t('articleImport.hostError', { message: run.hostError })}</p>
        ) : (
          <>
            <progress className="import-progress" value={run.done} max={Math.max(1, run.total)} aria-label={t('articleImport.progressLabel')} />
            <p aria-live="polite">
              {run.running ? t('articleImport.progress', { done: run.done, total: run.total }) : t('articleImport.summary', { imported, refused })}
              {!run.running && imported === 0 && <> {t('articleImport.nothingAdded')}</>}
            </p>
            <ul className="import-results" aria-label={t('articleImport.results')}>
              {run.results.map((result, i) =>
                result.status === 'imported' ? (
                  <li key={i} className="import-ok">
                    <span>{t('articleImport.ok', { name: result.name, title: result.article.meta.title, encoding: encodingLabel(result.article.encoding) })}</span>
                    {!run.running && (
                      <button type="button" className="link-button" onClick={() => { onClose(); navigate({ name: 'reader', articleId: result.article.id }); }}>
                        {t('articleImport.open')}
                      </button>
                    )}
                  </li>
                ) : (
                  <li key={i} className="import-refused">{t('articleImport.refused', { name: result.name, reason: refusalMessage(t, result.refusal) })}</li>
                ),
              )}
            </ul>
          </>
        )}
        <div className="import-actions">
          <button type="button" className="primary-button" onClick={onClose} disabled={run.running}>{t('common.close')}</button>
        </div>
      </div>
    </div>
  );
}

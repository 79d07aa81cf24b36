import { useId } from 'react';
import { useI18n } from '../../ui/i18n';
import { navigate } from '../../ui/router';
import { encodingLabel } from './decode-import';
import { refusalMessage } from './refusal-message';
import { ReimportChoice, UpdateSummary } from './ReimportChoice';
import type { FileResult } from './run-import';
import type { Importer, ImportRun } from './use-importer';
import { Modal } from '../../ui/Modal';

/** Progress and the per-file result list of an import batch, with the choice for changed files. */
export function ImportDialog({ run, importer }: { run: ImportRun; importer: Importer }) {
  const { t } = useI18n();
  const titleId = useId();
  const imported = run.results.filter((r) => r.status === 'imported' || r.status === 'updated').length;
  const refused = run.results.filter((r) => r.status === 'refused').length;
  // One decision at a time, in file order: the first file still waiting for one.
  const waiting = run.running ? -1 : run.results.findIndex((r) => r.status === 'matches');
  const held = run.results[waiting];
  const open = (result: FileResult & { article: { id: string } }) => {
    importer.close();
    navigate({ name: 'reader', articleId: result.article.id });
  };
  const line = (result: FileResult) => {
    switch (result.status) {
      case 'imported':
        return t('articleImport.ok', { name: result.name, title: result.article.meta.title, encoding: encodingLabel(result.article.encoding) });
      case 'updated':
        return t('reimport.updated', { name: result.name, title: result.article.meta.title, ...result.plan.counts });
      case 'refused':
        return t('articleImport.refused', { name: result.name, reason: refusalMessage(t, result.refusal) });
      case 'matches':
        return t('reimport.waiting', { name: result.name });
      case 'skipped':
        return t('reimport.skipped', { name: result.name });
    }
  };
  return (
    <Modal className="import-dialog" aria-labelledby={titleId} aria-busy={run.running} onClose={importer.close}>
      <h2 id={titleId}>{t('articleImport.title')}</h2>
      {run.hostError !== undefined ? (
        <p className="import-error" role="alert">
          {t('articleImport.hostError', { message: run.hostError })}
        </p>
      ) : (
        <>
          <progress className="import-progress" value={run.done} max={Math.max(1, run.total)} aria-label={t('articleImport.progressLabel')} />
          <p aria-live="polite">
            {run.running ? t('articleImport.progress', { done: run.done, total: run.total }) : t('articleImport.summary', { imported, refused })}
            {!run.running && imported === 0 && waiting < 0 && <> {t('articleImport.nothingAdded')}</>}
          </p>
          <ul className="import-results" aria-label={t('articleImport.results')}>
            {run.results.map((result, i) => (
              <li key={i} className={result.status === 'refused' ? 'import-refused' : 'import-ok'}>
                <span>{line(result)}</span>
                {!run.running && (result.status === 'imported' || result.status === 'updated') && (
                  <button type="button" className="link-button" onClick={() => open(result)}>
                    {t('articleImport.open')}
                  </button>
                )}
                {result.status === 'updated' &&
                  (result.undoRefused ? (
                    <span className="import-error" role="alert">
                      {t('reimport.undoRefused')}
                    </span>
                  ) : (
                    <button type="button" className="link-button" onClick={() => void importer.undoUpdate(i)}>
                      {t('reimport.undo')}
                    </button>
                  ))}
              </li>
            ))}
          </ul>
          {held?.status === 'matches' &&
            (run.review?.index === waiting ? (
              <UpdateSummary review={run.review} importer={importer} />
            ) : (
              <ReimportChoice key={waiting} index={waiting} result={held} importer={importer} />
            ))}
        </>
      )}
      <div className="import-actions">
        <button
          type="button"
          className={waiting >= 0 ? 'tool-button' : 'primary-button'}
          onClick={importer.close}
          disabled={run.running || run.review?.committing === true}
        >
          {waiting >= 0 ? t('common.cancel') : t('common.close')}
        </button>
      </div>
    </Modal>
  );
}

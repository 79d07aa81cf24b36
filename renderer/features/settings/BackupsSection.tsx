import { useCallback, useEffect, useState } from 'react';
import type { Backup } from '../../../corpus/backup';
import { formatImportError } from '../../../corpus/backup';
import type { BackupInfo } from '../../../electron/ipc/contract';
import { useI18n } from '../../app/i18n';
import { useToast } from '../../app/toast';
import { backUpNow, loadBackup, previewRestore, restoreBackup, type RestorePreview } from '../../store/backup-repo';
import { useServices } from '../../store/services';

interface Pending {
  readonly name: string;
  readonly backup: Backup;
  readonly preview: RestorePreview;
}

/** Settings → Backups: the kept backups, "back up now", and restore with a preview. */
export function BackupsSection() {
  const { t, formatDate } = useI18n();
  const { db, host } = useServices();
  const toast = useToast();
  const [backups, setBackups] = useState<readonly BackupInfo[]>([]);
  const [pending, setPending] = useState<Pending>();
  const [problem, setProblem] = useState<string>();
  const refresh = useCallback(async () => {
    const list = await host.listBackups();
    if (list.ok) setBackups(list.value);
  }, [host]);
  useEffect(() => void refresh(), [refresh]);

  const backUp = async () => {
    const result = await backUpNow(db, host, __APP_VERSION__);
    if ('error' in result) setProblem(result.error);
    else toast(t('settings.backupDone', { name: result.name }));
    await refresh();
  };
  const askRestore = async (name: string) => {
    setProblem(undefined);
    const loaded = await loadBackup(host, name);
    if ('errors' in loaded) {
      setProblem(t('backup.invalid', { name, reason: loaded.errors.slice(0, 3).map(formatImportError).join('; ') }));
      return;
    }
    setPending({ name, backup: loaded.backup, preview: await previewRestore(db, loaded.backup) });
  };
  const confirmRestore = async () => {
    if (!pending) return;
    const result = await restoreBackup(db, host, pending.backup, __APP_VERSION__);
    setPending(undefined);
    if ('error' in result) setProblem(result.error);
    else toast(t('backup.restored', { name: pending.name, safety: result.safetyBackup }));
    await refresh();
  };
  return (
    <section className="settings-section" aria-labelledby="backups-heading">
      <h2 id="backups-heading">{t('settings.backups')}</h2>
      <p className="settings-note">{t('backup.explain')}</p>
      <p><button type="button" className="primary-button" onClick={() => void backUp()}>{t('settings.backupNow')}</button></p>
      {problem && <p className="error-text" role="alert">{problem}</p>}
      {backups.length === 0 ? (
        <p className="settings-note">{t('settings.noBackups')}</p>
      ) : (
        <table className="backup-table">
          <thead><tr><th scope="col">{t('backup.name')}</th><th scope="col">{t('backup.time')}</th><th scope="col">{t('backup.size')}</th><th scope="col"><span className="visually-hidden">{t('settings.restore')}</span></th></tr></thead>
          <tbody>
            {backups.map((b) => (
              <tr key={b.name}>
                <td>{b.name}</td>
                <td>{formatDate(b.created)}</td>
                <td>{(b.size / 1024).toFixed(1)} KB</td>
                <td><button type="button" className="tool-button" aria-label={`${t('settings.restore')} ${b.name}`} onClick={() => void askRestore(b.name)}>{t('settings.restore')}</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pending && (
        <div className="dialog-backdrop">
          <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="restore-title">
            <h3 id="restore-title">{t('backup.confirmTitle', { name: pending.name })}</h3>
            <ul>
              <li>{t('backup.previewAnnotations', { now: pending.preview.current.annotations, then: pending.preview.backup.annotations })}</li>
              <li>{t('backup.previewNotes', { now: pending.preview.current.articleNotes, then: pending.preview.backup.articleNotes })}</li>
              <li>{t('backup.previewArticles', { now: pending.preview.current.importedArticles, then: pending.preview.backup.importedArticles })}</li>
              {pending.preview.lost > 0 && <li className="error-text">{t('backup.previewLost', { count: pending.preview.lost })}</li>}
            </ul>
            <p className="settings-note">{t('backup.safety')}</p>
            <div className="dialog-actions">
              <button type="button" className="primary-button" onClick={() => void confirmRestore()}>{t('backup.confirm')}</button>
              <button type="button" className="tool-button" onClick={() => setPending(undefined)}>{t('common.cancel')}</button>
            </div>
          </div>
        </div>
      )}
    </section>
  );
}

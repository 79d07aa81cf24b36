import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Backup } from '../../../corpus/backup';
import type { BackupInfo } from '../../../electron/ipc/contract';
import { useI18n } from '../../ui/i18n';
import { describeImportError } from '../../ui/i18n/describe-import-error';
import { useToast } from '../../ui/toast';
import { previewRestore, type RestorePreview } from '../../store/backup-preview';
import { backUpNow, loadBackup, restoreBackup, restoreSafetyBackup } from '../../store/backup-repo';
import { useBackupStatus } from '../../store/backup-status';
import { useLibrary } from '../../store/library-repo';
import { checkRestoreIdentity } from '../../store/import-repo';
import { useServices } from '../../store/services';
import { BackupStatusLine } from './BackupStatusLine';
import { ChangeList } from './ChangeList';
import { NoteChangeList } from './NoteChangeList';
import { RestoreDataList } from './RestoreDataList';
import { Modal } from '../../ui/Modal';
import { describeError } from '../../ui/i18n/describe-error';

interface Pending {
  readonly name: string;
  readonly backup: Backup;
  readonly preview: RestorePreview;
}

/** Settings → Backups: status, the kept backups, "back up now", restore with a preview of every change, and undo. */
export function BackupsSection() {
  const { t, formatDate } = useI18n();
  const { db, host, bundled } = useServices();
  const { articles } = useLibrary();
  const toast = useToast();
  const status = useBackupStatus(db);
  const [backups, setBackups] = useState<readonly BackupInfo[]>([]);
  const [pending, setPending] = useState<Pending>();
  const [problem, setProblem] = useState<string>();
  const [undo, setUndo] = useState<{ name: string; safety: string }>();
  const refresh = useCallback(async () => {
    const list = await host.listBackups();
    if (list.ok) setBackups(list.value);
  }, [host]);
  // Automatic backups change the list too.
  useEffect(() => void refresh(), [refresh, status.last?.at]);
  const titles = useMemo(() => new Map(articles.map((a) => [a.id, a.meta.title])), [articles]);

  const backUp = async () => {
    setProblem(undefined);
    const result = await backUpNow(db, host, __APP_VERSION__);
    if ('error' in result) setProblem(t('common.error', { message: describeError(t, result.error) }));
    else toast(result.unchanged ? t('backup.unchanged', { name: result.name }) : t('settings.backupDone', { name: result.name }));
    await refresh();
  };
  const askRestore = async (name: string) => {
    setProblem(undefined);
    const loaded = checkRestoreIdentity(await loadBackup(host, name), bundled);
    if ('errors' in loaded) {
      setProblem(
        t('backup.invalid', {
          name,
          reason: loaded.errors
            .slice(0, 3)
            .map((e) => describeImportError(t, e))
            .join('; '),
        }),
      );
      return;
    }
    // A preview that cannot be computed (the database cannot be read) says so instead of
    // leaving the click without an answer.
    const preview = await previewRestore(db, loaded.backup).catch((e: unknown) => {
      setProblem(t('common.error', { message: describeError(t, e) }));
      return undefined;
    });
    if (preview) setPending({ name, backup: loaded.backup, preview });
  };
  const confirmRestore = async () => {
    if (!pending) return;
    const result = await restoreBackup(db, host, pending.backup, __APP_VERSION__);
    setPending(undefined);
    if ('error' in result) setProblem(t('common.error', { message: describeError(t, result.error) }));
    else {
      toast(t('backup.restored', { name: pending.name, safety: result.safetyBackup }));
      setUndo({ name: pending.name, safety: result.safetyBackup });
    }
    await refresh();
  };
  const undoRestore = async () => {
    if (!undo) return;
    const result = await restoreSafetyBackup(db, host, undo.safety, __APP_VERSION__);
    if ('errors' in result)
      setProblem(
        t('backup.invalid', {
          name: undo.safety,
          reason: result.errors
            .slice(0, 3)
            .map((e) => describeImportError(t, e))
            .join('; '),
        }),
      );
    else {
      toast(t('backup.undone', { name: undo.safety }));
      setUndo(undefined);
    }
    await refresh();
  };
  const pendingTitles = (id: string) => titles.get(id) ?? pending?.backup.data.importedArticles.find((a) => a.id === id)?.meta.title;
  return (
    <section className="settings-section" aria-labelledby="backups-heading">
      <h2 id="backups-heading">{t('settings.backups')}</h2>
      <p className="settings-note">{t('backup.explain')}</p>
      <BackupStatusLine status={status} />
      <p>
        <button type="button" className="primary-button" onClick={() => void backUp()} disabled={status.running}>
          {t('settings.backupNow')}
        </button>
      </p>
      {problem && (
        <p className="error-text" role="alert">
          {problem}
        </p>
      )}
      {undo && (
        <div className="undo-notice" role="status">
          <span>{t('backup.undoHint', undo)}</span>{' '}
          <button type="button" className="tool-button" onClick={() => void undoRestore()}>
            {t('backup.undo')}
          </button>
        </div>
      )}
      {backups.length === 0 ? (
        <p className="settings-note">{t('settings.noBackups')}</p>
      ) : (
        <table className="backup-table">
          <thead>
            <tr>
              <th scope="col">{t('backup.name')}</th>
              <th scope="col">{t('backup.time')}</th>
              <th scope="col">{t('backup.size')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('settings.restore')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((b) => (
              <tr key={b.name}>
                <td>
                  {b.name}
                  {b.pinned && (
                    <>
                      <br />
                      <span className="settings-note">{t('backup.pinned')}</span>
                    </>
                  )}
                </td>
                <td>{formatDate(b.created)}</td>
                <td>{(b.size / 1024).toFixed(1)} KB</td>
                <td>
                  <button type="button" className="tool-button" aria-label={`${t('settings.restore')} ${b.name}`} onClick={() => void askRestore(b.name)}>
                    {t('settings.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pending && (
        <Modal className="dialog dialog-wide" aria-labelledby="restore-title" onClose={() => setPending(undefined)}>
          <h3 id="restore-title">{t('backup.confirmTitle', { name: pending.name })}</h3>
          <ul>
            <li>{t('backup.previewAnnotations', { now: pending.preview.current.annotations, then: pending.preview.backup.annotations })}</li>
            <li>{t('backup.previewNotes', { now: pending.preview.current.articleNotes, then: pending.preview.backup.articleNotes })}</li>
            <li>{t('backup.previewArticles', { now: pending.preview.current.importedArticles, then: pending.preview.backup.importedArticles })}</li>
            {pending.preview.lost > 0 && <li className="error-text">{t('backup.previewLost', { count: pending.preview.lost })}</li>}
          </ul>
          <ChangeList changes={pending.preview.changes} titleOf={pendingTitles} />
          <NoteChangeList changes={pending.preview.noteChanges} titleOf={pendingTitles} />
          <RestoreDataList data={pending.preview.data} />
          <p className="settings-note">{t('backup.safety')}</p>
          <div className="dialog-actions">
            <button type="button" className="primary-button" onClick={() => void confirmRestore()}>
              {t('backup.confirm')}
            </button>
            <button type="button" className="tool-button" onClick={() => setPending(undefined)}>
              {t('common.cancel')}
            </button>
          </div>
        </Modal>
      )}
    </section>
  );
}

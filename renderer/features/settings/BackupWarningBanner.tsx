import { useI18n } from '../../ui/i18n';
import { backUpNow } from '../../store/backup-repo';
import { useBackupStatus } from '../../store/backup-status';
import { useServices } from '../../store/services';
import { describeError } from '../../ui/i18n/describe-error';

/**
 * App-wide warning while automatic backups fail: it stays on every view until a backup
 * succeeds (automatic, "back up now" or this retry), so the user never assumes backups run.
 */
export function BackupWarningBanner() {
  const { t } = useI18n();
  const { db, host } = useServices();
  const status = useBackupStatus(db);
  if (!status.failure?.automatic) return null;
  return (
    <div className="backup-warning" role="alert">
      <span title={status.failure.message}>
        {t('backup.bannerFailed', { message: status.failure.reason ? t('backup.reason.storageFull') : describeError(t, status.failure.message) })}
      </span>{' '}
      <button type="button" className="tool-button" disabled={status.running} onClick={() => void backUpNow(db, host, __APP_VERSION__, { automatic: true })}>
        {t('backup.retry')}
      </button>
    </div>
  );
}

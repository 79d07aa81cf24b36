import { useI18n } from '../../ui/i18n';
import type { BackupStatus } from '../../store/backup-status';
import { describeError } from '../../ui/i18n/describe-error';

const kilobytes = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** The last backup's time, size and name, or that one is running or failed (live). */
export function BackupStatusLine({ status }: { status: BackupStatus }) {
  const { t, formatDate } = useI18n();
  return (
    <div className="backup-status" role="status" aria-live="polite">
      <p>
        {status.running
          ? t('backup.statusRunning')
          : status.last
            ? t('backup.statusLast', { time: formatDate(status.last.created), size: kilobytes(status.last.size), name: status.last.name })
            : t('backup.statusNever')}
      </p>
      {status.failure && (
        <p className="error-text" title={status.failure.message}>
          {t('backup.statusFailed', {
            time: formatDate(status.failure.at),
            message: status.failure.reason ? t('backup.reason.storageFull') : describeError(t, status.failure.message),
          })}
        </p>
      )}
    </div>
  );
}

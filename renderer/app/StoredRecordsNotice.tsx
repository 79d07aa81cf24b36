import { useServices } from '../store/services';
import { useRecordProblems } from '../store/use-record-problems';
import { describeImportError } from '../ui/i18n/describe-import-error';
import { useI18n } from '../ui/i18n';

/** Problems listed in full; beyond this the count says how many more there are. */
const LISTED = 20;

/**
 * Shown on every view while stored records fail their schema on read (another release, a
 * damaged profile, a hand-edited database): how many, and for each which record and which
 * field. They are skipped by every view, left in the database and kept out of backups.
 */
export function StoredRecordsNotice() {
  const { t, lang } = useI18n();
  const { db } = useServices();
  const problems = useRecordProblems(db);
  if (problems.length === 0) return null;
  return (
    <aside className="settings-warning" aria-label={t('records.badTitle')}>
      <p role="alert">{t('records.bad', { count: problems.length })}</p>
      <ul>
        {problems.slice(0, LISTED).map((p) => (
          <li key={`${p.table}/${p.id}`}>
            {t('records.item', {
              table: t(`records.table.${p.table}`),
              id: p.id,
              reason: p.errors
                .slice(0, 3)
                .map((e) => describeImportError(t, e))
                .join(lang === 'en' ? '; ' : '；'),
            })}
          </li>
        ))}
      </ul>
    </aside>
  );
}

import type { ArticleChange, RestoreDataChanges } from '../../../corpus/backup/diff-restore';
import { useI18n, type MessageKey } from '../../ui/i18n';

/** Enough to check a restore by eye; the rest is counted. */
const SHOWN = 100;

const KIND_LABEL: Record<ArticleChange['kind'], MessageKey> = {
  added: 'backup.articleAdded',
  removed: 'backup.articleRemoved',
  'text-changed': 'backup.articleTextChanged',
};

function ArticleChanges({ label, changes }: { label: MessageKey; changes: readonly ArticleChange[] }) {
  const { t } = useI18n();
  if (changes.length === 0) return null;
  return (
    <>
      <p>{t(label)}</p>
      <ul className="change-list" aria-label={t(label)}>
        {changes.slice(0, SHOWN).map((c) => (
          <li key={`${c.kind}:${c.id}`} className={c.kind === 'removed' ? 'change-removed' : 'change-added'}>
            <strong>{t(KIND_LABEL[c.kind])}</strong> <span className="change-article">{c.title}</span>
          </li>
        ))}
      </ul>
      {changes.length > SHOWN && <p className="settings-note">{t('backup.moreChanges', { count: changes.length - SHOWN })}</p>}
    </>
  );
}

/** The Settings label of each setting a backup carries; another key (a newer app's) shows as itself. */
const SETTING_LABEL: Readonly<Record<string, MessageKey>> = {
  'ui.language': 'settings.language',
  'ui.appearance': 'settings.appearance',
  'colors.names': 'settings.colors',
  'reader.paraNumbers': 'settings.paraNumbers',
};

/**
 * What a restore does besides the annotations: imported articles and trashed articles that come
 * back, go away or get another text (by title), the counts of deleted notes and old versions,
 * and the settings it overwrites.
 */
export function RestoreDataList({ data }: { data: RestoreDataChanges }) {
  const { t } = useI18n();
  return (
    <>
      <ul>
        <li>{t('backup.previewTrash', { ...data.trash })}</li>
        <li>{t('backup.previewVersions', { ...data.articleVersions })}</li>
      </ul>
      <ArticleChanges label="backup.articlesChanges" changes={data.articles} />
      <ArticleChanges label="backup.articleTrashChanges" changes={data.articleTrash} />
      {data.settings.length > 0 && (
        <p>
          {t('backup.settingsChanges', {
            keys: data.settings.map((key) => (Object.hasOwn(SETTING_LABEL, key) ? t(SETTING_LABEL[key]!) : key)).join('、'),
          })}
        </p>
      )}
    </>
  );
}

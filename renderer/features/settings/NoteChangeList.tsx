import type { ArticleNoteChange } from '../../../corpus/backup/diff-annotations';
import { countChanges } from '../../../corpus/backup/diff-annotations';
import { useI18n } from '../../ui/i18n';

const KIND_LABEL = { added: 'backup.changeAdded', replaced: 'backup.changeReplaced', removed: 'backup.changeRemoved' } as const;

/** Enough to check by eye; the rest is counted. */
const SHOWN = 100;

/**
 * What a restore or an import would do to each article note: added, replaced (old → new text)
 * or removed, with its article's title. Says nothing when no article note changes.
 */
export function NoteChangeList({ changes, titleOf }: { changes: readonly ArticleNoteChange[]; titleOf: (articleId: string) => string | undefined }) {
  const { t } = useI18n();
  if (changes.length === 0) return null;
  const counts = countChanges(changes);
  const text = (note: string) => (note === '' ? t('backup.noteEmpty') : note);
  return (
    <>
      <p>{t('backup.previewNoteChanges', counts)}</p>
      <ul className="change-list" aria-label={t('backup.previewNoteChanges', counts)}>
        {changes.slice(0, SHOWN).map((c) => {
          const note = c.kind === 'removed' ? c.before : c.after;
          return (
            <li key={note.id} className={`change-${c.kind}`}>
              <strong>{t(KIND_LABEL[c.kind])}</strong> <span className="change-article">{titleOf(note.articleId) ?? t('backup.unknownArticle')}</span> ·{' '}
              {c.kind === 'replaced' ? (
                <>
                  <del>{text(c.before.body.note)}</del> → <ins>{text(c.after.body.note)}</ins>
                </>
              ) : (
                <span className="change-note">{text(note.body.note)}</span>
              )}
            </li>
          );
        })}
      </ul>
      {changes.length > SHOWN && <p className="settings-note">{t('backup.moreChanges', { count: changes.length - SHOWN })}</p>}
    </>
  );
}

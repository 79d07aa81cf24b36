import type { AnnotationChange, ChangedField } from '../../../corpus/backup/diff-annotations';
import { countChanges } from '../../../corpus/backup/diff-annotations';
import type { Annotation } from '../../../corpus/model';
import { useI18n } from '../../ui/i18n';

/** Enough to check a restore by eye; the rest is counted. */
const SHOWN = 200;
const QUOTE_CHARS = 40;

const clip = (text: string): string => (text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS)}…` : text);

/**
 * What a restore or an import would do to each annotation: added, replaced (old → new note) or
 * removed, with its article's title and quote, in the order of the articles.
 */
export function ChangeList({ changes, titleOf }: { changes: readonly AnnotationChange[]; titleOf: (articleId: string) => string | undefined }) {
  const { t } = useI18n();
  const counts = countChanges(changes);
  if (changes.length === 0) return <p className="settings-note">{t('backup.noChanges')}</p>;
  const note = (text: string) => (text === '' ? t('backup.noteEmpty') : text);
  const field = (f: ChangedField) => t(`backup.field.${f}`);
  const where = (a: Annotation) => (
    <>
      <span className="change-article">{titleOf(a.target.source) ?? t('backup.unknownArticle')}</span> · <q>{clip(a.target.selector[0].exact)}</q>
    </>
  );
  return (
    <>
      <p>{t('backup.previewChanges', counts)}</p>
      <ul className="change-list" aria-label={t('backup.previewChanges', counts)}>
        {changes.slice(0, SHOWN).map((c) => {
          switch (c.kind) {
            case 'added':
              return (
                <li key={c.after.id} className="change-added">
                  <strong>{t('backup.changeAdded')}</strong> {where(c.after)}
                  {c.after.body.note && (
                    <>
                      {' '}
                      · <span className="change-note">{c.after.body.note}</span>
                    </>
                  )}
                </li>
              );
            case 'removed':
              return (
                <li key={c.before.id} className="change-removed">
                  <strong>{t('backup.changeRemoved')}</strong> {where(c.before)}
                  {c.before.body.note && (
                    <>
                      {' '}
                      · <span className="change-note">{c.before.body.note}</span>
                    </>
                  )}
                </li>
              );
            case 'replaced':
              return (
                <li key={c.after.id} className="change-replaced">
                  <strong>{t('backup.changeReplaced')}</strong> {where(c.after)}
                  {c.fields.includes('note') && (
                    <>
                      {' '}
                      · <del>{note(c.before.body.note)}</del> → <ins>{note(c.after.body.note)}</ins>
                    </>
                  )}
                  {c.fields.some((f) => f !== 'note') && (
                    <>
                      {' '}
                      (
                      {t('backup.changedFields', {
                        fields: c.fields
                          .filter((f) => f !== 'note')
                          .map(field)
                          .join('、'),
                      })}
                      )
                    </>
                  )}
                </li>
              );
          }
        })}
      </ul>
      {changes.length > SHOWN && <p className="settings-note">{t('backup.moreChanges', { count: changes.length - SHOWN })}</p>}
    </>
  );
}

import { useId } from 'react';
import type { AnnotationBody } from '../../../corpus/model';
import { useI18n } from '../../ui/i18n';
import { Modal } from '../../ui/Modal';
import { TagList } from '../../ui/TagList';

function Version({ heading, body }: { heading: string; body: AnnotationBody }) {
  const { t } = useI18n();
  return (
    <section className="conflict-version" aria-label={heading}>
      <h4>{heading}</h4>
      <p className="conflict-text">{body.note || t('conflict.empty')}</p>
      <TagList tags={body.tags} />
    </section>
  );
}

/**
 * Another window saved this note while it was being edited here: both versions side by side,
 * with their times; the user keeps mine, theirs, or both. Escape keeps editing (nothing lost).
 */
export function NoteConflictDialog({
  mine,
  mineTime,
  theirs,
  theirsTime,
  keepBothHint,
  busy,
  onKeepMine,
  onKeepTheirs,
  onKeepBoth,
  onBack,
}: {
  mine: AnnotationBody;
  mineTime: string;
  theirs: AnnotationBody;
  theirsTime: string;
  keepBothHint: string;
  busy: boolean;
  onKeepMine: () => void;
  onKeepTheirs: () => void;
  onKeepBoth: () => void;
  onBack: () => void;
}) {
  const titleId = useId();
  const { t, formatDate } = useI18n();
  return (
    <Modal className="dialog conflict-dialog" aria-labelledby={titleId} onClose={onBack}>
      <h3 id={titleId}>{t('conflict.title')}</h3>
      <p>{t('conflict.explain')}</p>
      <div className="conflict-versions">
        <Version heading={t('conflict.mine', { time: formatDate(mineTime) })} body={mine} />
        <Version heading={t('conflict.theirs', { time: formatDate(theirsTime) })} body={theirs} />
      </div>
      <p className="import-hint">{keepBothHint}</p>
      <div className="dialog-actions">
        <button type="button" className="tool-button" disabled={busy} onClick={onKeepTheirs}>
          {t('conflict.keepTheirs')}
        </button>
        <button type="button" className="tool-button" disabled={busy} onClick={onKeepBoth}>
          {t('conflict.keepBoth')}
        </button>
        <button type="button" className="primary-button" disabled={busy} onClick={onKeepMine}>
          {t('conflict.keepMine')}
        </button>
      </div>
    </Modal>
  );
}

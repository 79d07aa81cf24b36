import { useId } from 'react';
import { useI18n } from '../../ui/i18n';
import { Modal } from '../../ui/Modal';

/** "Discard the unsaved note?" — Escape or "keep editing" goes back to the text. */
export function DiscardNoteDialog({ onKeepEditing, onDiscard }: { onKeepEditing: () => void; onDiscard: () => void }) {
  const titleId = useId();
  const { t } = useI18n();
  return (
    <Modal className="dialog" aria-labelledby={titleId} onClose={onKeepEditing}>
      <h3 id={titleId}>{t('note.discardTitle')}</h3>
      <p>{t('note.discardExplain')}</p>
      <div className="dialog-actions">
        <button type="button" className="primary-button" onClick={onKeepEditing}>
          {t('note.keepEditing')}
        </button>
        <button type="button" className="tool-button danger" onClick={onDiscard}>
          {t('note.discard')}
        </button>
      </div>
    </Modal>
  );
}

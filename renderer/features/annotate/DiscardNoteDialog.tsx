import { useI18n } from '../../ui/i18n';
import { ModalDialog } from './ModalDialog';

/** "Discard the unsaved note?" — Escape or "keep editing" goes back to the text. */
export function DiscardNoteDialog({ onKeepEditing, onDiscard }: { onKeepEditing: () => void; onDiscard: () => void }) {
  const { t } = useI18n();
  return (
    <ModalDialog title={t('note.discardTitle')} onEscape={onKeepEditing}>
      <p>{t('note.discardExplain')}</p>
      <div className="dialog-actions">
        <button type="button" className="primary-button" onClick={onKeepEditing}>{t('note.keepEditing')}</button>
        <button type="button" className="tool-button danger" onClick={onDiscard}>{t('note.discard')}</button>
      </div>
    </ModalDialog>
  );
}

import { useI18n } from '../../ui/i18n';
import type { FileDrop } from './use-file-drop';

/** The library's "Import articles…" button with the drop hint beside it. */
export function ImportButton({ onClick }: { onClick: () => void }) {
  const { t } = useI18n();
  return (
    <span className="import-controls">
      <button type="button" className="primary-button" onClick={onClick}>
        {t('library.import')}
      </button>
      <span className="import-drop-hint">{t('library.dropHint')}</span>
    </span>
  );
}

/** The overlay shown while files are dragged over the library. */
export function DropOverlay({ drop }: { drop: FileDrop }) {
  const { t } = useI18n();
  if (!drop.dragging) return null;
  return (
    <div className="drop-overlay" role="status">
      <div className="drop-overlay-box">
        <strong>{t('articleImport.dropNow')}</strong>
        <span>{t('library.dropHint')}</span>
      </div>
    </div>
  );
}

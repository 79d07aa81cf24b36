import { COLORS, type HighlightColor } from '../../../corpus/model';
import { useI18n } from '../../ui/i18n';

export interface ToolbarPosition {
  readonly top: number;
  readonly left: number;
}

/** The small toolbar over a selection (or a clicked highlight): colours, note, copy, delete. */
export function HighlightToolbar({
  position,
  colorNames,
  activeColor,
  onColor,
  onNote,
  onCopy,
  onDelete,
}: {
  position: ToolbarPosition;
  colorNames: Record<HighlightColor, string>;
  activeColor?: HighlightColor | undefined;
  onColor: (color: HighlightColor) => void;
  onNote: () => void;
  onCopy: () => void;
  onDelete?: (() => void) | undefined;
}) {
  const { t } = useI18n();
  return (
    <div
      className="highlight-toolbar"
      role="toolbar"
      aria-label={t('toolbar.label')}
      style={{ top: position.top, left: position.left }}
      onMouseDown={(e) => e.preventDefault()}
    >
      {COLORS.map((color, i) => (
        <button
          key={color}
          type="button"
          className={`swatch swatch-${color}`}
          aria-pressed={activeColor === color}
          aria-label={t('toolbar.color', { name: colorNames[color], key: i + 1 })}
          title={t('toolbar.color', { name: colorNames[color], key: i + 1 })}
          onClick={() => onColor(color)}
        />
      ))}
      <span className="toolbar-divider" aria-hidden="true" />
      <button type="button" className="toolbar-button" onClick={onNote}>
        {t('toolbar.note')}
      </button>
      <button type="button" className="toolbar-button" onClick={onCopy}>
        {t('toolbar.copy')}
      </button>
      {onDelete && (
        <button type="button" className="toolbar-button" onClick={onDelete}>
          {t('toolbar.delete')}
        </button>
      )}
    </div>
  );
}

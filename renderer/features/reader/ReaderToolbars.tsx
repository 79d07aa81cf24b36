import type { RefObject } from 'react';
import { COLORS, type HighlightColor } from '../../../corpus/model';
import { spanBox } from '../../dom/selection';
import type { TextMap } from '../../dom/text-map';
import { HighlightToolbar } from './HighlightToolbar';
import type { AnchoredAnnotation } from './use-anchors';
import type { useAnnotationActions } from './use-annotation-actions';
import { toolbarPositionFor, type Selected } from './use-selection';

/**
 * The toolbar over the selected passage (highlight in a colour, with a note, copy) or, when
 * nothing is selected, over the active highlight (recolour, note, copy, delete).
 */
export function ReaderToolbars({
  selected,
  active,
  map,
  articleRef,
  colorNames,
  actions,
  onHighlight,
  onCopy,
  onEditNote,
  onDeactivate,
}: {
  selected: Selected | undefined;
  active: AnchoredAnnotation | undefined;
  map: TextMap | undefined;
  articleRef: RefObject<HTMLElement | null>;
  colorNames: Record<HighlightColor, string>;
  actions: ReturnType<typeof useAnnotationActions>;
  onHighlight: (color: HighlightColor, withNote: boolean) => void;
  onCopy: () => void;
  onEditNote: (id: string) => void;
  onDeactivate: () => void;
}) {
  const activeBox = active && !selected && map && articleRef.current ? spanBox(map, active.start, active.end) : undefined;
  const activeToolbar = activeBox && articleRef.current ? toolbarPositionFor(activeBox, articleRef.current) : undefined;
  return (
    <>
      {selected && (
        <HighlightToolbar
          position={selected.position}
          colorNames={colorNames}
          onColor={(c) => onHighlight(c, false)}
          onNote={() => onHighlight(COLORS[0], true)}
          onCopy={onCopy}
        />
      )}
      {active && activeToolbar && (
        <HighlightToolbar
          position={activeToolbar}
          colorNames={colorNames}
          activeColor={active.annotation.color}
          onColor={(c) => void actions.recolor(active.annotation, c)}
          onNote={() => onEditNote(active.annotation.id)}
          onCopy={onCopy}
          onDelete={() => {
            void actions.remove(active.annotation);
            onDeactivate();
          }}
        />
      )}
    </>
  );
}

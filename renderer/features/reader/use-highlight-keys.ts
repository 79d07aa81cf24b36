import type { RefObject } from 'react';
import type { HighlightColor } from '../../../corpus/model';
import type { AnchoredAnnotation } from './use-anchors';
import type { useAnnotationActions } from './use-annotation-actions';
import { useReaderKeys } from './use-reader-keys';
import type { useSelection } from './use-selection';

/**
 * The reader's shortcuts (see reader-keys.ts) wired to its highlights: a colour key (or N, with a
 * note) highlights the selection, or recolours the active highlight (N: edits its note); Delete
 * removes it, Ctrl/Cmd+Z undoes, Escape lets go of both. Returns the article's onKeyDown.
 */
export function useHighlightKeys(
  {
    selection,
    active,
    actions,
    createFromSelection,
    setActiveId,
    setEditingId,
  }: {
    selection: ReturnType<typeof useSelection>;
    active: AnchoredAnnotation | undefined;
    actions: ReturnType<typeof useAnnotationActions>;
    createFromSelection: (color: HighlightColor, withNote: boolean) => Promise<void>;
    setActiveId: (id: string | undefined) => void;
    setEditingId: (id: string | undefined) => void;
  },
  bodyRef: RefObject<HTMLElement | null>,
  scrollRef: RefObject<HTMLElement | null>,
) {
  return useReaderKeys(
    {
      hasSelection: selection.selected !== undefined,
      active: active?.annotation,
      undo: () => void actions.undo(),
      highlight: (color, withNote) => void createFromSelection(color, withNote),
      recolor: (a, color) => void actions.recolor(a, color),
      editNote: (a) => setEditingId(a.id),
      remove: (a) => void actions.remove(a),
      deactivate: () => setActiveId(undefined),
      dismiss: () => {
        setActiveId(undefined);
        selection.clear();
      },
    },
    bodyRef,
    scrollRef,
  );
}

import { useCallback } from 'react';
import type { HighlightColor } from '../../../corpus/model';
import type { useAnnotationActions } from './use-annotation-actions';
import type { useSelection } from './use-selection';

/** Where a highlight made from the selection goes next: it becomes active, and with a note its editor opens. */
export interface SelectionFocus {
  readonly setActiveId: (id: string | undefined) => void;
  readonly setEditingId: (id: string | undefined) => void;
}

/**
 * Highlights from the reader's selection. `readSelection` (after a mouse-up or a selecting key)
 * takes the page selection and, when there is one, closes the toolbar of the active highlight;
 * `createFromSelection` highlights the selected passage in a colour, optionally opening its note.
 */
export function useHighlightFromSelection(
  selection: ReturnType<typeof useSelection>,
  actions: ReturnType<typeof useAnnotationActions>,
  { setActiveId, setEditingId }: SelectionFocus,
) {
  const readSelection = () => {
    if (selection.read()) setActiveId(undefined);
  };
  const createFromSelection = useCallback(
    async (color: HighlightColor, withNote: boolean) => {
      const range = selection.take();
      if (!range) return;
      const created = await actions.create(range.start, range.end, color);
      if (created) {
        setActiveId(created.id);
        if (withNote) setEditingId(created.id);
      }
    },
    [actions, selection, setActiveId, setEditingId],
  );
  return { readSelection, createFromSelection };
}

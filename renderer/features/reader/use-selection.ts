import { useCallback, useEffect, useState, type RefObject } from 'react';
import { snapSelection } from '../../../corpus/anchoring';
import { articleSelection, clearPageSelection, onSelectionCleared, type Box } from '../../dom/selection';
import type { TextMap } from '../../dom/text-map';
import type { ToolbarPosition } from './HighlightToolbar';

/** A passage selected in the article (clean-text offsets, snapped to whole characters) and where its toolbar goes. */
export interface Selected {
  readonly start: number;
  readonly end: number;
  readonly position: ToolbarPosition;
}

const TOOLBAR_WIDTH = 400;

/** Centred over the passage, but never past the article's edges (the toolbar is ~400px wide). */
export function toolbarPositionFor(box: Box, container: HTMLElement): ToolbarPosition {
  const origin = container.getBoundingClientRect();
  const left = Math.min(box.left - origin.left + box.width / 2 - 160, origin.width - TOOLBAR_WIDTH);
  return { top: Math.max(0, box.top - origin.top - 48), left: Math.max(0, left) };
}

/**
 * The reader's text selection: `read()` after a mouse-up or a selecting key takes the page
 * selection (if it is in the article), snaps it and places the toolbar; it is forgotten when
 * the page selection empties. `take()` hands it over and clears the page selection, so one
 * made while a write lands survives.
 */
export function useSelection(map: TextMap | undefined, text: string, articleRef: RefObject<HTMLElement | null>) {
  const [selected, setSelected] = useState<Selected>();

  const read = useCallback((): Selected | undefined => {
    const container = articleRef.current;
    if (!map || !container) return undefined;
    const found = articleSelection(map);
    const snapped = found && snapSelection(text, found.start, found.end);
    const next =
      found && snapped && snapped.end > snapped.start
        ? { start: snapped.start, end: snapped.end, position: toolbarPositionFor(found.box, container) }
        : undefined;
    setSelected(next);
    return next;
  }, [map, text, articleRef]);

  useEffect(() => onSelectionCleared(() => setSelected(undefined)), []);

  const clear = useCallback(() => setSelected(undefined), []);
  const take = useCallback(() => {
    if (!selected) return undefined;
    clearPageSelection();
    setSelected(undefined);
    return selected;
  }, [selected]);

  return { selected, read, clear, take };
}

import type { TextOffset } from '../../corpus/model';
import { selectionOffsets, type TextMap } from './text-map';

/**
 * The reader's window on the page selection and on Range geometry: the only code outside
 * text-map.ts that calls `getSelection` or measures a Range. Offsets are clean-text offsets.
 */

/** A rectangle relative to the viewport (what `getBoundingClientRect` gives). */
export interface Box {
  readonly top: number;
  readonly left: number;
  readonly right: number;
  readonly bottom: number;
  readonly width: number;
  readonly height: number;
}

/** The selection inside the article, as clean-text offsets and where it sits on screen. */
export interface ArticleSelection {
  readonly start: number;
  readonly end: number;
  readonly box: Box;
}

/** The current selection if it lies in the mapped article and is not collapsed. */
export function articleSelection(map: TextMap): ArticleSelection | undefined {
  const selection = window.getSelection();
  const offsets = selectionOffsets(map, selection);
  if (!offsets || !selection) return undefined;
  return { start: offsets.start, end: offsets.end, box: selection.getRangeAt(0).getBoundingClientRect() };
}

/** True while some text on the page is selected (a drag that ends on a highlight is not a click on it). */
export function hasPageSelection(): boolean {
  const selection = window.getSelection();
  return selection !== null && !selection.isCollapsed;
}

export function clearPageSelection(): void {
  window.getSelection()?.removeAllRanges();
}

/** Calls `onCleared` whenever the page selection becomes empty; returns the unsubscribe. */
export function onSelectionCleared(onCleared: () => void): () => void {
  const listener = () => {
    if (!hasPageSelection()) onCleared();
  };
  document.addEventListener('selectionchange', listener);
  return () => document.removeEventListener('selectionchange', listener);
}

/** The bounding box of clean text [start, end) on screen, if it is mapped. */
export function spanBox(map: TextMap, start: TextOffset, end: TextOffset): Box | undefined {
  return map.rangeOf(start, end)?.getBoundingClientRect();
}

/** The line boxes of clean text [start, end) on screen, first to last. */
export function spanLineBoxes(map: TextMap, start: TextOffset, end: TextOffset): readonly Box[] {
  const rects = map.rangeOf(start, end)?.getClientRects();
  return rects ? [...rects] : [];
}

import type { RefObject } from 'react';
import type { TextRange } from '../../../corpus/model';
import type { TextMap } from '../../dom/text-map';
import type { AnchoredAnnotation } from './use-anchors';
import { usePaintedHighlights } from './use-painted-highlights';
import { PAINT_WINDOW_FROM, useVisibleWindow } from './use-visible-window';

/**
 * The article's highlights (renders nothing itself). A component of its own so that following
 * the viewport of a large article re-renders only this, never the article or the panel.
 */
export function PaintedHighlights({
  map,
  scrollRef,
  anchored,
  activeId,
  finds,
  currentFind,
}: {
  map: TextMap | undefined;
  scrollRef: RefObject<HTMLElement | null>;
  anchored: readonly AnchoredAnnotation[];
  activeId: string | undefined;
  finds: readonly TextRange[];
  currentFind: number;
}) {
  const visible = useVisibleWindow(scrollRef, map, anchored.length >= PAINT_WINDOW_FROM);
  usePaintedHighlights(map, anchored, activeId, finds, currentFind, visible);
  return null;
}

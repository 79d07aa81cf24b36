import { useEffect, useMemo, useState, type RefObject } from 'react';
import { COLORS, type Block, type TextRange } from '../../../corpus/model';
import { createHighlightLayer, unionOfSpans } from '../../dom/paint-highlights';
import { createTextMap, type TextMap } from '../../dom/text-map';
import type { TextWindow } from '../../dom/visible-text';
import type { AnchoredAnnotation } from './use-anchors';
import { clipToWindow } from './use-visible-window';

/** The text map of the rendered article (available after the first render). */
export function useTextMap(rootRef: RefObject<HTMLElement | null>, blocks: readonly Block[]): TextMap | undefined {
  const [map, setMap] = useState<TextMap>();
  useEffect(() => {
    if (rootRef.current) setMap(createTextMap(rootRef.current, blocks));
  }, [rootRef, blocks]);
  return map;
}

/**
 * Paints every anchored annotation in its colour, plus the active one and find hits. Given a
 * `visible` window (large articles, see PAINT_WINDOW_FROM) each colour is painted as the union
 * of its highlights within that window, which looks the same (a highlight paints overlapping
 * ranges once) at a fraction of the cost; without one, one range per annotation.
 */
export function usePaintedHighlights(
  map: TextMap | undefined,
  anchored: readonly AnchoredAnnotation[],
  activeId: string | undefined,
  finds: readonly TextRange[],
  currentFind: number,
  visible?: TextWindow | null,
) {
  const layer = useMemo(() => createHighlightLayer(), []);
  const byColor = useMemo(() => COLORS.map((color) => anchored.filter((a) => a.annotation.color === color)), [anchored]);
  const windowed = visible !== undefined;
  const unions = useMemo(() => (windowed ? byColor.map(unionOfSpans) : undefined), [byColor, windowed]);
  useEffect(() => () => layer.clear(), [layer]);
  useEffect(() => {
    // `null`: the window of a large article is not known yet; paint it once it is, not all of it first.
    if (!map || visible === null) return;
    COLORS.forEach((color, i) => layer.paint(`pizhu-${color}`, map, unions ? clipToWindow(unions[i]!, visible) : byColor[i]!));
  }, [map, byColor, unions, visible, layer]);
  // Apart from the colours: activating a note rebuilds one range, not every colour layer.
  useEffect(() => {
    if (!map) return;
    const active = anchored.find((a) => a.annotation.id === activeId);
    layer.paint('pizhu-active', map, active ? [active] : []);
  }, [map, anchored, activeId, layer]);
  useEffect(() => {
    if (!map) return;
    layer.paint('pizhu-find', map, finds);
    const current = finds[currentFind];
    layer.paint('pizhu-find-current', map, current ? [current] : []);
  }, [map, finds, currentFind, layer]);
}

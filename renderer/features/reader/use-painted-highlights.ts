import { useEffect, useMemo, useState, type RefObject } from 'react';
import { COLORS, type Block } from '../../../corpus/model';
import { createHighlightLayer } from '../../dom/paint-highlights';
import { createTextMap, type TextMap } from '../../dom/text-map';
import type { AnchoredAnnotation } from './use-anchors';

/** The text map of the rendered article (available after the first render). */
export function useTextMap(rootRef: RefObject<HTMLElement | null>, blocks: readonly Block[]): TextMap | undefined {
  const [map, setMap] = useState<TextMap>();
  useEffect(() => {
    if (rootRef.current) setMap(createTextMap(rootRef.current, blocks));
  }, [rootRef, blocks]);
  return map;
}

/** Paints every anchored annotation in its colour, plus the active one and find hits. */
export function usePaintedHighlights(map: TextMap | undefined, anchored: readonly AnchoredAnnotation[], activeId: string | undefined, finds: readonly { start: number; end: number }[], currentFind: number) {
  const layer = useMemo(() => createHighlightLayer(), []);
  useEffect(() => () => layer.clear(), [layer]);
  useEffect(() => {
    if (!map) return;
    for (const color of COLORS) {
      const ranges = anchored.filter((a) => a.annotation.color === color).map((a) => map.rangeOf(a.start, a.end)).filter((r): r is Range => r !== undefined);
      layer.set(`pizhu-${color}`, ranges);
    }
  }, [map, anchored, layer]);
  // Apart from the colours: activating a note rebuilds one range, not every colour layer (10,000 ranges on a large article).
  useEffect(() => {
    if (!map) return;
    const active = anchored.find((a) => a.annotation.id === activeId);
    const activeRange = active ? map.rangeOf(active.start, active.end) : undefined;
    layer.set('pizhu-active', activeRange ? [activeRange] : []);
  }, [map, anchored, activeId, layer]);
  useEffect(() => {
    if (!map) return;
    const ranges = finds.map((f) => map.rangeOf(f.start, f.end)).filter((r): r is Range => r !== undefined);
    layer.set('pizhu-find', ranges);
    const current = finds[currentFind];
    const currentRange = current ? map.rangeOf(current.start, current.end) : undefined;
    layer.set('pizhu-find-current', currentRange ? [currentRange] : []);
  }, [map, finds, currentFind, layer]);
}

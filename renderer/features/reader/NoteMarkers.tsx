import { useLayoutEffect, useState, type RefObject } from 'react';
import type { TextMap } from '../../dom/text-map';
import type { AnchoredAnnotation } from './use-anchors';

interface Marker {
  readonly id: string;
  readonly number: number;
  readonly top: number;
  readonly left: number;
  readonly label: string;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
export const circled = (n: number): string => CIRCLED[n - 1] ?? `(${n})`;

/**
 * Small numbered markers at the end of highlights that carry a note. They sit in an overlay
 * positioned from the highlight's client rects, so the article text itself is untouched.
 */
export function NoteMarkers({ map, anchored, containerRef, onOpen }: {
  map: TextMap | undefined;
  anchored: readonly AnchoredAnnotation[];
  containerRef: RefObject<HTMLElement | null>;
  onOpen: (id: string) => void;
}) {
  const [markers, setMarkers] = useState<Marker[]>([]);
  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!map || !container) return;
    const place = () => {
      const origin = container.getBoundingClientRect();
      const next: Marker[] = [];
      let n = 0;
      for (const a of anchored) {
        const { note, tags } = a.annotation.body;
        if (!note && tags.length === 0) continue;
        n++;
        const rects = map.rangeOf(a.start, a.end)?.getClientRects();
        const last = rects && rects.length > 0 ? rects[rects.length - 1]! : undefined;
        if (!last) continue;
        next.push({ id: a.annotation.id, number: n, top: last.top - origin.top - 6, left: last.right - origin.left, label: note || tags.map((t) => `#${t}`).join(' ') });
      }
      setMarkers(next);
    };
    place();
    const observer = new ResizeObserver(place);
    observer.observe(container);
    return () => observer.disconnect();
  }, [map, anchored, containerRef]);
  return (
    <div className="note-markers" data-pizhu-ignore="">
      {markers.map((m) => (
        <button key={m.id} type="button" className="note-marker" style={{ top: m.top, left: m.left }} title={m.label}
          aria-label={`${circled(m.number)} ${m.label.slice(0, 60)}`} onClick={() => onOpen(m.id)}>
          {circled(m.number)}
        </button>
      ))}
    </div>
  );
}

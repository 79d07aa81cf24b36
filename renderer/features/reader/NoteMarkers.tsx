import { useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import { spanLineBoxes } from '../../dom/selection';
import type { TextMap } from '../../dom/text-map';
import type { AnchoredAnnotation } from './use-anchors';
import { PAINT_WINDOW_FROM, useVisibleWindow } from './use-visible-window';

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
 * positioned from the highlight's client rects, so the article text itself is untouched. On a
 * large article (PAINT_WINDOW_FROM) only the markers within a screen of the viewport exist:
 * each is a positioned layer the browser walks on every frame.
 */
export function NoteMarkers({
  map,
  anchored,
  containerRef,
  scrollRef,
  onOpen,
}: {
  map: TextMap | undefined;
  anchored: readonly AnchoredAnnotation[];
  containerRef: RefObject<HTMLElement | null>;
  scrollRef: RefObject<HTMLElement | null>;
  onOpen: (id: string) => void;
}) {
  const [markers, setMarkers] = useState<Marker[]>([]);
  const visible = useVisibleWindow(scrollRef, map, anchored.length >= PAINT_WINDOW_FROM);
  // Numbered in reading order over the whole article, whatever part of it is placed.
  const noted = useMemo(() => anchored.filter((a) => a.annotation.body.note || a.annotation.body.tags.length > 0), [anchored]);
  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!map || !container || visible === null) return;
    const place = () => {
      const origin = container.getBoundingClientRect();
      const next: Marker[] = [];
      noted.forEach((a, i) => {
        if (visible && (a.end <= visible.start || a.start >= visible.end)) return;
        const last = spanLineBoxes(map, a.start, a.end).at(-1);
        if (!last) return;
        const { note, tags } = a.annotation.body;
        next.push({
          id: a.annotation.id,
          number: i + 1,
          top: last.top - origin.top - 6,
          left: last.right - origin.left,
          label: note || tags.map((t) => `#${t}`).join(' '),
        });
      });
      setMarkers(next);
    };
    place();
    const observer = new ResizeObserver(place);
    observer.observe(container);
    return () => observer.disconnect();
  }, [map, noted, visible, containerRef]);
  return (
    <div className="note-markers" data-pizhu-ignore="">
      {markers.map((m) => (
        <button
          key={m.id}
          type="button"
          className="note-marker"
          style={{ top: m.top, left: m.left }}
          title={m.label}
          aria-label={`${circled(m.number)} ${m.label.slice(0, 60)}`}
          onClick={() => onOpen(m.id)}
        >
          {circled(m.number)}
        </button>
      ))}
    </div>
  );
}

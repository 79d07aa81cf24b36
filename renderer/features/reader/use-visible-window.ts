import { useEffect, useState, type RefObject } from 'react';
import { textOffset } from '../../../corpus/model';
import type { TextMap } from '../../dom/text-map';
import { visibleTextWindow, type TextWindow } from '../../dom/visible-text';

/**
 * From this many highlights on, the reader paints (and places note markers) only near what is
 * on screen. Chromium re-marks and repaints every highlighted text node after any change to the
 * page, a keystroke in a note included, so with 10,000 highlights on an article each key cost
 * a quarter second; painting what is within a screen of the viewport keeps that cost flat.
 * Below it the whole article is painted, one range per highlight.
 */
export const PAINT_WINDOW_FROM = 300;

/**
 * The clean text within one screen of the viewport, followed as the reader scrolls (at most once
 * a frame, a new value only when the window moves to other blocks); `undefined` while not
 * `enabled`, meaning "everything"; `null` until the window is known, meaning "nothing yet" (so
 * the first paint of a large article is not the whole of it, thrown away a frame later).
 */
export function useVisibleWindow(scrollRef: RefObject<HTMLElement | null>, map: TextMap | undefined, enabled: boolean): TextWindow | null | undefined {
  const [visible, setVisible] = useState<TextWindow>();
  useEffect(() => {
    const container = scrollRef.current;
    if (!enabled || !map || !container) {
      setVisible(undefined);
      return;
    }
    let frame = 0;
    const update = () => {
      frame = 0;
      const next = visibleTextWindow(container, map, container.clientHeight);
      setVisible((last) => (last && next && last.start === next.start && last.end === next.end ? last : next));
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    update();
    container.addEventListener('scroll', schedule, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(schedule);
    observer?.observe(container);
    return () => {
      cancelAnimationFrame(frame);
      container.removeEventListener('scroll', schedule);
      observer?.disconnect();
    };
  }, [scrollRef, map, enabled]);
  return enabled ? (visible ?? null) : undefined;
}

/** The parts of `spans` inside `window` (all of them when there is no window). */
export function clipToWindow(spans: readonly TextWindow[], visible: TextWindow | undefined): readonly TextWindow[] {
  if (!visible) return spans;
  const clipped: TextWindow[] = [];
  for (const s of spans) {
    const start = Math.max(s.start, visible.start);
    const end = Math.min(s.end, visible.end);
    if (end > start) clipped.push({ start: textOffset(start), end: textOffset(end) });
  }
  return clipped;
}

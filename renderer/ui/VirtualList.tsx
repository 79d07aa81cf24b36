import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { rowOffsets, visibleWindow } from './virtual-window';

export interface VirtualListProps<T> {
  readonly items: readonly T[];
  readonly itemKey: (item: T) => string;
  /** Height guess before a row has been measured, in px. */
  readonly estimate: (item: T) => number;
  readonly renderItem: (item: T, index: number) => ReactNode;
  /** Accessible name of the list. */
  readonly label: string;
  /** When this changes the list scrolls back to the top (a new filter, a new grouping). */
  readonly resetKey: string;
  /** Extra px rendered above and below the viewport. */
  readonly overscan?: number;
  readonly className?: string;
}

/** jsdom and a not-yet-laid-out container report 0; render a screenful anyway. */
const FALLBACK_VIEWPORT = 900;

/**
 * A windowed list for rows of varying height: only the rows near the viewport are in the DOM.
 * Rows start at their estimated height and are measured after each render (keyed, so a
 * measurement survives filtering); spacers above and below keep the scrollbar honest.
 */
export function VirtualList<T>({ items, itemKey, estimate, renderItem, label, resetKey, overscan = 600, className }: VirtualListProps<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const measured = useRef(new Map<string, number>());
  const [version, setVersion] = useState(0);
  const [scroll, setScroll] = useState({ top: 0, height: 0 });

  const offsets = useMemo(
    () => rowOffsets(items.map((item) => measured.current.get(itemKey(item)) ?? estimate(item))),
    // `version` changes when measurements do; the map itself is a ref.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [items, itemKey, estimate, version],
  );
  const win = visibleWindow(offsets, scroll.top, scroll.height || FALLBACK_VIEWPORT, overscan);

  const readScroll = useCallback(() => {
    const el = scrollRef.current;
    if (el) setScroll((s) => (s.top === el.scrollTop && s.height === el.clientHeight ? s : { top: el.scrollTop, height: el.clientHeight }));
  }, []);

  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    el.scrollTop = 0;
    readScroll();
  }, [resetKey, readScroll]);

  useEffect(() => {
    const el = scrollRef.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      readScroll();
      setVersion((v) => v + 1);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [readScroll]);

  // Measure the rendered rows; a change re-renders once with true offsets (converges: a row
  // measured twice at the same width gets the same height).
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    let changed = false;
    for (const row of list.querySelectorAll<HTMLElement>(':scope > [data-row-key]')) {
      const key = row.dataset.rowKey!;
      const height = row.getBoundingClientRect().height;
      if (height > 0 && Math.abs((measured.current.get(key) ?? -1) - height) > 0.5) {
        measured.current.set(key, height);
        changed = true;
      }
    }
    if (changed) setVersion((v) => v + 1);
  }, [items, win.start, win.end, version]);

  const rows: ReactNode[] = [];
  for (let i = win.start; i < win.end; i++) {
    const item = items[i]!;
    const key = itemKey(item);
    rows.push(
      <div key={key} role="listitem" data-row-key={key} aria-setsize={items.length} aria-posinset={i + 1} className="virtual-row">
        {renderItem(item, i)}
      </div>,
    );
  }
  return (
    <div ref={scrollRef} className={`virtual-scroll${className ? ` ${className}` : ''}`} onScroll={readScroll}>
      <div ref={listRef} role="list" aria-label={label} style={{ paddingTop: win.before, paddingBottom: win.after }}>
        {rows}
      </div>
    </div>
  );
}

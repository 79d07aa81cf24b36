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
  readonly resetKey?: string;
  /** Extra px rendered above and below the viewport; Infinity renders every row. */
  readonly overscan?: number;
  readonly className?: string;
  /**
   * `own`: the list is its own scroll box. `parent`: it scrolls with its nearest scrollable
   * ancestor (a side panel with other content above and below it).
   */
  readonly scroll?: 'own' | 'parent';
  /** When this changes to a row's key, that row is scrolled into view (rendered first if it was not). */
  readonly revealKey?: string | undefined;
}

/** jsdom and a not-yet-laid-out container report 0; render a screenful anyway. */
const FALLBACK_VIEWPORT = 900;

function scrollableAncestor(element: HTMLElement): HTMLElement | undefined {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if (overflowY === 'auto' || overflowY === 'scroll') return node;
  }
  return undefined;
}

/**
 * A windowed list for rows of varying height: only the rows near the viewport are in the DOM.
 * Rows start at their estimated height and are measured after each render (keyed, so a
 * measurement survives filtering); spacers above and below keep the scrollbar honest.
 */
export function VirtualList<T>({
  items,
  itemKey,
  estimate,
  renderItem,
  label,
  resetKey,
  overscan = 600,
  className,
  scroll: mode = 'own',
  revealKey,
}: VirtualListProps<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const [parent, setParent] = useState<HTMLElement>();
  const measured = useRef(new Map<string, number>());
  const [version, setVersion] = useState(0);
  const [scroll, setScroll] = useState({ top: 0, height: 0 });
  const scroller = useCallback(() => (mode === 'own' ? (scrollRef.current ?? undefined) : parent), [mode, parent]);

  useLayoutEffect(() => {
    if (mode === 'parent' && listRef.current) setParent(scrollableAncestor(listRef.current));
  }, [mode]);

  const offsets = useMemo(
    () => rowOffsets(items.map((item) => measured.current.get(itemKey(item)) ?? estimate(item))),
    // `version` changes when measurements do; the map itself is a ref.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [items, itemKey, estimate, version],
  );
  const win = visibleWindow(offsets, scroll.top, scroll.height || FALLBACK_VIEWPORT, overscan);

  // How far the list's top is above the scroll box's top: the scroll position within the list,
  // whatever sits above it in the same scroll box.
  const readScroll = useCallback(() => {
    const el = scroller();
    const list = listRef.current;
    if (!el || !list) return;
    const top = mode === 'own' ? el.scrollTop : el.getBoundingClientRect().top - list.getBoundingClientRect().top;
    setScroll((s) => (Math.abs(s.top - top) < 1 && s.height === el.clientHeight ? s : { top, height: el.clientHeight }));
  }, [scroller, mode]);

  useEffect(() => {
    const el = scroller();
    if (!el || resetKey === undefined) return;
    el.scrollTop = 0;
    readScroll();
  }, [resetKey, readScroll, scroller]);

  useEffect(() => {
    const el = scroller();
    if (!el) return;
    readScroll();
    el.addEventListener('scroll', readScroll, { passive: true });
    const observer =
      typeof ResizeObserver === 'undefined'
        ? undefined
        : new ResizeObserver(() => {
            readScroll();
            setVersion((v) => v + 1);
          });
    observer?.observe(el);
    return () => {
      el.removeEventListener('scroll', readScroll);
      observer?.disconnect();
    };
  }, [scroller, readScroll]);

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

  // Reveal: scroll the row into view once it is rendered; until then jump to where it will be.
  const revealed = useRef<string | undefined>(undefined);
  const pending = useRef<string | undefined>(undefined);
  useLayoutEffect(() => {
    if (revealKey !== revealed.current) pending.current = revealed.current = revealKey;
    const key = pending.current;
    const list = listRef.current;
    const el = scroller();
    if (key === undefined || !list || !el) return;
    const row = [...list.querySelectorAll<HTMLElement>(':scope > [data-row-key]')].find((r) => r.dataset.rowKey === key);
    if (row) {
      pending.current = undefined;
      row.scrollIntoView({ block: 'nearest' });
      return;
    }
    const index = items.findIndex((item) => itemKey(item) === key);
    if (index < 0) {
      pending.current = undefined;
      return;
    }
    el.scrollTop += offsets[index]! - scroll.top - el.clientHeight / 3;
    readScroll();
  });

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
  const list = (
    <div
      ref={listRef}
      role="list"
      aria-label={label}
      className={mode === 'parent' ? className : undefined}
      style={{ paddingTop: win.before, paddingBottom: win.after }}
    >
      {rows}
    </div>
  );
  if (mode === 'parent') return list;
  return (
    <div ref={scrollRef} className={`virtual-scroll${className ? ` ${className}` : ''}`}>
      {list}
    </div>
  );
}

import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { Article } from '../../../corpus/model';
import { readingPosition, saveReadingPosition } from '../../store/positions-repo';
import { useServices } from '../../store/services';

/** How long a restored position is held against late layout changes. */
const PIN_MS = 1500;

/** Where the reader's eye line sits: a little below the top edge of the scroll area. */
const TOP_LINE = 8;

/** The first block whose bottom is below the top of the scroll area. O(log n) by bisection. */
export function topVisibleBlock(container: HTMLElement): HTMLElement | undefined {
  const blocks = container.querySelectorAll<HTMLElement>('[data-block-id]');
  const top = container.getBoundingClientRect().top + TOP_LINE;
  let lo = 0;
  let hi = blocks.length - 1;
  let found: HTMLElement | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const el = blocks[mid]!;
    if (el.getBoundingClientRect().bottom > top) {
      found = el;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return found;
}

/** The top block and how far into it the top line is: pixels above it, or a fraction of its height once inside. */
interface Anchor {
  readonly blockId: string;
  readonly gap: number;
  readonly fraction: number;
}

function anchorOf(container: HTMLElement): Anchor | undefined {
  const block = topVisibleBlock(container);
  if (!block?.dataset.blockId) return undefined;
  const rect = block.getBoundingClientRect();
  const into = container.getBoundingClientRect().top + TOP_LINE - rect.top;
  return { blockId: block.dataset.blockId, gap: Math.min(0, into), fraction: rect.height > 0 ? Math.max(0, into) / rect.height : 0 };
}

/** Scrolls so the anchor's block sits where it sat before the text reflowed. */
function scrollToAnchor(container: HTMLElement, anchor: Anchor): void {
  const el = container.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(anchor.blockId)}"]`);
  if (!el) return;
  const rect = el.getBoundingClientRect();
  const into = anchor.gap < 0 ? anchor.gap : anchor.fraction * rect.height;
  const delta = rect.top + into - (container.getBoundingClientRect().top + TOP_LINE);
  if (Math.abs(delta) >= 1) container.scrollBy({ top: delta });
}

export function scrollToBlock(container: HTMLElement, blockId: string, behavior: ScrollBehavior = 'auto'): boolean {
  const el = container.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(blockId)}"]`);
  if (!el) return false;
  const delta = el.getBoundingClientRect().top - container.getBoundingClientRect().top - 16;
  container.scrollBy({ top: delta, behavior });
  return true;
}

/**
 * Remembers the top visible block of the article as the reader scrolls (written within a
 * quarter second, and when leaving), and restores it when the article is opened again,
 * unless the route asks for a specific block. When the text reflows under the reader (font
 * size, line height or width applied, a web font arriving) the same block stays at the top.
 */
export function useReadingPosition(article: Article | undefined, scrollRef: RefObject<HTMLElement | null>, targetBlock: string | undefined) {
  const { db } = useServices();
  const [current, setCurrent] = useState<{ blockId: string; progress: number }>();
  const restored = useRef<string | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<{ blockId: string; progress: number } | undefined>(undefined);
  /**
   * The block a restore (or a jump) put at the top, held there until the reader scrolls by
   * hand: layout that settles after the restore (reflow, late fonts) must not move it.
   */
  const pinned = useRef<string | undefined>(undefined);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const position = pending.current;
    if (!article || !position) return;
    pending.current = undefined;
    void saveReadingPosition(db, { articleId: article.id, ...position, updated: new Date().toISOString() });
  }, [db, article]);

  useEffect(() => {
    const container = scrollRef.current;
    if (!article || !container || restored.current === article.id) return;
    restored.current = article.id;
    let cancelled = false;
    void (async () => {
      const target = targetBlock ?? (await readingPosition(db, article.id))?.blockId;
      if (!cancelled && target && scrollToBlock(container, target)) {
        pinned.current = target;
        // Layout settles within a moment; after that, jumps and find must not snap back here.
        setTimeout(() => {
          if (pinned.current === target) pinned.current = undefined;
        }, PIN_MS);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [article, db, scrollRef, targetBlock]);

  useEffect(() => {
    const container = scrollRef.current;
    if (!article || !container) return;
    const onScroll = () => {
      const block = topVisibleBlock(container);
      if (!block) return;
      const max = container.scrollHeight - container.clientHeight;
      const progress = max > 0 ? Math.min(1, container.scrollTop / max) : 1;
      const position = { blockId: block.dataset.blockId ?? '', progress };
      setCurrent(position);
      pending.current = position;
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, 250);
    };
    container.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', flush);
    return () => {
      container.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [article, scrollRef, flush]);

  // Reflow keeps the top block: remember it on every scroll, put it back when the content resizes.
  useEffect(() => {
    const container = scrollRef.current;
    const content = container?.querySelector('article');
    if (!article || !container || !content || typeof ResizeObserver === 'undefined') return;
    let anchor = anchorOf(container);
    let height = content.getBoundingClientRect().height;
    const onScroll = () => {
      if (!pinned.current) anchor = anchorOf(container);
    };
    const observer = new ResizeObserver(() => {
      const next = content.getBoundingClientRect().height;
      if (next === height) return;
      height = next;
      if (pinned.current) scrollToBlock(container, pinned.current);
      else if (anchor && container.scrollTop > 0) scrollToAnchor(container, anchor);
    });
    // Any scrolling by the reader ends the pin.
    const unpin = () => {
      if (!pinned.current) return;
      pinned.current = undefined;
      anchor = anchorOf(container);
    };
    const manual = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;
    for (const type of manual) container.addEventListener(type, unpin, { passive: true });
    container.addEventListener('scroll', onScroll, { passive: true });
    observer.observe(content);
    return () => {
      for (const type of manual) container.removeEventListener(type, unpin);
      container.removeEventListener('scroll', onScroll);
      observer.disconnect();
    };
  }, [article, scrollRef]);

  return current;
}

import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { Article } from '../../../corpus/model';
import { readingPosition, saveReadingPosition } from '../../store/positions-repo';
import { useServices } from '../../store/services';

/** The first block whose bottom is below the top of the scroll area. O(log n) by bisection. */
export function topVisibleBlock(container: HTMLElement): HTMLElement | undefined {
  const blocks = container.querySelectorAll<HTMLElement>('[data-block-id]');
  const top = container.getBoundingClientRect().top + 8;
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
 * unless the route asks for a specific block.
 */
export function useReadingPosition(article: Article | undefined, scrollRef: RefObject<HTMLElement | null>, targetBlock: string | undefined) {
  const { db } = useServices();
  const [current, setCurrent] = useState<{ blockId: string; progress: number }>();
  const restored = useRef<string | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<{ blockId: string; progress: number } | undefined>(undefined);

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
      if (!cancelled && target) scrollToBlock(container, target);
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

  return current;
}

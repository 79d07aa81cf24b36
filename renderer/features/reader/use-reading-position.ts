import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { Article } from '../../../corpus/model';
import { anchorOf, scrollProgress, scrollToAnchor, scrollToBlock, topVisibleBlock } from '../../dom/reading-scroll';
import { readingPosition, saveReadingPosition } from '../../store/positions-repo';
import { useServices } from '../../store/services';
import { createPositionStore, type PositionStore, type ReadingSpot } from './reading-spot';

/** How long a restored position is held against late layout changes. */
const PIN_MS = 1500;

/**
 * Remembers the top visible block of the article as the reader scrolls (written within a
 * quarter second of a change of block or percent, and when leaving), and restores it when the
 * article is opened again, unless the route asks for a specific block. When the text reflows
 * under the reader (font size, line height or width applied, a web font arriving) the same
 * block stays at the top.
 */
export function useReadingPosition(article: Article | undefined, scrollRef: RefObject<HTMLElement | null>, targetBlock: string | undefined): PositionStore {
  const { db } = useServices();
  const [store] = useState(createPositionStore);
  const restored = useRef<string | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<ReadingSpot | undefined>(undefined);
  /** The block a restore (or a jump) put at the top, held until the reader scrolls by hand. */
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
      const position = { blockId: block.dataset.blockId ?? '', progress: scrollProgress(container) };
      if (!store.set(position)) return;
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
  }, [article, scrollRef, flush, store]);

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

  return store;
}

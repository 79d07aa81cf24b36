/**
 * Where the reader is in a scrolling article, in blocks (`data-block-id` elements): the top
 * visible block, an anchor that survives reflow, and scrolling back to either.
 */

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
export interface ScrollAnchor {
  readonly blockId: string;
  readonly gap: number;
  readonly fraction: number;
}

export function anchorOf(container: HTMLElement): ScrollAnchor | undefined {
  const block = topVisibleBlock(container);
  if (!block?.dataset.blockId) return undefined;
  const rect = block.getBoundingClientRect();
  const into = container.getBoundingClientRect().top + TOP_LINE - rect.top;
  return { blockId: block.dataset.blockId, gap: Math.min(0, into), fraction: rect.height > 0 ? Math.max(0, into) / rect.height : 0 };
}

/** Scrolls so the anchor's block sits where it sat before the text reflowed. */
export function scrollToAnchor(container: HTMLElement, anchor: ScrollAnchor): void {
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

/** How far down the scroll area is, 0–1, rounded to whole percent (what the progress bar shows). */
export function scrollProgress(container: HTMLElement): number {
  const max = container.scrollHeight - container.clientHeight;
  return max > 0 ? Math.round(Math.min(1, container.scrollTop / max) * 100) / 100 : 1;
}

import { textOffset, type TextRange } from '../../corpus/model';
import type { TextMap } from './text-map';

/** A clean-text span [start, end). */
export type TextWindow = TextRange;

/** The first index in `blocks` whose element's bottom is below `y` (bisection; blocks are in page order). */
function firstBelow(blocks: NodeListOf<HTMLElement>, y: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.getBoundingClientRect().bottom > y) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The clean text of the blocks on screen in the scroll container, widened by `margin` pixels
 * above and below: what the reader can see, or reach with one flick. O(log n) layout reads.
 * Undefined when no block is rendered.
 */
export function visibleTextWindow(container: HTMLElement, map: TextMap, margin: number): TextWindow | undefined {
  const blocks = container.querySelectorAll<HTMLElement>('[data-block-id]');
  if (blocks.length === 0) return undefined;
  const box = container.getBoundingClientRect();
  const first = Math.min(firstBelow(blocks, box.top - margin), blocks.length - 1);
  const last = Math.max(first, Math.min(firstBelow(blocks, box.bottom + margin), blocks.length - 1));
  const from = blocks[first]!;
  const to = blocks[last]!;
  const start = map.offsetOf(from, 0);
  const end = map.offsetOf(to, to.childNodes.length);
  return start === undefined || end === undefined ? undefined : { start, end: textOffset(Math.max(start, end)) };
}

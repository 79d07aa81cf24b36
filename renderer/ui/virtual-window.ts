/** Which rows of a variable-height list to render for a scroll position. */
export interface VirtualWindow {
  /** First row to render. */
  readonly start: number;
  /** One past the last row to render. */
  readonly end: number;
  /** Space above the first rendered row, in px. */
  readonly before: number;
  /** Space below the last rendered row, in px. */
  readonly after: number;
  /** Height of every row together. */
  readonly total: number;
}

/** Prefix sums of row heights: offsets[i] is the top of row i, offsets[n] the total. O(n). */
export function rowOffsets(heights: readonly number[]): Float64Array {
  const offsets = new Float64Array(heights.length + 1);
  for (let i = 0; i < heights.length; i++) offsets[i + 1] = offsets[i]! + heights[i]!;
  return offsets;
}

/** Last row whose top is at or above `y` (strictly above when `strict`). O(log n). */
function rowAt(offsets: Float64Array, rows: number, y: number, strict = false): number {
  let lo = 0;
  let hi = rows - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (strict ? offsets[mid]! < y : offsets[mid]! <= y) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The rows that intersect [scrollTop - overscan, scrollTop + viewport + overscan), with the
 * spacer heights that keep the scrollbar true to the whole list. O(log n).
 */
export function visibleWindow(offsets: Float64Array, scrollTop: number, viewport: number, overscan: number): VirtualWindow {
  const rows = offsets.length - 1;
  const total = offsets[rows] ?? 0;
  if (rows <= 0) return { start: 0, end: 0, before: 0, after: 0, total: 0 };
  const start = rowAt(offsets, rows, Math.max(0, scrollTop - overscan));
  const end = Math.max(start + 1, Math.min(rows, rowAt(offsets, rows, scrollTop + viewport + overscan, true) + 1));
  return { start, end, before: offsets[start]!, after: total - offsets[end]!, total };
}

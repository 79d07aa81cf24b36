import { describe, expect, it } from 'vitest';
import { rowOffsets, visibleWindow } from '../../../renderer/ui/virtual-window';

describe('visibleWindow', () => {
  const tens = rowOffsets(Array.from({ length: 100 }, () => 10));
  it.each([
    ['top of the list', tens, 0, 50, 0, { start: 0, end: 5, before: 0, after: 950, total: 1000 }],
    ['scrolled into the middle', tens, 200, 50, 0, { start: 20, end: 25, before: 200, after: 750, total: 1000 }],
    ['overscan on both sides', tens, 200, 50, 30, { start: 17, end: 28, before: 170, after: 720, total: 1000 }],
    ['past the end', tens, 5000, 50, 0, { start: 99, end: 100, before: 990, after: 0, total: 1000 }],
    ['varying heights', rowOffsets([100, 10, 10, 300, 10]), 105, 20, 0, { start: 1, end: 4, before: 100, after: 10, total: 430 }],
    ['empty list', rowOffsets([]), 0, 500, 100, { start: 0, end: 0, before: 0, after: 0, total: 0 }],
  ])('%s', (_name, offsets, scrollTop, viewport, overscan, expected) => {
    expect(visibleWindow(offsets, scrollTop, viewport, overscan)).toEqual(expected);
  });

  it('renders a screenful of 5,000 rows, not all of them', () => {
    const offsets = rowOffsets(Array.from({ length: 5000 }, (_, i) => 80 + (i % 3) * 20));
    const w = visibleWindow(offsets, 123_456, 900, 600);
    expect(w.end - w.start).toBeLessThan(40);
    expect(w.before + (offsets[w.end]! - offsets[w.start]!) + w.after).toBeCloseTo(w.total);
  });
});

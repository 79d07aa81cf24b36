import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textOffset } from '../../../corpus/model';
import { unionOfSpans, type Span } from '../../../renderer/dom/paint-highlights';
import { clipToWindow } from '../../../renderer/features/reader/use-visible-window';

const span = (start: number, end: number): Span => ({ start: textOffset(start), end: textOffset(end) });
const plain = (spans: readonly Span[]) => spans.map((s) => [s.start, s.end]);
/** The characters a list of spans paints. */
const covered = (spans: readonly Span[]) => new Set(spans.flatMap((s) => Array.from({ length: s.end - s.start }, (_, i) => s.start + i)));

describe('unionOfSpans', () => {
  it.each([
    ['nothing', [], []],
    ['one', [[3, 7]], [[3, 7]]],
    [
      'apart, out of order',
      [
        [10, 12],
        [1, 4],
      ],
      [
        [1, 4],
        [10, 12],
      ],
    ],
    [
      'overlapping',
      [
        [1, 5],
        [3, 9],
      ],
      [[1, 9]],
    ],
    [
      'touching',
      [
        [1, 5],
        [5, 8],
      ],
      [[1, 8]],
    ],
    [
      'nested',
      [
        [1, 20],
        [4, 6],
        [8, 30],
      ],
      [[1, 30]],
    ],
    [
      'empty spans dropped',
      [
        [4, 4],
        [6, 5],
      ],
      [],
    ],
  ] as const)('%s', (_, input, expected) => {
    expect(plain(unionOfSpans(input.map(([s, e]) => span(s, e))))).toEqual(expected);
  });

  it('paints exactly the same characters, with sorted disjoint spans that do not touch', () => {
    const spans = fc.array(
      fc.tuple(fc.nat(200), fc.nat(30)).map(([s, n]) => span(s, s + n)),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(spans, (input) => {
        const union = unionOfSpans(input);
        expect(covered(union)).toEqual(covered(input));
        union.forEach((s, i) => {
          expect(s.end).toBeGreaterThan(s.start);
          if (i > 0) expect(s.start).toBeGreaterThan(union[i - 1]!.end);
        });
      }),
    );
  });
});

describe('clipToWindow', () => {
  it('keeps the parts inside the window, and everything without one', () => {
    const spans = [span(0, 5), span(8, 20), span(25, 30), span(40, 45)];
    expect(plain(clipToWindow(spans, span(10, 28)))).toEqual([
      [10, 20],
      [25, 28],
    ]);
    expect(plain(clipToWindow(spans, undefined))).toEqual(plain(spans));
    expect(clipToWindow(spans, span(31, 39))).toEqual([]);
  });
});

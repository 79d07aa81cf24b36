import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { segmentSpans, type Span } from '../../../corpus/export/segments';

const span = (start: number, end: number, value: string): Span<string> => ({ start, end, value });
const show = (length: number, spans: Span<string>[]): string[] => segmentSpans(length, spans).map((s) => `${s.start}-${s.end}:${s.active.join('+')}`);

describe('segmentSpans', () => {
  it.each([
    ['no spans', 5, [], ['0-5:']],
    ['one inside', 10, [span(2, 5, 'a')], ['0-2:', '2-5:a', '5-10:']],
    ['whole text', 4, [span(0, 4, 'a')], ['0-4:a']],
    ['overlapping', 10, [span(1, 6, 'a'), span(4, 9, 'b')], ['0-1:', '1-4:a', '4-6:a+b', '6-9:b', '9-10:']],
    ['nested: outer first', 10, [span(3, 5, 'inner'), span(1, 8, 'outer')], ['0-1:', '1-3:outer', '3-5:outer+inner', '5-8:outer', '8-10:']],
    ['identical ranges', 6, [span(2, 4, 'a'), span(2, 4, 'b')], ['0-2:', '2-4:a+b', '4-6:']],
    ['adjacent', 6, [span(0, 3, 'a'), span(3, 6, 'b')], ['0-3:a', '3-6:b']],
    ['empty span ignored', 4, [span(2, 2, 'a')], ['0-4:']],
    ['clipped to text', 4, [span(-3, 2, 'a'), span(3, 99, 'b')], ['0-2:a', '2-3:', '3-4:b']],
    ['empty text', 0, [span(0, 3, 'a')], []],
  ])('%s', (_name, length, spans, expected) => {
    expect(show(length, spans)).toEqual(expected);
  });

  it('covers the text exactly and each segment holds exactly the spans over it', () => {
    const spansArb = fc.array(
      fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), spansArb, (length, ranges) => {
        const spans = ranges.map(([s, e], i) => span(s, e, `s${i}`));
        const segments = segmentSpans(length, spans);
        let at = 0;
        for (const seg of segments) {
          expect(seg.start).toBe(at);
          expect(seg.end).toBeGreaterThan(seg.start);
          const expected = spans.filter((s) => s.start <= seg.start && s.end >= seg.end && s.start < s.end).map((s) => s.value);
          expect([...seg.active].sort()).toEqual(expected.sort());
          at = seg.end;
        }
        expect(at).toBe(length);
      }),
      { seed: 42, numRuns: 400 },
    );
  });
});

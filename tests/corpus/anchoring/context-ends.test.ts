import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { patternEndErrors, patternStartErrors } from '../../../corpus/anchoring/context-ends';
import { contextPlaces } from '../../../corpus/anchoring/context-places';
import { anchoredDistance, editDistance, editDistanceAtMost } from '../../../corpus/anchoring/text-similarity';

const reverse = (s: string): string => s.split('').reverse().join('');
// A small alphabet makes near matches (the interesting case) frequent.
const word = (min: number, max: number) =>
  fc.array(fc.constantFrom('经', '济', '万', '元', '、', '7', '3'), { minLength: min, maxLength: max }).map((c) => c.join(''));

describe('patternEndErrors / patternStartErrors (Myers, one word)', () => {
  it('equal anchoredDistance at every offset, both directions', () => {
    fc.assert(
      fc.property(word(1, 32), word(0, 80), (pattern, text) => {
        const ends = patternEndErrors(text, pattern, 0, text.length);
        const starts = patternStartErrors(text, pattern, 0, text.length);
        for (let j = 0; j <= text.length; j++) {
          expect(ends[j]).toBe(anchoredDistance(pattern, text.slice(0, j)));
          expect(starts[j]).toBe(anchoredDistance(reverse(pattern), reverse(text.slice(j))));
        }
      }),
      { seed: 14, numRuns: 300 },
    );
  });

  it('a span in the middle of a text gives the same values as the whole scan', () => {
    fc.assert(
      fc.property(word(1, 32), word(40, 200), fc.nat(), (pattern, text, k) => {
        const from = k % (text.length - 10);
        const whole = patternEndErrors(text, pattern, 0, text.length);
        expect([...patternEndErrors(text, pattern, from, from + 10)]).toEqual([...whole.slice(from, from + 11)]);
      }),
      { seed: 15, numRuns: 200 },
    );
  });

  it('refuses a pattern longer than a machine word', () => {
    expect(() => patternEndErrors('x', 'a'.repeat(33), 0, 1)).toThrow(RangeError);
  });
});

describe('editDistanceAtMost', () => {
  it('is the edit distance when within the cap, else cap + 1', () => {
    fc.assert(
      fc.property(word(0, 30), word(0, 30), fc.integer({ min: 0, max: 12 }), (a, b, cap) => {
        const d = editDistance(a, b);
        expect(editDistanceAtMost(a, b, cap)).toBe(d <= cap ? d : cap + 1);
      }),
      { seed: 16, numRuns: 500 },
    );
  });
});

describe('contextPlaces', () => {
  const prefix = '2019年至2021年,青山湖区科技支出分别为7263万元、7364万元、7398';
  const suffix = ';争取省、市科技专项资金分别为616.98万元、1826.38万元';
  it.each([
    ['the quote intact: its own place, cost 0', `${prefix}万元${suffix}`, { start: prefix.length, end: prefix.length + 2, cost: 0 }],
    ['the unit corrected: the place holds 亿元, cost 1', `${prefix}亿元${suffix}`, { start: prefix.length, end: prefix.length + 2, cost: 1 }],
    ['the quote deleted: an empty place, cost = quote length', `${prefix}${suffix}`, { start: prefix.length, end: prefix.length, cost: 2 }],
  ])('%s', (_name, text, expected) => {
    const p32 = prefix.slice(-32);
    const s32 = suffix.slice(0, 32);
    const places = contextPlaces(text, '万元', p32, s32, [{ from: 0, to: text.length }], 4);
    expect(places[0]).toEqual(expected);
  });
});

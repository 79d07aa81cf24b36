import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, resolveAnchor } from '../../../corpus/anchoring';
import { contentHash } from '../../../corpus/model';
import { seedText, targetAt } from './fixtures';

/**
 * Properties over random edits of the seed articles. An edit is an insertion, deletion or
 * replacement at a position in the original text; edits never overlap, and are applied from the
 * end so that every position refers to the original text.
 */
interface Edit {
  readonly at: number;
  readonly remove: number;
  readonly insert: string;
}

const seeds = ([0, 1, 2, 3, 4] as const).map((n) => seedText(n));
// Inserted characters come from the articles themselves (plus a block separator): edits look like
// real revisions, and can create near-copies of nearby text, the hard case.
const pool = [...new Set(seeds.join(''))];
const char = fc.constantFrom(...pool);

function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.at - a.at)) out = out.slice(0, e.at) + e.insert + out.slice(e.at + e.remove);
  return out;
}

/** Keep the edits that do not overlap an earlier kept one (a deletion and an insertion at one spot overlap). */
function disjoint(edits: readonly Edit[]): Edit[] {
  const kept: Edit[] = [];
  for (const e of edits) {
    const clash = kept.some((k) => e.at < k.at + Math.max(k.remove, 1) && k.at < e.at + Math.max(e.remove, 1));
    if (!clash) kept.push(e);
  }
  return kept;
}

/** Where original offset `x` lands after the edits (edits at `x` itself shift it only if they lie before it). */
function mapOffset(x: number, edits: readonly Edit[], bias: 'before' | 'after'): number {
  let shift = 0;
  for (const e of edits) {
    if (e.at + e.remove < x || (e.at + e.remove === x && (e.remove > 0 || bias === 'after'))) shift += e.insert.length - e.remove;
  }
  return x + shift;
}

const edit = (at: fc.Arbitrary<number>): fc.Arbitrary<Edit> =>
  fc.oneof(
    fc.record({ at, remove: fc.constant(0), insert: fc.array(char, { minLength: 1, maxLength: 5 }).map((c) => c.join('')) }),
    fc.record({ at, remove: fc.integer({ min: 1, max: 5 }), insert: fc.constant('') }),
    fc.record({ at, remove: fc.integer({ min: 1, max: 3 }), insert: fc.array(char, { minLength: 1, maxLength: 3 }).map((c) => c.join('')) }),
  );

const quoteOn = (minLength: number, maxLength: number) =>
  fc
    .record({
      seed: fc.integer({ min: 0, max: seeds.length - 1 }),
      length: fc.integer({ min: minLength, max: maxLength }),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .map(({ seed, length, at }) => {
      const text = seeds[seed] ?? '';
      const start = Math.floor(at * (text.length - length));
      // `text` is not enumerable, so a counterexample prints as { seed, start, end, quote }.
      const q = { seed, start, end: start + length, quote: text.slice(start, start + length) };
      return Object.defineProperty(q, 'text', { value: text, enumerable: false }) as typeof q & { readonly text: string };
    });

const NUM_RUNS = 300;

describe('resolveAnchor properties (fast-check, seeded)', () => {
  it('random edits outside the quote: 100% re-anchored to the same text at its new place', () => {
    const scenario = quoteOn(1, 120).chain((q) => {
      // Outside: a removal ends by the quote start or begins at/after its end; an insertion sits at or beyond its ends.
      const before = edit(fc.integer({ min: 0, max: q.start })).map((e) => ({ ...e, remove: Math.min(e.remove, q.start - e.at) }));
      const after = edit(fc.integer({ min: q.end, max: q.text.length })).map((e) => ({ ...e, remove: Math.min(e.remove, q.text.length - e.at) }));
      const real = (e: Edit): boolean => e.remove > 0 || e.insert.length > 0;
      return fc.record({ q: fc.constant(q), edits: fc.array(fc.oneof(before, after).filter(real), { minLength: 1, maxLength: 6 }).map(disjoint) });
    });
    let anchored = 0;
    let runs = 0;
    let changed = 0;
    fc.assert(
      fc.property(scenario, ({ q, edits }) => {
        runs++;
        const edited = applyEdits(q.text, edits);
        if (edited !== q.text) changed++;
        const quote = q.text.slice(q.start, q.end);
        const start = mapOffset(q.start, edits, 'after');
        const result = resolveAnchor(edited, contentHash(edited), targetAt(q.text, q.start, q.end));
        expect(result.status, `quote ${JSON.stringify(quote)}`).not.toBe('orphan');
        if (result.status === 'orphan') return;
        expect(edited.slice(result.start, result.end)).toBe(quote);
        expect(result.start).toBe(start);
        anchored++;
      }),
      { seed: 20240501, numRuns: NUM_RUNS },
    );
    console.info(
      `anchoring property — edits outside the quote: ${anchored}/${runs} re-anchored (${((100 * anchored) / runs).toFixed(1)}%); text changed in ${changed}`,
    );
    expect(anchored).toBe(runs);
    expect(changed).toBeGreaterThan(0.95 * runs);
  });

  it('random small edits inside the quote (≤10% of its length): ≥99% re-anchored, never to wrong text', () => {
    const inside = quoteOn(10, 150).chain((q) => {
      const length = q.end - q.start;
      const oneCharEdit = fc.oneof(
        fc.record({ at: fc.integer({ min: q.start + 1, max: q.end - 1 }), remove: fc.constant(0), insert: char.map(String) }),
        fc.record({ at: fc.integer({ min: q.start, max: q.end - 1 }), remove: fc.constant(1), insert: fc.constant('') }),
        fc.record({ at: fc.integer({ min: q.start, max: q.end - 1 }), remove: fc.constant(1), insert: char.map(String) }),
      );
      return fc.record({ q: fc.constant(q), edits: fc.array(oneCharEdit, { minLength: 1, maxLength: Math.floor(length / 10) }).map(disjoint) });
    });
    const tally = { runs: 0, anchored: 0, orphans: 0, wrong: 0 };
    fc.assert(
      fc.property(inside, ({ q, edits }) => {
        tally.runs++;
        const edited = applyEdits(q.text, edits);
        const quote = q.text.slice(q.start, q.end);
        // Where the quote is now: its ends mapped through the edits.
        const expected = { start: mapOffset(q.start, edits, 'after'), end: mapOffset(q.end, edits, 'before') };
        const result = resolveAnchor(edited, contentHash(edited), targetAt(q.text, q.start, q.end));
        if (result.status === 'orphan') {
          tally.orphans++;
          return;
        }
        // Wrong text = the range misses most of where the edited quote now is, or reads unlike the quote.
        const found = edited.slice(result.start, result.end);
        const overlap = Math.min(result.end, expected.end) - Math.max(result.start, expected.start);
        const sameSpot = overlap >= 0.8 * Math.max(result.end - result.start, expected.end - expected.start);
        const similarEnough = 1 - editDistance(found, quote) / quote.length >= 0.75;
        if (!sameSpot || !similarEnough) {
          tally.wrong++;
          expect.fail(`wrong text: ${JSON.stringify(found)} at ${result.start} for ${JSON.stringify(quote)} expected at ${expected.start}`);
        }
        tally.anchored++;
      }),
      { seed: 20240502, numRuns: NUM_RUNS },
    );
    const rate = tally.anchored / tally.runs;
    console.info(
      `anchoring property — small edits inside the quote: ${tally.anchored}/${tally.runs} re-anchored (${(100 * rate).toFixed(1)}%), ${tally.orphans} orphaned, ${tally.wrong} wrong`,
    );
    expect(tally.wrong).toBe(0);
    expect(rate).toBeGreaterThanOrEqual(0.99);
  });

  it('quote replaced by other text: orphaned, or attached only to an exact copy that survives elsewhere', () => {
    const replaced = quoteOn(2, 80).chain((q) =>
      fc.record({ q: fc.constant(q), insert: fc.array(char, { minLength: q.end - q.start, maxLength: q.end - q.start }).map((c) => c.join('')) }),
    );
    const tally = { runs: 0, orphans: 0, copies: 0 };
    fc.assert(
      fc.property(replaced, ({ q, insert }) => {
        const quote = q.text.slice(q.start, q.end);
        fc.pre(editDistance(insert, quote) > quote.length / 2);
        tally.runs++;
        const edited = applyEdits(q.text, [{ at: q.start, remove: quote.length, insert }]);
        const result = resolveAnchor(edited, contentHash(edited), targetAt(q.text, q.start, q.end));
        if (result.status === 'orphan') {
          tally.orphans++;
          return;
        }
        // The only acceptable attachment: the very same words, still present elsewhere (a long quote).
        expect(edited.slice(result.start, result.end)).toBe(quote);
        expect(quote.length).toBeGreaterThanOrEqual(8);
        tally.copies++;
      }),
      { seed: 20240503, numRuns: NUM_RUNS },
    );
    console.info(
      `anchoring property — quote replaced: ${tally.orphans}/${tally.runs} orphaned, ${tally.copies} attached to a surviving exact copy, 0 to other text`,
    );
  });
});

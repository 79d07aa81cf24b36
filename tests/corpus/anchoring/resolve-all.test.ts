import { describe, expect, it } from 'vitest';
import { resolveAll, type AnchorResult } from '../../../corpus/anchoring';
import { contentHash } from '../../../corpus/model';
import { longText, targetAt } from './fixtures';

/** Deterministic pseudo-random numbers (mulberry32), so the 1,000 highlights are the same every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const text = longText(17_000);
const next = random(7);
const targets = Array.from({ length: 1000 }, () => {
  const length = 2 + Math.floor(next() * 60);
  const start = Math.floor(next() * (text.length - length));
  return targetAt(text, start, start + length);
});

function timed(label: string, run: () => AnchorResult[]): AnchorResult[] {
  run(); // warm up the JIT once, then measure the second run
  const t0 = performance.now();
  const results = run();
  const ms = performance.now() - t0;
  const counts = results.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.status]: (acc[r.status] ?? 0) + 1 }), {});
  console.info(`resolveAll, 1,000 highlights on ${text.length} chars, ${label}: ${ms.toFixed(1)} ms ${JSON.stringify(counts)}`);
  return results;
}

describe('resolveAll (timings printed, not asserted)', () => {
  it('hash matches: every highlight by position', () => {
    const results = timed('hash matches', () => resolveAll(text, contentHash(text), targets));
    expect(results.every((r) => r.status === 'exact-position')).toBe(true);
  });

  it('one character added at the top: every highlight by exact quote, at the shifted offset', () => {
    const edited = `。${text}`;
    const results = timed('text shifted by one', () => resolveAll(edited, contentHash(edited), targets));
    results.forEach((r, i) => {
      const stored = targets[i]?.selector[1];
      expect(r.status === 'orphan' ? 'orphan' : edited.slice(r.start, r.end)).toBe(targets[i]?.selector[0].exact);
      expect(r.status !== 'orphan' && r.start).toBe((stored?.start ?? 0) + 1);
    });
  });

  it('punctuation normalized throughout: quotes with commas found fuzzily, none on wrong text', () => {
    const edited = text.replaceAll(',', '，').replaceAll(';', '；').replaceAll('?', '？');
    const results = timed('punctuation normalized', () => resolveAll(edited, contentHash(edited), targets));
    results.forEach((r, i) => {
      const stored = targets[i]?.selector[1];
      if (r.status === 'orphan') return;
      // Normalization keeps lengths, so every anchored range must be exactly the old one.
      expect([r.start, r.end]).toEqual([stored?.start, stored?.end]);
    });
    const orphans = results.filter((r) => r.status === 'orphan').length;
    expect(orphans).toBeLessThan(results.length / 100);
  });
});

import { describe, expect, it } from 'vitest';
import { loadBundledArticles } from '../../../build/corpus-files';
import { totalCounts } from '../../../build/corpus-report';
import type { Block } from '../../../corpus/model';
import { measureCounts } from '../../../corpus/normalize';
import { hanAndDigits } from '../../../corpus/normalize/chars';

const outputs = loadBundledArticles();

/** Sorted characters: a multiset we can compare. */
const multiset = (s: string): string => Array.from(s).sort().join('');

describe('the five seeds after cleaning', () => {
  it('are five', () => {
    expect(outputs.map((o) => o.article.id)).toHaveLength(5);
  });

  it.each(outputs.map((o) => [o.article.id, o] as const))('%s meets every count', (_id, o) => {
    const c = o.diagnostics.counts;
    expect({
      halfWidth: c.halfWidthNearHan,
      spaces: c.spacesBetweenHan,
      unterminated: c.unterminatedParagraphs,
      missingHeadings: c.sourceHashHeadings - c.hashHeadingsPresent,
    }).toEqual({ halfWidth: 0, spaces: 0, unterminated: 0, missingHeadings: 0 });
  });

  it('totals: 0, 0, 0 and all 8 source # headings present', () => {
    const t = totalCounts(outputs);
    expect([t.halfWidthNearHan, t.spacesBetweenHan, t.unterminatedParagraphs]).toEqual([0, 0, 0]);
    expect([t.hashHeadingsPresent, t.sourceHashHeadings]).toEqual([8, 8]);
  });

  it('the counts do detect problems in the raw text (one paragraph per raw line)', () => {
    const raw = outputs.flatMap((o) =>
      o.article.original
        .split('\n')
        .filter((l) => l.trim() && !l.startsWith('#'))
        .map((text, i): Block => ({ id: `r${i}`, kind: 'paragraph', text, source: { startLine: i, endLine: i } })),
    );
    const c = measureCounts(raw, '');
    expect(c.halfWidthNearHan).toBeGreaterThan(100);
    expect(c.spacesBetweenHan).toBeGreaterThan(10);
    expect(c.unterminatedParagraphs).toBeGreaterThan(10);
  });

  it.each(outputs.map((o) => [o.article.id, o] as const))('%s loses no Han character or digit except in reported removals', (_id, o) => {
    const removed = o.diagnostics.entries
      .filter((e) => e.action === 'removal')
      .map((e) => hanAndDigits(e.before))
      .join('');
    // `and` → `和` is the one change that adds a character.
    const added = o.diagnostics.entries
      .filter((e) => e.kind === 'ocr-word')
      .map(() => '和')
      .join('');
    const input = multiset(hanAndDigits(o.article.original));
    const output = multiset(hanAndDigits(o.article.blocks.map((b) => b.text).join('')) + removed);
    expect(output).toBe(multiset(input + added));
  });
});

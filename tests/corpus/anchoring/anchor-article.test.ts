import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorArticle, resolveAnchor, type AnchorTarget } from '../../../corpus/anchoring';
import { articleText, contentHash, type Block } from '../../../corpus/model';
import { indexOfNth, seedText, targetFor } from './fixtures';

interface Note {
  readonly id: string;
  readonly target: AnchorTarget;
}

function article(paragraphs: readonly string[]): { blocks: Block[]; contentHash: string } {
  const blocks: Block[] = paragraphs.map((text, i) => ({ id: `b${i + 1}`, kind: 'paragraph', text, source: { startLine: i + 1, endLine: i + 1 } }));
  return { blocks, contentHash: contentHash(articleText(blocks)) };
}

const ORIGINAL = [
  '赣江新区全年实现地区生产总值1188亿元，同比增长8.9%。',
  '数字经济核心产业营收增长12%，招商引资到位资金再创新高。',
  '下一步将继续深化改革，扩大对外开放。',
];
const original = article(ORIGINAL);
const text = articleText(original.blocks);
const note = (id: string, needle: string, nth = 0): Note => ({ id, target: targetFor(text, needle, nth) });

describe('anchorArticle', () => {
  const notes = [note('late', '扩大对外开放'), note('outer', '数字经济核心产业营收'), note('inner', '核心产业'), note('first', '地区生产总值')];

  it.each([
    {
      name: 'unchanged text: every note by position, in reading order (outer before inner)',
      paragraphs: ORIGINAL,
      anchored: [
        ['first', 'exact-position'],
        ['outer', 'exact-position'],
        ['inner', 'exact-position'],
        ['late', 'exact-position'],
      ],
      orphans: [],
    },
    {
      name: 'a paragraph added on top: every note by quote at the shifted place',
      paragraphs: ['新增的导语段落。', ...ORIGINAL],
      anchored: [
        ['first', 'quote'],
        ['outer', 'quote'],
        ['inner', 'quote'],
        ['late', 'quote'],
      ],
      orphans: [],
    },
    {
      name: 'the last paragraph removed: its note is an orphan with its reason, the others stay',
      paragraphs: ORIGINAL.slice(0, 2),
      anchored: [
        ['first', 'quote'],
        ['outer', 'quote'],
        ['inner', 'quote'],
      ],
      orphans: [['late', 'not-found']],
    },
    {
      name: 'a number corrected inside the quoted words: fuzzy, and still in place',
      paragraphs: [ORIGINAL[0]!.replace('地区生产总值', '地区生产总量'), ...ORIGINAL.slice(1)],
      anchored: [
        ['first', 'fuzzy'],
        ['outer', 'quote'],
        ['inner', 'quote'],
        ['late', 'quote'],
      ],
      orphans: [],
    },
  ])('$name', ({ paragraphs, anchored, orphans }) => {
    const current = article(paragraphs);
    const result = anchorArticle(current, notes);
    expect(result.text).toBe(articleText(current.blocks));
    expect(result.anchored.map((a) => [a.annotation.id, a.status])).toEqual(anchored);
    expect(result.orphans.map((o) => [o.annotation.id, o.reason])).toEqual(orphans);
    for (const a of result.anchored) {
      const quote = a.annotation.target.selector[0].exact;
      if (a.status !== 'fuzzy') expect(result.text.slice(a.start, a.end)).toBe(quote);
      expect(a.score).toBeGreaterThan(0);
    }
  });

  it('keeps each orphan’s candidates (what the reader panel offers to re-attach)', () => {
    const current = article([ORIGINAL[0]!, '数字经济营收增长12%。', ORIGINAL[2]!]);
    const { orphans } = anchorArticle(current, [note('outer', '数字经济核心产业营收')]);
    const expected = resolveAnchor(articleText(current.blocks), current.contentHash, notes[1]!.target);
    expect(expected.status).toBe('orphan');
    expect(orphans).toHaveLength(1);
    expect(orphans[0]!.candidates).toEqual(expected.status === 'orphan' ? expected.candidates : []);
  });

  it('no annotations: nothing anchored, nothing orphaned, the text still given', () => {
    expect(anchorArticle(original, [])).toEqual({ text, anchored: [], orphans: [] });
  });

  it('uses the text it is given instead of joining the blocks again', () => {
    const result = anchorArticle({ blocks: [], contentHash: original.contentHash }, [notes[0]!], text);
    expect(result.anchored.map((a) => a.annotation.id)).toEqual(['late']);
  });
});

/** The old per-call assembly (reader, notebook, export each did this): resolve one by one, split, sort. */
function oldAssembly(paragraphs: readonly string[], list: readonly Note[]) {
  const current = article(paragraphs);
  const body = articleText(current.blocks);
  const anchored: { id: string; start: number; end: number; status: string; score: number }[] = [];
  const orphans: { id: string; reason: string; candidates: unknown; score: number | undefined }[] = [];
  for (const n of list) {
    const r = resolveAnchor(body, current.contentHash, n.target);
    if (r.status === 'orphan') orphans.push({ id: n.id, reason: r.reason, candidates: r.candidates, score: r.score });
    else anchored.push({ id: n.id, start: r.start, end: r.end, status: r.status, score: r.score });
  }
  anchored.sort((x, y) => x.start - y.start || y.end - x.end);
  return { anchored, orphans };
}

describe('anchorArticle agrees with resolving one by one (fast-check)', () => {
  const seed = seedText(1)
    .split('\n')
    .filter((p) => p.length > 20)
    .slice(0, 12);
  const seedBody = seed.join('\n');

  /** Spans of the seed text, and an edit: paragraphs dropped, inserted, swapped, or a run of units deleted. */
  const trial = fc.record({
    spans: fc.array(fc.record({ start: fc.nat({ max: seedBody.length - 2 }), length: fc.integer({ min: 1, max: 40 }) }), { minLength: 0, maxLength: 25 }),
    edit: fc.oneof(
      fc.constant({ kind: 'none' as const }),
      fc.record({ kind: fc.constant('drop' as const), at: fc.nat({ max: seed.length - 1 }) }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat({ max: seed.length }), text: fc.string({ minLength: 1, maxLength: 30 }) }),
      fc.record({ kind: fc.constant('swap' as const), at: fc.nat({ max: seed.length - 2 }) }),
      fc.record({
        kind: fc.constant('cut' as const),
        para: fc.nat({ max: seed.length - 1 }),
        from: fc.nat({ max: 20 }),
        length: fc.integer({ min: 1, max: 12 }),
      }),
    ),
  });

  type Edit = Parameters<Parameters<typeof trial.map>[0]>[0]['edit'];

  function edited(edit: Edit): string[] {
    const ps = [...seed];
    switch (edit.kind) {
      case 'drop':
        ps.splice(edit.at, 1);
        break;
      case 'insert':
        ps.splice(edit.at, 0, edit.text);
        break;
      case 'swap':
        [ps[edit.at], ps[edit.at + 1]] = [ps[edit.at + 1]!, ps[edit.at]!];
        break;
      case 'cut': {
        const p = ps[edit.para]!;
        ps[edit.para] = p.slice(0, edit.from) + p.slice(edit.from + edit.length);
        break;
      }
      case 'none':
        break;
    }
    return ps;
  }

  it('same anchors, statuses, scores, orphan reasons and candidates; reading order; orphans in input order', () => {
    fc.assert(
      fc.property(trial, ({ spans, edit }) => {
        const list: Note[] = spans
          .map(({ start, length }, i) => ({ start, end: Math.min(seedBody.length, start + length), i }))
          .filter(({ start, end }) => seedBody.slice(start, end).trim() !== '')
          .map(({ start, end, i }) => ({ id: `n${i}`, target: targetFor(seedBody, seedBody.slice(start, end), occurrence(seedBody, start, end)) }));
        const paragraphs = edited(edit);
        const want = oldAssembly(paragraphs, list);
        const got = anchorArticle(article(paragraphs), list);
        expect(got.anchored.map((a) => ({ id: a.annotation.id, start: a.start, end: a.end, status: a.status, score: a.score }))).toEqual(want.anchored);
        expect(got.orphans.map((o) => ({ id: o.annotation.id, reason: o.reason, candidates: o.candidates, score: o.score }))).toEqual(want.orphans);
      }),
      { seed: 15_002, numRuns: 150 },
    );
  });
});

/** Which occurrence of its own text a span is (so `targetFor` describes exactly that span). */
function occurrence(body: string, start: number, end: number): number {
  const needle = body.slice(start, end);
  let n = 0;
  while (indexOfNth(body, needle, n) !== start) n++;
  return n;
}

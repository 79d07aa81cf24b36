import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBundledArticles } from '../../../build/corpus-files';
import { extractFigures } from '../../../corpus/figures';
import { articleText, contentHash, type Article, type Block, type BlockKind } from '../../../corpus/model';

function article(blocks: readonly (readonly [BlockKind, string])[], places: readonly string[] = []): Article {
  const built: Block[] = blocks.map(([kind, text], i) => ({ id: `b${i + 1}`, kind, text, source: { startLine: i + 1, endLine: i + 1 } }));
  const text = articleText(built);
  return {
    id: 'demo',
    origin: 'imported',
    meta: { title: 'demo', authors: [], places },
    blocks: built,
    contentHash: contentHash(text),
    wordCount: text.length,
    original: text,
    fileName: 'demo.txt',
  };
}

const demo = article(
  [
    ['paragraph', '导语：2024年，新区规上工业增加值同比增长10.8%。'],
    ['byline', '记者 3人'],
    ['heading', '产业焕新'],
    ['paragraph', '新区用24项重点改革，闯关突围。全年新区年度24项重点改革落地，吸引50多所高校加盟。'],
    ['heading', '城市日新'],
    ['paragraph', '12条“断头路”被打通。'],
  ],
  ['赣江新区'],
);

describe('extractFigures', () => {
  const figures = extractFigures(demo);
  const byRaw = (raw: string, n = 1) => figures.filter((f) => f.raw === raw)[n - 1];

  it('finds the figures in reading order and skips bylines', () => {
    expect(figures.map((f) => f.raw)).toEqual(['10.8%', '24项', '24项', '50多所', '12条']);
  });

  it.each([
    ['offset-free ids count same-text figures', () => [byRaw('24项', 1)?.id, byRaw('24项', 2)?.id], ['demo:24项:1', 'demo:24项:2']],
    ['the section is the nearest heading before', () => figures.map((f) => f.section), [undefined, '产业焕新', '产业焕新', '产业焕新', '城市日新']],
    ['the year comes from the sentence', () => [byRaw('10.8%')?.year, byRaw('24项')?.year], [2024, undefined]],
    ['the sentence is cut at 。', () => byRaw('24项', 2)?.sentence, '全年新区年度24项重点改革落地，吸引50多所高校加盟。'],
    ['metric and change', () => [byRaw('10.8%')?.metric, byRaw('10.8%')?.change, byRaw('24项')?.metric], ['规上工业增加值', 'increase', '重点改革']],
    ['the block id', () => figures.map((f) => f.blockId), ['b1', 'b4', 'b4', 'b4', 'b6']],
    ['places are carried for filtering', () => byRaw('12条')?.places, ['赣江新区']],
  ] as const)('%s', (_name, actual, expected) => {
    expect(actual()).toEqual(expected);
  });

  it('offsets point at the raw text in the clean text', () => {
    const text = articleText(demo.blocks);
    for (const f of figures) expect(text.slice(f.start, f.end)).toBe(f.raw);
  });

  it('holds on every seed article: offsets, sentence, unique ids', () => {
    for (const { article: a } of loadBundledArticles()) {
      const text = articleText(a.blocks);
      const found = extractFigures(a);
      expect(found.length, a.id).toBeGreaterThan(0);
      for (const f of found) {
        expect(text.slice(f.start, f.end), f.id).toBe(f.raw);
        expect(f.sentence.includes(f.raw), f.id).toBe(true);
        expect(Number.isFinite(f.value), f.id).toBe(true);
      }
      expect(new Set(found.map((f) => f.id)).size).toBe(found.length);
    }
  });

  it('property: offsets and ids hold for any mix of figures and filler text', () => {
    const piece = fc.constantFrom(
      '增长10.8%',
      '1188亿元',
      '24项',
      '三成',
      '2024年',
      '第十八个',
      '“1+5+2”',
      '10%-15%',
      '，',
      '。',
      '新区',
      '近亿元',
      '１２家',
      ' ',
      '万物',
    );
    const blockText = fc.array(piece, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));
    const kinds = fc.constantFrom<BlockKind>('paragraph', 'heading', 'caption');
    fc.assert(
      fc.property(fc.array(fc.tuple(kinds, blockText), { minLength: 1, maxLength: 6 }), (blocks) => {
        const a = article(blocks);
        const text = articleText(a.blocks);
        const found = extractFigures(a);
        for (const f of found) if (text.slice(f.start, f.end) !== f.raw) return false;
        return new Set(found.map((f) => f.id)).size === found.length;
      }),
    );
  });
});

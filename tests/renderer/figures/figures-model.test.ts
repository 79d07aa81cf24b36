import { describe, expect, it } from 'vitest';
import { articleText, contentHash, type Article, type Block } from '../../../corpus/model';
import { newAnnotation } from '../../../renderer/store/new-annotation';
import {
  figuresOf,
  highlightedSpans,
  isHighlighted,
  placeCounts,
  queryFigures,
  sentenceSnippet,
  unitCounts,
  type FiguresQuery,
} from '../../../renderer/features/figures/figures-model';

function article(id: string, texts: readonly string[], places: readonly string[]): Article {
  const blocks: Block[] = texts.map((text, i) => ({
    id: `b${i + 1}`,
    kind: i === 0 ? 'heading' : 'paragraph',
    text,
    source: { startLine: i + 1, endLine: i + 1 },
  }));
  return {
    id,
    origin: 'bundled',
    meta: { title: id, authors: [], places },
    blocks,
    contentHash: contentHash(articleText(blocks)),
    wordCount: 0,
    original: '',
    fileName: id,
  };
}

// Library order deliberately differs from id order.
const Z = article('z-first', ['经济运行', '全年实现地区生产总值1188亿元，同比增长8.5%。', '新增企业320家。'], ['赣江新区', '江西']);
const A = article('a-second', ['项目建设', '完成投资600万元，带动就业1.2万人。', '南昌市新增企业45家。'], ['南昌', '江西']);
const library = [Z, A];
const raws = (q: Partial<FiguresQuery>) => queryFigures(library, { sort: 'article', unit: '', place: '', articleId: '', ...q }).map((f) => f.raw);

describe('queryFigures', () => {
  it.each<[string, Partial<FiguresQuery>, string[]]>([
    ['article order is library order, then text order', {}, ['1188亿元', '8.5%', '320家', '600万元', '1.2万人', '45家']],
    ['one unit', { unit: '家' }, ['320家', '45家']],
    ['a place from the metadata', { place: '南昌' }, ['600万元', '1.2万人', '45家']],
    ['a place shared by both', { place: '江西' }, ['1188亿元', '8.5%', '320家', '600万元', '1.2万人', '45家']],
    ['one article', { articleId: 'a-second' }, ['600万元', '1.2万人', '45家']],
    ['unit and place together', { unit: '家', place: '赣江新区' }, ['320家']],
    ['value order: largest first within a base unit', { sort: 'value', unit: '家' }, ['320家', '45家']],
  ])('%s', (_name, query, expected) => {
    expect(raws(query)).toEqual(expected);
  });

  it('value order puts 亿元 above 万元 (same base unit)', () => {
    const money = queryFigures(library, { sort: 'value', unit: '', place: '', articleId: '' }).filter((f) => f.baseUnit === '元');
    expect(money.map((f) => f.raw)).toEqual(['1188亿元', '600万元']);
  });

  it('memoizes per article object', () => {
    expect(figuresOf(Z)).toBe(figuresOf(Z));
  });
});

describe('counts', () => {
  it('counts units and places, most frequent first', () => {
    expect(unitCounts(library.flatMap((a) => figuresOf(a)))[0]).toEqual({ name: '家', count: 2 });
    expect(placeCounts(library)[0]).toEqual({ name: '江西', count: 2 });
    expect(placeCounts(library)).toHaveLength(3);
  });
});

describe('highlighted figures', () => {
  it('knows a figure is highlighted once a highlight covers exactly its text', () => {
    const figure = figuresOf(Z)[0]!;
    expect(isHighlighted(highlightedSpans([]), figure)).toBe(false);
    const a = newAnnotation(Z, figure.start, figure.end, 'green', new Date(0), 'x');
    expect(a.target.selector[0].exact).toBe('1188亿元');
    expect(isHighlighted(highlightedSpans([a]), figure)).toBe(true);
    expect(isHighlighted(highlightedSpans([a]), figuresOf(Z)[1]!)).toBe(false);
  });
});

describe('sentenceSnippet', () => {
  const long = `${'前'.repeat(100)}1188亿元${'后'.repeat(100)}`;
  it.each([
    ['short sentence kept whole', '全年1188亿元。', '1188亿元', 90, { before: '全年', figure: '1188亿元', after: '。' }],
    ['long sentence cut on both sides', long, '1188亿元', 20, { before: `…${'前'.repeat(6)}`, figure: '1188亿元', after: `${'后'.repeat(6)}…` }],
    [
      'figure at the start gives the room to the right',
      `1188亿元${'后'.repeat(100)}`,
      '1188亿元',
      20,
      { before: '', figure: '1188亿元', after: `${'后'.repeat(13)}…` },
    ],
    ['figure not found', '别的句子', '1188亿元', 90, { before: '别的句子', figure: '', after: '' }],
  ])('%s', (_name, sentence, raw, max, expected) => {
    const s = sentenceSnippet(sentence, raw, max);
    expect(s).toEqual(expected);
    expect((s.before + s.figure + s.after).length).toBeLessThanOrEqual(Math.max(max, sentence.length <= max ? sentence.length : max));
  });
});

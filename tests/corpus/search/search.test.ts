import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildIndex,
  addToIndex,
  findOccurrences,
  loadIndex,
  search,
  serializeIndex,
  SEARCH_INDEX_VERSION,
  NGRAM_ENGINE,
  type SearchDoc,
  type SearchEngine,
} from '../../../corpus/search';
import { LUNR_ENGINE } from '../../../corpus/search/lunr-engine';
import { FLEXSEARCH_ENGINE } from '../../../build/bench/flexsearch-engine';

let n = 0;
function doc(articleId: string, title: string, blocks: [kind: 'heading' | 'paragraph', text: string][]): SearchDoc {
  return {
    articleId,
    title,
    contentHash: `hash-${articleId}-${n++}`,
    blocks: blocks.map(([kind, text], i) => ({ id: `b${i + 1}`, kind, text })),
  };
}

const DOCS: SearchDoc[] = [
  doc('heading', '营商环境专题', [
    ['heading', '营商环境专题'],
    ['paragraph', '本文谈营商环境。'],
  ]),
  doc('frequent', '年度报告', [
    ['heading', '年度报告'],
    ['paragraph', '营商环境好，营商环境优，营商环境强，营商环境稳。'],
    ['paragraph', '地区生产总值达1188亿元，增长10.8%，GDP领先。'],
  ]),
  doc('scattered', '数字产业', [
    ['heading', '数字产业'],
    ['paragraph', '数字化转型加快，经济运行平稳，数字产品丰富，经济结构优化。'],
  ]),
  doc('phrase', '新经济', [
    ['heading', '新经济'],
    ['paragraph', '发展数字经济是关键。'],
  ]),
  doc('fullwidth', 'Ｌａｔｉｎ', [
    ['heading', 'Ｌａｔｉｎ'],
    ['paragraph', '产品型号ABC123，支持5G与AI，New Area 项目。'],
  ]),
];

const ENGINES: [string, SearchEngine][] = [NGRAM_ENGINE, LUNR_ENGINE, FLEXSEARCH_ENGINE].map((e) => [e.name, e]);
const ids = (hits: { articleId: string }[]): string[] => hits.map((h) => h.articleId);

describe.each(ENGINES)('search (%s engine)', (_name, engine) => {
  const index = buildIndex(DOCS, { engine });

  it.each([
    ['exact Chinese', '营商环境', ['heading', 'frequent']],
    ['single character', '稳', ['frequent', 'scattered']],
    ['number', '1188', ['frequent']],
    ['number substring', '188', ['frequent']],
    ['percent', '10.8%', ['frequent']],
    ['decimal tail', '.8%', ['frequent']],
    ['Latin substring', 'DP', ['frequent']],
    ['NFKC query finds ASCII text', 'ＡＢＣ１２３', ['fullwidth']],
    ['ASCII query finds full-width title', 'latin', ['fullwidth']],
    ['case-insensitive', 'gdp', ['frequent']],
    ['AND', '数字 经济', ['phrase', 'scattered']],
    ['phrase', '"数字经济"', ['phrase']],
    ['Latin phrase with space', '"new area"', ['fullwidth']],
    ['exclude', '营商环境 -专题', ['frequent']],
    ['nowhere', '量子纠缠', []],
    ['bigrams present but not adjacent (no false positive)', '环境营商', []],
  ])('%s: %s', (_name, query, expected) => {
    expect(ids(search(index, query))).toEqual(expected);
  });

  it('ranks title/heading hits first, then term frequency', () => {
    const hits = search(index, '营商环境');
    expect(hits.map((h) => [h.articleId, h.headingHit, h.hitCount])).toEqual([
      ['heading', true, 2],
      ['frequent', false, 4],
    ]);
  });

  it('ranks an exact phrase above scattered terms even with fewer occurrences', () => {
    const [first, second] = search(index, '数字 经济');
    expect(first).toMatchObject({ articleId: 'phrase', phraseHit: true, hitCount: 3 });
    // Both have one term in a heading (数字产业 / 新经济), so the phrase decides.
    expect(second).toMatchObject({ articleId: 'scattered', phraseHit: false, hitCount: 5 });
  });

  it('reports the blocks to jump to and a snippet with marked ranges in block text', () => {
    const [hit] = search(index, '1188');
    expect(hit?.blocks).toEqual([{ blockId: 'b3', ranges: [{ start: 7, end: 11 }] }]);
    const s = hit?.snippet;
    expect(s?.blockId).toBe('b3');
    const blockText = DOCS[1]!.blocks[2]!.text;
    expect(blockText.slice(s!.ranges[0]!.start, s!.ranges[0]!.end)).toBe('1188');
    expect(s?.text).toBe(blockText.slice(s!.start, s!.end));
  });

  it('maps NFKC hits back to the original (full-width) text', () => {
    const [hit] = search(index, 'latin');
    expect(hit?.blocks).toEqual([{ blockId: 'b1', ranges: [{ start: 0, end: 5 }] }]);
  });

  it('honours limit and filter', () => {
    expect(ids(search(index, '营商环境', { limit: 1 }))).toEqual(['heading']);
    expect(ids(search(index, '营商环境', { filter: (id) => id !== 'heading' }))).toEqual(['frequent']);
  });

  it.each([
    ['regex characters', '.*+?^${}()|[]\\'],
    ['lunr syntax', 'title:营商^10 ~2 +a -b *'],
    ['5,000 characters', '营商环境'.repeat(1250)],
    ['only punctuation', '，。！？……——'],
    ['only spaces', ' \t\u3000 '],
    ['empty', ''],
    ['lone quote', '"'],
    ['lone minus', '-'],
    ['only exclusions', '-营商'],
    ['lone surrogate', '\ud800'],
  ])('bad input never throws and finds nothing: %s', (_name, query) => {
    expect(search(index, query)).toEqual([]);
  });

  it('survives a serialize/load round trip', () => {
    const json = serializeIndex(index);
    const loaded = loadIndex(json, DOCS, [engine]);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    for (const q of ['营商环境', '数字 经济', '1188', 'ＡＢＣ', '-x 稳']) expect(search(loaded.value, q)).toEqual(search(index, q));
  });
});

describe('index loading', () => {
  const index = buildIndex(DOCS);
  const json = serializeIndex(index);

  it.each([
    ['not JSON', '{', /^index: not JSON/],
    ['wrong format', '{"format":"x"}', /^index.format/],
    [
      'other version',
      JSON.stringify({ format: 'pizhu-search-index', version: SEARCH_INDEX_VERSION + 1, segments: [] }),
      new RegExp(`^index.version: expected ${SEARCH_INDEX_VERSION}`),
    ],
    ['changed article', json.replace(DOCS[0]!.contentHash, 'other'), /^index.segments\[0\].docs\[0\].hash: article "heading" changed/],
    ['corrupt postings', json.replace(/"postings":"[^"]{4}/, '"postings":"!!!!'), /^index.segments\[0\].data.postings: invalid base64/],
  ])('rejects %s', (_name, text, message) => {
    const loaded = loadIndex(text, DOCS);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.error).toMatch(message);
  });

  it('rejects an index whose article is not loaded', () => {
    const loaded = loadIndex(json, DOCS.slice(1));
    expect(!loaded.ok && loaded.error).toMatch(/docs\[0\].id: article "heading" is not loaded/);
  });
});

describe('addToIndex', () => {
  it('finds imported articles and replaces re-imported ones, also after a round trip', () => {
    const base = buildIndex(DOCS);
    const imported = doc('imported', '导入', [['paragraph', '青山湖区招商引资']]);
    const replaced = doc('frequent', '年度报告（修订）', [['paragraph', '营商环境再优化']]);
    const index = addToIndex(base, [imported, replaced]);
    expect(ids(search(index, '青山湖'))).toEqual(['imported']);
    expect(search(index, '营商环境').find((h) => h.articleId === 'frequent')?.hitCount).toBe(1);
    expect(ids(search(index, '1188'))).toEqual([]);
    const loaded = loadIndex(serializeIndex(index), [...DOCS.filter((d) => d.articleId !== 'frequent'), imported, replaced]);
    expect(loaded.ok && ids(search(loaded.value, '1188'))).toEqual([]);
  });
});

describe('robustness', () => {
  const index = buildIndex(DOCS);

  it('search and findOccurrences never throw on arbitrary input, and every hit is real', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (query) => {
        for (const hit of search(index, query)) expect(hit.hitCount + (hit.headingHit ? 1 : 0)).toBeGreaterThan(0);
        const text = DOCS.map((d) => d.blocks.map((b) => b.text).join('\n')).join('\n');
        for (const r of findOccurrences(text, query)) expect(r.end).toBeGreaterThan(r.start);
      }),
      { seed: 6, numRuns: 300 },
    );
  });
});

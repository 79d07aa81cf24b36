import { describe, expect, it } from 'vitest';
import { contentHash, articleText, type Article, type Block, type HighlightColor } from '../../../corpus/model';
import { newAnnotation } from '../../../renderer/store/new-annotation';
import {
  blockOfAnnotation,
  buildEntries,
  filterEntries,
  groupEntries,
  queryWords,
  SearchKeys,
  tagCounts,
  type NotebookFilter,
  type NotebookGrouping,
} from '../../../renderer/features/notebook/notebook-model';
import type { StoredAnnotation } from '../../../renderer/store/records';

function article(id: string, title: string, texts: readonly string[]): Article {
  const blocks: Block[] = texts.map((text, i) => ({ id: `b${i + 1}`, kind: 'paragraph', text, source: { startLine: i + 1, endLine: i + 1 } }));
  return {
    id,
    origin: 'bundled',
    meta: { title, authors: [], places: [] },
    blocks,
    contentHash: contentHash(articleText(blocks)),
    wordCount: 0,
    original: texts.join('\n'),
    fileName: `${id}.txt`,
  };
}

const A = article('a', '赣江新区', ['全年实现地区生产总值1188亿元。', '数字经济核心产业营收增长12%。', 'ＡＩ产业集聚发展']);
const B = article('b', '南昌', ['规上工业增加值同比增长10.8%。', '新增市场主体2万家。']);
const at = (a: Article, needle: string) => {
  const start = articleText(a.blocks).indexOf(needle);
  if (start < 0) throw new Error(needle);
  return [start, start + needle.length] as const;
};
let n = 0;
function note(a: Article, quote: string, color: HighlightColor, text = '', tags: string[] = []): StoredAnnotation {
  const [start, end] = at(a, quote);
  const created = new Date(Date.UTC(2026, 0, 1, 0, n++));
  const base = newAnnotation(a, start, end, color, created, `id-${quote}`);
  return { ...base, body: { note: text, tags } };
}

const annotations: StoredAnnotation[] = [
  note(B, '新增市场主体2万家', 'blue', '问：**口径**？', ['待核实']),
  note(A, '数字经济核心产业', 'yellow', '', ['数字经济', '待核实']),
  note(A, '1188亿元', 'green', '全年 GDP'),
  note(B, '同比增长10.8%', 'green'),
  note(A, 'ＡＩ产业', 'pink', 'Follow up with AI team'),
  {
    ...note(A, '地区生产总值', 'purple', '引用'),
    id: 'orphan-of-removed',
    articleId: 'gone',
    target: { ...note(A, '地区生产总值', 'purple').target, source: 'gone' },
  },
];
const entries = buildEntries(annotations, [A, B]);
const quotes = (list: readonly { annotation: StoredAnnotation }[]) => list.map((e) => e.annotation.target.selector[0].exact);

describe('buildEntries', () => {
  it('orders by library order, then reading order; removed articles last', () => {
    expect(quotes(entries)).toEqual(['1188亿元', '数字经济核心产业', 'ＡＩ产业', '同比增长10.8%', '新增市场主体2万家', '地区生产总值']);
    expect(entries.at(-1)!.article).toBeUndefined();
  });
});

describe('filterEntries', () => {
  const none: NotebookFilter = { colors: [], text: '' };
  it.each<[string, NotebookFilter, string[]]>([
    ['no filter keeps all', none, quotes(entries)],
    ['one colour', { ...none, colors: ['green'] }, ['1188亿元', '同比增长10.8%']],
    ['two colours', { ...none, colors: ['green', 'pink'] }, ['1188亿元', 'ＡＩ产业', '同比增长10.8%']],
    ['a tag', { ...none, tag: { kind: 'tag', tag: '待核实' } }, ['数字经济核心产业', '新增市场主体2万家']],
    ['untagged only', { ...none, tag: { kind: 'untagged' } }, ['1188亿元', 'ＡＩ产业', '同比增长10.8%', '地区生产总值']],
    ['text in the quote', { ...none, text: '1188' }, ['1188亿元']],
    ['text in the note', { ...none, text: '口径' }, ['新增市场主体2万家']],
    ['text in a tag', { ...none, text: '待核实' }, ['数字经济核心产业', '新增市场主体2万家']],
    ['NFKC: half-width query finds full-width quote', { ...none, text: 'ai产业' }, ['ＡＩ产业']],
    ['NFKC: full-width query finds half-width note', { ...none, text: 'ＧＤＰ' }, ['1188亿元']],
    ['case-insensitive', { ...none, text: 'FOLLOW' }, ['ＡＩ产业']],
    ['every word must match', { ...none, text: '全年  gdp' }, ['1188亿元']],
    ['words that match nothing together', { ...none, text: '全年 口径' }, []],
    ['colour and text combined', { ...none, colors: ['blue'], text: '待核实' }, ['新增市场主体2万家']],
    ['removed article still filterable', { ...none, colors: ['purple'] }, ['地区生产总值']],
  ])('%s', (_name, filter, expected) => {
    expect(quotes(filterEntries(entries, filter))).toEqual(expected);
  });

  it('folds query words like the search texts', () => {
    expect(queryWords('  ＡＢＣ  数据 ')).toEqual(['abc', '数据']);
  });

  it.each(['', ' ', '\u3000\t', '\n '])('has no words in a blank box (%j)', (text) => {
    expect(queryWords(text)).toEqual([]);
  });

  it('gives the same results with shared, warmed search keys as folding on demand', () => {
    const keys = new SearchKeys();
    expect(keys.warm(entries, 0, () => true)).toBe(entries.length);
    for (const text of ['1188', '口径', 'ai产业', 'ＧＤＰ', 'FOLLOW', '全年  gdp', '待核实', '']) {
      expect(quotes(filterEntries(entries, { colors: [], text }, keys))).toEqual(quotes(filterEntries(entries, { colors: [], text })));
    }
  });
});

describe('SearchKeys', () => {
  it('folds each text once: NFKC, lowercase and Han variants', () => {
    const keys = new SearchKeys();
    const entry = { searchText: 'ＡＩ產業\nFollow' };
    expect(keys.keyOf(entry)).toBe('ai产业\nfollow');
    expect(keys.keyOf({ searchText: 'ＡＩ產業\nFollow' })).toBe(keys.keyOf(entry));
  });

  it('warms in slices: stops when told, resumes where it stopped, reports the end', () => {
    const keys = new SearchKeys();
    const many = Array.from({ length: 200 }, (_, i) => ({ ...entries[0]!, searchText: `第${i}条` }));
    let calls = 0;
    const stop = keys.warm(many, 0, () => ++calls < 2);
    expect(stop).toBe(128);
    expect(keys.warm(many, stop, () => true)).toBe(200);
    expect(keys.warm(many, 200, () => true)).toBe(200);
  });

  it('forgets texts no entry has once they outnumber the live ones, keeps the live ones', () => {
    const keys = new SearchKeys();
    const old = Array.from({ length: 300 }, (_, i) => ({ ...entries[0]!, searchText: `旧${i}` }));
    keys.warm(old, 0, () => true);
    const live = old.slice(0, 10);
    keys.prune(live);
    const size = (keys as unknown as { keys: Map<string, string> }).keys.size;
    expect(size).toBe(10);
  });
});

describe('groupEntries', () => {
  const summary = (grouping: NotebookGrouping) =>
    groupEntries(entries, grouping).map((g) => [
      g.key.kind === 'article' ? g.key.article.title : g.key.kind === 'tag' ? g.key.tag : g.key.kind === 'color' ? g.key.color : g.key.kind,
      g.entries.length,
    ]);
  it.each<[NotebookGrouping, (string | number)[][]]>([
    [
      'article',
      [
        ['赣江新区', 3],
        ['南昌', 2],
        ['removed', 1],
      ],
    ],
    [
      'tag',
      [
        ['待核实', 2],
        ['数字经济', 1],
        ['untagged', 4],
      ],
    ],
    [
      'color',
      [
        ['yellow', 1],
        ['green', 2],
        ['blue', 1],
        ['pink', 1],
        ['purple', 1],
      ],
    ],
  ])('by %s', (grouping, expected) => {
    expect(summary(grouping)).toEqual(expected);
  });

  it('keeps the entry order inside a group and leaves out empty groups', () => {
    const greens = groupEntries(filterEntries(entries, { colors: ['green'], text: '' }), 'color');
    expect(greens.map((g) => g.id)).toEqual(['color:green']);
    expect(quotes(greens[0]!.entries)).toEqual(['1188亿元', '同比增长10.8%']);
  });

  it('gives every group a unique id', () => {
    for (const grouping of ['article', 'tag', 'color'] as const) {
      const ids = groupEntries(entries, grouping).map((g) => g.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

describe('tagCounts', () => {
  it('counts tags, most used first, and untagged', () => {
    expect(tagCounts(entries)).toEqual({
      tags: [
        { tag: '待核实', count: 2 },
        { tag: '数字经济', count: 1 },
      ],
      untagged: 4,
    });
  });
});

describe('blocks of annotations', () => {
  it('finds the block of the resolved anchor, also after the text changed', () => {
    const a = note(A, '数字经济核心产业', 'yellow');
    expect(blockOfAnnotation(A, a)).toBe('b2');
    const edited = article('a', '赣江新区', ['新增一段。', '全年实现地区生产总值1188亿元。', '数字经济核心产业营收增长12%。']);
    expect(blockOfAnnotation(edited, a)).toBe('b3');
  });

  it('falls back to the stored position for an orphan', () => {
    const a = note(A, '数字经济核心产业', 'yellow');
    const rewritten = article('a', '赣江新区', ['完全不同的一段文字，长度足够长。', '另一段完全不同的文字。']);
    expect(blockOfAnnotation(rewritten, a)).toBe('b2');
  });
});

describe('scale', () => {
  it('filters and groups 5,000 annotations within a frame budget', () => {
    const many: StoredAnnotation[] = Array.from({ length: 5000 }, (_, i) => ({
      ...annotations[i % 5]!,
      id: `m${i}`,
      articleId: i % 7 === 0 ? 'gone' : i % 2 ? 'a' : 'b',
      body: { note: `第${i}条笔记`, tags: i % 3 ? [`标签${i % 11}`] : [] },
    }));
    const t0 = performance.now();
    const built = buildEntries(many, [A, B]);
    const t1 = performance.now();
    const filtered = filterEntries(built, { colors: ['green', 'yellow'], text: '笔记' });
    groupEntries(filtered, 'tag');
    const t2 = performance.now();
    expect(built).toHaveLength(5000);
    expect(t1 - t0).toBeLessThan(500);
    expect(t2 - t1).toBeLessThan(100);
  });
});

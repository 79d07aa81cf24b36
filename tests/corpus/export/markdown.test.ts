import { describe, expect, it } from 'vitest';
import { escapeMarkdown, exportMarkdown, type MarkdownFilter } from '../../../corpus/export/markdown';
import { COLOR_NAMES, makeAnnotation, makeArticle, makeArticleNote, offsetOf, resolved } from './fixtures';

const article = makeArticle(
  '003_de',
  [
    ['heading', '找准突破口'],
    ['paragraph', '第一段文字。'],
    ['paragraph', '数字经济是*关键*。'],
  ],
  {
    title: '赣江新区',
    source: '经济日报',
    date: '2025-02-01',
  },
);
const on = (needle: string): [number, number] => [offsetOf(article, needle), offsetOf(article, needle) + needle.length];
const a = makeAnnotation(article, 'a', ...on('第一段文字'), { color: 'yellow', note: '第一条批注', tags: ['经济'] });
const b = makeAnnotation(article, 'b', ...on('数字经济是*关键*'), { color: 'blue', tags: ['数据'] });
const orphan = makeAnnotation(article, 'o', 0, 2, { color: 'pink', note: '原文已改' });
const input = (filter?: MarkdownFilter) => ({
  articles: [{ article, annotations: [b, a].map(resolved), orphans: [orphan], articleNotes: [makeArticleNote(article.id, 'n', '全文看法', ['经济'])] }],
  colorNames: COLOR_NAMES,
  lang: 'zh-CN' as const,
  ...(filter ? { filter } : {}),
});

describe('exportMarkdown', () => {
  const md = exportMarkdown(input());

  it('writes the whole export', () => {
    expect(md).toBe(
      [
        '# 赣江新区',
        '',
        '经济日报 · 2025-02-01 · <pizhu://article/003_de>',
        '',
        '---',
        '',
        '> 第一段文字',
        '>',
        '> — [¶1](pizhu://article/003_de#p1) · 重点',
        '',
        '第一条批注',
        '',
        '标签：`#经济`',
        '',
        '---',
        '',
        '> 数字经济是\\*关键\\*',
        '>',
        '> — [¶2](pizhu://article/003_de#p2) · 数据',
        '',
        '标签：`#数据`',
        '',
        '---',
        '',
        '> 找准',
        '>',
        '> — [无法定位的批注](pizhu://article/003_de) · 存疑',
        '',
        '原文已改',
        '',
        '---',
        '',
        '**全文批注**',
        '',
        '全文看法',
        '',
        '标签：`#经济`',
        '',
      ].join('\n'),
    );
  });

  it.each([
    ['by colour', { colors: ['blue'] }, ['数字经济'], ['第一段文字', '全文看法', '找准']],
    ['by tag', { tags: ['经济'] }, ['第一段文字', '全文看法'], ['数字经济', '找准']],
    ['by colour and tag', { colors: ['yellow'], tags: ['数据'] }, [], ['第一段', '数字经济', '找准']],
    ['empty filter keeps all', { colors: [], tags: [] }, ['第一段文字', '数字经济', '找准', '全文看法'], []],
  ] as const)('filters %s', (_name, filter, present, absent) => {
    const out = exportMarkdown(input(filter));
    for (const p of present) expect(out).toContain(p);
    for (const p of absent) expect(out).not.toContain(p);
  });

  it('leaves out articles with nothing matching', () => {
    expect(exportMarkdown(input({ colors: ['purple'] }))).toBe('');
  });

  it.each([
    ['emphasis', '*a*_b_', '\\*a\\*\\_b\\_'],
    ['link syntax', '[x](y)', '\\[x\\](y)'],
    ['html', '<b>', '\\<b\\>'],
    ['Chinese unchanged', '经济，增长。', '经济，增长。'],
  ])('escapes %s', (_name, text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });
});

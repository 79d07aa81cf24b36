import { describe, expect, it } from 'vitest';
import { printFooterTemplate, printHeaderTemplate, renderArticlePrintHtml } from '../../../corpus/export/print-html';
import { assignNoteNumbers, endBlockIndex, renderArticleSection } from '../../../corpus/export/print-article';
import { COLOR_NAMES, makeAnnotation, makeArticle, makeArticleNote, offsetOf, printInput, resolved } from './fixtures';

const article = makeArticle(
  'a1',
  [
    ['title', '赣江新区数字经济观察'],
    ['paragraph', '发展数字经济是把握新一轮科技革命的战略选择。'],
    ['heading', '找准发展突破口'],
    ['paragraph', '赣江新区聚焦网络微短剧、数字营销、数据产业。'],
  ],
  { source: '经济日报', date: '2025-02-01' },
);
const at = (needle: string): [number, number] => {
  const start = offsetOf(article, needle);
  return [start, start + needle.length];
};

/** Text content with tags removed and entities decoded (enough for our own output). */
const textOf = (html: string): string =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<sup[^>]*>[^<]*<\/sup>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('renderArticlePrintHtml', () => {
  const a = makeAnnotation(article, 'h-a', ...at('数字经济'), { color: 'green', note: '要点', tags: ['数字经济'] });
  const b = makeAnnotation(article, 'h-b', ...at('数据产业'), { color: 'blue' });
  const c = makeAnnotation(article, 'h-c', ...at('把握新一轮科技革命'), { color: 'pink', note: '第二条' });
  const html = renderArticlePrintHtml(printInput(article, [c, b, a]));

  it.each([
    ['is a full document', /^<!DOCTYPE html>\n<html lang="zh-CN">/],
    ['has no scripts', /^(?![\s\S]*<script)/],
    ['sets the page size', /@page\{size:A4;/],
    ['forces printed backgrounds', /print-color-adjust:exact/],
    ['uses the CJK font stack', /"Noto Serif CJK SC", "Noto Sans CJK SC"/],
    ['prints source and date', /来源：经济日报<\/span><span>日期：2025-02-01/],
    ['numbers paragraphs', /<span class="para-no">¶2<\/span>/],
    ['marks a highlight in its colour', /<mark class="hl hl-green" data-annotations="h-a">数字经济<\/mark>/],
    ['keeps a distinct line style per colour', /\.hl-blue\{[^}]*text-decoration-style:dotted/],
    ['puts the first note marker after its passage', /数字经济<\/mark><sup class="note-ref" data-ref="1">①<\/sup>/],
    ['numbers notes in reading order', /科技革命<\/mark><sup class="note-ref" data-ref="2">②<\/sup>/],
    ['keeps note boxes whole', /\.note\{break-inside:avoid/],
    ['shows tags', /<span class="tag">#数字经济<\/span>/],
    ['prints the legend with colour names', /<span class="swatch swatch-pink">存疑<\/span>/],
    ['renders the title block as the heading', /<h1 class="b-title" data-block="b1">/],
  ])('%s', (_name, pattern) => {
    expect(html).toMatch(pattern);
  });

  it('gives a plain highlight no marker and no note box', () => {
    expect(html).toMatch(/数据产业<\/mark>。/);
    expect(html.match(/class="note note-/g)).toHaveLength(2);
  });

  it('keeps every character of the article text', () => {
    const text = textOf(html);
    for (const block of article.blocks) expect(text).toContain(block.text);
  });

  it('splits overlapping highlights into flat segments', () => {
    const outer = makeAnnotation(article, 'o', ...at('数字经济是把握'), { color: 'yellow' });
    const inner = makeAnnotation(article, 'i', ...at('是把握新一轮'), { color: 'purple', note: 'x' });
    const out = renderArticlePrintHtml(printInput(article, [outer, inner]));
    expect(out).toContain('<mark class="hl hl-yellow" data-annotations="o">数字经济</mark>');
    expect(out).toContain('<mark class="hl hl-purple hl-multi" data-annotations="o i">是把握</mark>');
    expect(out).toContain('<mark class="hl hl-purple" data-annotations="i">新一轮</mark><sup class="note-ref" data-ref="1">①</sup>');
    expect(out).not.toMatch(/<mark[^>]*>[^<]*<mark/);
  });

  it('escapes user data everywhere', () => {
    const evil = makeArticle('e', [['paragraph', '<b>粗体</b> & "引号"']], { title: '<script>x</script>', source: '"><img src=x>' });
    const n = makeAnnotation(evil, 'n"1', 0, 3, { note: '<i>note</i>', tags: ['<t>'] });
    const out = renderArticlePrintHtml(
      printInput(evil, [n], { articleNotes: [makeArticleNote('e', 'an', '</div><script>')], colorNames: { ...COLOR_NAMES, yellow: '<y>' } }),
    );
    expect(out).not.toMatch(/<(script|img|b|i|t|y)[\s>]/);
    expect(out).toContain('粗体&lt;/b&gt; &amp; &quot;引号&quot;');
    expect(out).toContain('data-annotation="n&quot;1"');
  });

  it('prints orphans with their quotes and article notes in the appendix', () => {
    const orphan = { ...makeAnnotation(article, 'gone', 0, 4, { note: '原文已改', tags: ['待核实'] }) };
    const out = renderArticlePrintHtml(printInput(article, [a], { orphans: [orphan], articleNotes: [makeArticleNote(article.id, 'an1', '全文总结')] }));
    const appendix = out.slice(out.indexOf('<section class="appendix'));
    expect(appendix).toContain('<h2>附录</h2>');
    expect(appendix).toContain('全文总结');
    expect(appendix).toContain(`<div class="note-quote">${orphan.target.selector[0].exact}</div>`);
    // Orphans continue the numbering after the notes placed in the text.
    expect(appendix).toContain('<span class="note-no">②</span>');
  });

  it('puts a note for a passage spanning blocks after the block where it ends', () => {
    const from = offsetOf(article, '战略选择');
    const to = offsetOf(article, '找准') + 2;
    const span = makeAnnotation(article, 'span', from, to, { note: '跨段' });
    const out = renderArticlePrintHtml(printInput(article, [span]));
    expect(out).toMatch(/<h2 class="b-heading" data-block="b3"><mark class="hl hl-yellow" data-annotations="span">找准<\/mark><sup[^>]*>①<\/sup>/);
    expect(out).toMatch(/战略选择。<\/mark><\/p><h2/);
  });

  it('uses English labels and Letter when asked', () => {
    const out = renderArticlePrintHtml(printInput(article, [a], { lang: 'en', pageSize: 'Letter' }));
    expect(out).toMatch(/@page\{size:Letter;/);
    expect(out).toContain('Source：经济日报');
    expect(out).toContain('Colour legend');
  });
});

describe('note numbering and placement', () => {
  it('numbers only annotations with a note or tags, by position', () => {
    const x = makeAnnotation(article, 'x', 30, 32, { note: 'n' });
    const y = makeAnnotation(article, 'y', 5, 8);
    const z = makeAnnotation(article, 'z', 10, 12, { tags: ['t'] });
    expect([...assignNoteNumbers([x, y, z].map(resolved))]).toEqual([
      ['z', 1],
      ['x', 2],
    ]);
  });

  it.each([
    ['inside the first block', 0, 3, 0],
    ['ending exactly at a block end', 0, 10, 0],
    ['ending on the separator', 0, 11, 0],
    ['ending in the next block', 0, 12, 1],
    ['empty range at a block start', 11, 11, 1],
  ])('%s', (_name, start, end, expected) => {
    expect(endBlockIndex([0, 11, 30], { start, end })).toBe(expected);
  });
});

describe('page templates', () => {
  it.each([
    ['zh-CN', '第 <span class="pageNumber"></span> 页 / 共 <span class="totalPages"></span> 页'],
    ['en', 'Page <span class="pageNumber"></span> of <span class="totalPages"></span>'],
  ] as const)('%s footer', (lang, expected) => {
    expect(printFooterTemplate(lang)).toContain(expected);
    expect(printFooterTemplate(lang)).toMatch(/font-size:8pt/);
  });

  it('escapes the header title', () => {
    expect(printHeaderTemplate('<会议>')).toContain('&lt;会议&gt;');
  });
});

describe('a title the user corrected', () => {
  it('heads the printed article; the source headline stays as a subtitle (notes may point into it)', () => {
    const article = makeArticle('corrected', [
      ['title', '原文标题'],
      ['paragraph', '正文一句。'],
    ]);
    const html = renderArticleSection(printInput({ ...article, meta: { ...article.meta, title: '更正后的标题' } }, []));
    expect(html).toMatch(/<h1 class="b-title">更正后的标题<\/h1>/);
    expect(html).toMatch(/<p class="b-subtitle" data-block="b1">原文标题<\/p>/);
  });
});

import { describe, expect, it } from 'vitest';
import { meetingPackTocMarkers, renderMeetingPackHtml, tocPagesFromPageTexts, type MeetingPackInput } from '../../../corpus/export/meeting-pack';
import { makeAnnotation, makeArticle, makeArticleNote, offsetOf, printInput } from './fixtures';

const one = makeArticle(
  'm1',
  [
    ['paragraph', '第一篇：扩大内需。'],
    ['paragraph', '稳定就业是重点。'],
    ['paragraph', '第三段无标注。'],
    ['paragraph', '第四段有标注。'],
  ],
  { title: '第一篇简报' },
);
const two = makeArticle('m2', [['paragraph', '第二篇：科技创新引领产业升级。']], { title: '第二篇简报' });
const on = (article: typeof one, needle: string): [number, number] => [offsetOf(article, needle), offsetOf(article, needle) + needle.length];
const n1 = makeAnnotation(one, 'n1', ...on(one, '扩大内需'), { color: 'yellow', note: '内需是关键', tags: ['宏观'] });
const n2 = makeAnnotation(one, 'n2', ...on(one, '稳定就业'), { color: 'blue', note: '就业数据', tags: ['就业', '宏观'] });
const n3 = makeAnnotation(one, 'n3', ...on(one, '有标注'), { color: 'green' });
const n4 = makeAnnotation(two, 'n4', ...on(two, '科技创新'), { color: 'pink', note: '创新待核实' });

const pack = (extra: Partial<MeetingPackInput> = {}): MeetingPackInput => ({
  title: '三月研判会',
  date: '2025年3月5日',
  articles: [printInput(one, [n1, n2, n3], { articleNotes: [makeArticleNote('m1', 'an', '总体判断', ['宏观'])] }), printInput(two, [n4])],
  mode: 'full',
  groupSummaryBy: 'tag',
  lang: 'zh-CN',
  ...extra,
});

const sectionOf = (html: string, cls: string): string => {
  const start = html.indexOf(`class="${cls}`);
  expect(start).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</section>', start));
};

describe('renderMeetingPackHtml', () => {
  const html = renderMeetingPackHtml(pack());

  it.each([
    ['cover title', /<section class="cover gutter"><h1>三月研判会<\/h1>/],
    ['cover date', /会议日期：2025年3月5日/],
    ['cover list', /<ol><li>第一篇简报<\/li><li>第二篇简报<\/li><\/ol>/],
    [
      'TOC with hidden placeholders',
      /<li data-toc="0"><span class="toc-title">第一篇简报<\/span><span class="toc-leader"><\/span><span class="toc-page pending">000<\/span>/,
    ],
    ['TOC lists the summary', /<span class="toc-title">全部批注汇总<\/span>/],
    ['section markers', /<p class="section-marker">简报 2 \/ 2<\/p>/],
    ['articles restart note numbers', /data-article="m2"[\s\S]*<sup class="note-ref" data-ref="1">①/],
  ])('%s', (_name, pattern) => {
    expect(html).toMatch(pattern);
  });

  it('fills TOC page numbers from the first pass', () => {
    const out = renderMeetingPackHtml(pack({ tocPageNumbers: [3, 7, 9] }));
    expect(out).toContain('<li data-toc="1"><span class="toc-title">第二篇简报</span><span class="toc-leader"></span><span class="toc-page">7</span>');
    expect(out).not.toContain('toc-page pending');
  });

  it('groups the summary by tag (a note under each of its tags)', () => {
    const summary = sectionOf(html, 'pack-summary');
    const groups = [...summary.matchAll(/<h3>([^<]+)<\/h3>/g)].map((m) => m[1]);
    expect(groups).toEqual(['#宏观', '#就业', '无标签']);
    expect(summary.match(/data-annotation="n2"/g)).toHaveLength(2);
    expect(summary).toContain('总体判断');
    expect(summary).not.toContain('data-annotation="n3"');
  });

  it('groups the summary by colour in palette order', () => {
    const summary = sectionOf(renderMeetingPackHtml(pack({ groupSummaryBy: 'color' })), 'pack-summary');
    const groups = [...summary.matchAll(/<h3>([^<]+)<\/h3>/g)].map((m) => m[1]);
    expect(groups).toEqual(['重点', '数据', '存疑', '全文批注']);
  });

  it('groups the summary by person: own notes first, then each colleague (names escaped, other articles left out)', () => {
    const summary = sectionOf(
      renderMeetingPackHtml(
        pack({
          groupSummaryBy: 'person',
          people: {
            me: '张伟',
            colleagues: [
              { authorName: '李娜', articleId: 'm2', quote: '科技创新', note: '同意<b>', tags: ['待议'] },
              { authorName: '<王芳>', articleId: 'm1', quote: '稳定就业', note: '补充数据', tags: [] },
              { authorName: '李娜', articleId: 'not-in-pack', quote: 'x', note: '不该出现', tags: [] },
            ],
          },
        }),
      ),
      'pack-summary',
    );
    const groups = [...summary.matchAll(/<h3>([^<]+)<\/h3>/g)].map((m) => m[1]);
    expect(groups).toEqual(['张伟', '&lt;王芳&gt;', '李娜']);
    expect(summary).toContain('data-annotation="n1"');
    expect(summary).toContain('同意&lt;b&gt;');
    expect(summary).toContain('#待议');
    expect(summary).not.toContain('不该出现');
  });

  it('prints only annotated passages in passages-only mode', () => {
    const out = renderMeetingPackHtml(pack({ mode: 'passages-only' }));
    expect(out).toContain('扩大内需');
    expect(out).toContain('第四段<mark');
    expect(out).not.toContain('第三段无标注');
    expect(out).toContain('<p class="ellipsis">……</p>');
  });
});

describe('tocPagesFromPageTexts', () => {
  const markers = meetingPackTocMarkers(pack());

  it('names the sections', () => {
    expect(markers).toEqual(['简报 1 / 2', '简报 2 / 2', '全部批注汇总']);
  });

  it.each([
    ['one page each', ['封面', '目录 全部批注汇总', '简报 1 / 2 正文', '简报\n2 / 2', '全部批注汇总'], [3, 4, 5]],
    ['long article', ['封面', '目录', '简报 1 / 2', '续', '续', '简报 2 / 2', '续 全部 批注汇总'], [3, 6, 7]],
  ])('%s', (_name, pages, expected) => {
    expect(tocPagesFromPageTexts(pages, markers)).toEqual({ ok: true, value: expected });
  });

  it('reports a missing marker', () => {
    const result = tocPagesFromPageTexts(['简报 1 / 2', '全部批注汇总'], markers);
    expect(result).toEqual({ ok: false, error: 'markers[1]: "简报 2 / 2" not found on any page from 1' });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourceLine } from '../../../corpus/ingest';
import { extractHtml } from '../../../renderer/features/import/extract/extract-html';
import { isoDate } from '../../../renderer/features/import/extract/html-meta';
import { walkHtmlLines } from '../../../renderer/features/import/extract/html-lines';
import { chooseHtmlTitle, stripSiteSuffix } from '../../../renderer/features/import/extract/html-title';

const linesOf = (body: string): SourceLine[] => walkHtmlLines(new DOMParser().parseFromString(`<body>${body}</body>`, 'text/html').body).map((l) => l.line);

describe('walkHtmlLines: one SourceLine per block, hints from the markup', () => {
  it.each<[string, string, SourceLine[]]>([
    ['paragraph', '<p>正文一段。</p>', [{ text: '正文一段。', hint: { block: true } }]],
    ['heading', '<h2>一、总体要求</h2>', [{ text: '一、总体要求', hint: { heading: 2, block: true } }]],
    ['list item', '<ul><li>第一项</li></ul>', [{ text: '第一项', hint: { list: true, block: true } }]],
    ['caption', '<figure><figcaption>图为会场。</figcaption></figure>', [{ text: '图为会场。', hint: { caption: true, block: true } }]],
    ['quote', '<blockquote><p>引文。</p></blockquote>', [{ text: '引文。', hint: { quote: true, block: true } }]],
    ['all-bold paragraph', '<p><strong>小标题</strong></p>', [{ text: '小标题', hint: { bold: true, block: true } }]],
    ['partly bold is not bold', '<p><b>注：</b>正文</p>', [{ text: '注：正文', hint: { block: true } }]],
    ['br splits without block', '<p>前半句<br>后半句。</p>', [{ text: '前半句' }, { text: '后半句。', hint: { block: true } }]],
    [
      'data table rows',
      '<table><tr><th>指标</th><th>数值</th></tr><tr><td>GDP</td><td>3.2</td></tr></table>',
      [
        { text: '指标\t数值', hint: { table: true, block: true } },
        { text: 'GDP\t3.2', hint: { table: true, block: true } },
      ],
    ],
    [
      'paragraphs inside cells still make a data table',
      '<table><tr><td><p><strong>序号</strong></p></td><td><p>名称</p></td></tr></table>',
      [{ text: '序号\t名称', hint: { table: true, block: true } }],
    ],
    [
      'layout table is walked as blocks',
      '<table><tr><td><div><p>甲段。</p><p>乙段。</p></div></td><td>侧栏</td></tr></table>',
      [
        { text: '甲段。', hint: { block: true } },
        { text: '乙段。', hint: { block: true } },
        { text: '侧栏', hint: { block: true } },
      ],
    ],
    [
      'pre keeps lines as code',
      '<pre>a = 1\n  b = 2</pre>',
      [
        { text: 'a = 1', hint: { code: true, block: true } },
        { text: '  b = 2', hint: { code: true, block: true } },
      ],
    ],
    [
      'nested list',
      '<ul><li>上级<ul><li>下级</li></ul></li></ul>',
      [
        { text: '上级', hint: { list: true, block: true } },
        { text: '下级', hint: { list: true, block: true } },
      ],
    ],
    ['whitespace collapsed', '<p>  a \n  b  </p>', [{ text: 'a b', hint: { block: true } }]],
  ])('%s', (_name, html, expected) => {
    expect(linesOf(html)).toEqual(expected);
  });
});

describe('stripSiteSuffix and chooseHtmlTitle', () => {
  it.each([
    ['underscore site', '江西召开工作会议_中国南昌', '江西召开工作会议'],
    ['channel then site', '某某市出台新规-要闻频道-某某网', '某某市出台新规'],
    ['pipe inside headline kept', '观察|城市更新的三道难题_新闻_某网', '观察|城市更新的三道难题'],
    ['hyphen inside headline kept', '1-5月全省外贸进出口稳中有升', '1-5月全省外贸进出口稳中有升'],
    ['no separator', '关于做好春耕工作的通知', '关于做好春耕工作的通知'],
  ])('%s', (_name, title, expected) => {
    expect(stripSiteSuffix(title)).toBe(expected);
  });

  it('prefers a CMS/Open Graph title, then an h1 the <title> confirms', () => {
    expect(chooseHtmlTitle({ metaTitle: 'A', h1: 'B', pageTitle: 'C' })).toBe('A');
    expect(chooseHtmlTitle({ h1: '全省春耕生产有序推进', pageTitle: '全省春耕生产有序推进 - 某省人民政府' })).toBe('全省春耕生产有序推进');
    expect(chooseHtmlTitle({ h1: '首页', pageTitle: '某县召开会议_某县政府网' })).toBe('某县召开会议');
  });
});

describe('isoDate', () => {
  it.each([
    ['2019-09-07T13:43:45+08:00', '2019-09-07'],
    ['2021/6/9', '2021-06-09'],
    ['2019年9月18日', '2019-09-18'],
    ['2016-11', '2016-11'],
    ['昨天', undefined],
    ['2019-13-01', undefined],
  ])('%s', (value, expected) => {
    expect(isoDate(value)).toBe(expected);
  });
});

/** Made-up pages in styles not tuned on: a personal blog and a county government notice. */
const BLOG = `<!doctype html><html lang="en"><head><title>Notes from the river delta | Jane's blog</title>
<meta property="og:title" content="Notes from the river delta"><meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2023-04-02T08:00:00Z"><meta property="og:site_name" content="Jane's blog"></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/about">About</a></li><li><a href="/archive">Archive</a></li></ul></nav>
<article><h1>Notes from the river delta</h1><p>We left Guangzhou early on a grey morning, and the ferry to Nansha was almost empty apart from a few workers heading to the port.</p>
<h2>The port</h2><p>The new terminal is vast. Cranes line the water for kilometres and the container yards stretch beyond what the eye can follow from the deck.</p>
<p>By noon the sun had burned through the haze, and the river looked less like a highway and more like a river again, brown and slow and wide.</p></article>
<footer><p>Copyright 2023 Jane Doe. All rights reserved.</p><p><a href="/rss">RSS</a></p></footer></body></html>`;

const NOTICE = `<html><head><meta charset="gb2312"><title>关于做好2024年春季森林防火工作的通知_某某县人民政府</title>
<meta name="ArticleTitle" content="关于做好2024年春季森林防火工作的通知"><meta name="PubDate" content="2024-02-20 10:00"><meta name="ContentSource" content="某某县应急管理局"></head>
<body><div class="top"><a href="#">首页</a> <a href="#">政务公开</a> <a href="#">通知公告</a></div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">通知公告</a></div>
<div class="title">关于做好2024年春季森林防火工作的通知</div><div class="info">发布时间：2024-02-20 来源：某某县应急管理局</div>
<div class="content"><p>各乡镇人民政府，县直各有关单位：</p><p>当前已进入春季森林防火紧要期，气温回升快，降水偏少，野外火源管控难度大。为切实做好春季森林防火工作，现将有关事项通知如下。</p>
<p><strong>一、压实防火责任</strong></p><p>各乡镇要严格落实属地管理责任，层层签订责任书，确保每一片山林都有人管、有人护。</p>
<p><strong>二、严管野外火源</strong></p><p>清明前后要在重点路口设卡检查，严禁携带火种进山，发现违规用火行为依法从严处理。</p></div>
<div class="footer"><p>主办单位：某某县人民政府办公室 版权所有 ICP备12345678号</p><p>网站地图 | 联系我们</p></div></body></html>`;

describe('extractHtml on made-up pages', () => {
  it('a blog: the article without nav and footer, metadata from <meta>', () => {
    const doc = extractHtml(BLOG);
    const texts = doc.lines.map((l) => l.text);
    expect(titleKeyOf(texts.slice(0, 3).join(''))).toContain(titleKeyOf('Notes from the river delta'));
    expect(texts.join(' ')).toContain('The new terminal is vast.');
    expect(texts).toContainEqual('The port');
    expect(texts.join(' ')).not.toMatch(/Copyright|Archive|RSS/);
    expect(doc.meta).toMatchObject({ title: 'Notes from the river delta', authors: ['Jane Doe'], date: '2023-04-02', siteName: "Jane's blog", language: 'en' });
    expect(doc.removed.map((r) => r.text)).toContain('Copyright 2023 Jane Doe. All rights reserved.');
  });

  it('a county notice: CMS metadata, the headline and info line above the content, numbered bold heads', () => {
    const doc = extractHtml(NOTICE);
    const texts = doc.lines.map((l) => l.text);
    expect(doc.meta).toMatchObject({ title: '关于做好2024年春季森林防火工作的通知', date: '2024-02-20', source: '某某县应急管理局' });
    expect(texts[0]).toBe('关于做好2024年春季森林防火工作的通知');
    expect(doc.lines.find((l) => l.text === '一、压实防火责任')?.hint).toEqual({ bold: true, block: true });
    expect(texts.join('')).toContain('严禁携带火种进山');
    expect(texts.join('')).not.toMatch(/版权所有|ICP备|网站地图|当前位置/);
  });

  it('a page Readability cannot read still yields its text', () => {
    const doc = extractHtml('<html><body><p>短讯：今天全市降雨。</p></body></html>');
    expect(doc.lines.map((l) => l.text)).toEqual(['短讯：今天全市降雨。']);
  });

  it('never lists the article text as removed', () => {
    const doc = extractHtml(NOTICE);
    const kept = new Set(doc.lines.map((l) => l.text));
    expect(doc.removed.filter((r) => kept.has(r.text))).toEqual([]);
  });
});

function titleKeyOf(s: string): string {
  return s.replace(/[\s\p{P}]+/gu, '').toLowerCase();
}

describe('extractHtml invariants', () => {
  const word = fc.stringMatching(/^[一-龥，。a-z0-9]{1,12}$/);
  const block = fc.oneof(
    word.map((w) => `<p>${w}</p>`),
    word.map((w) => `<h2>${w}</h2>`),
    word.map((w) => `<li>${w}</li>`),
    fc.tuple(word, word).map(([a, b]) => `<p>${a}<br>${b}</p>`),
    word.map((w) => `<div><strong>${w}</strong></div>`),
    fc.tuple(word, word).map(([a, b]) => `<table><tr><td>${a}</td><td>${b}</td></tr></table>`),
    word.map((w) => `<nav><a href="/">${w}</a></nav>`),
  );

  it('never invents: every character of every line is in the page', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 12 }), (blocks) => {
        const html = `<html><body>${blocks.join('')}</body></html>`;
        const source = new Set(html);
        return extractHtml(html).lines.every((l) => [...l.text].every((ch) => ch === '\t' || source.has(ch)));
      }),
      { numRuns: 60 },
    );
  });

  it('never loses: every text block of the page is in the lines or in removed', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 12 }), (blocks) => {
        const html = `<html><body>${blocks.join('')}</body></html>`;
        const doc = extractHtml(html);
        const seen = [...doc.lines.map((l) => l.text), ...doc.removed.map((r) => r.text)].join('\n').replace(/\s+/g, '');
        const words = html
          .replace(/<[^>]+>/g, '\n')
          .split('\n')
          .filter((w) => w.trim() !== '');
        return words.every((w) => seen.includes(w.trim()));
      }),
      { numRuns: 60 },
    );
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../renderer/features/import/html-to-text';

const FIXTURES = join(import.meta.dirname, '../../fixtures/import');

/** Markup or script that must never come out of htmlToText, whatever the input. */
const FORBIDDEN = /<|>|javascript:|onerror|onload|__pwned|evil\.example|expression\(|url\(/i;

describe('htmlToText: structure', () => {
  it.each([
    ['h1 becomes the title line', '<h1>标题</h1><p>正文。</p>', '# 标题\n\n正文。'],
    ['heading levels', '<h1>甲</h1><h2>乙</h2><h3>丙</h3><h6>丁</h6>', '# 甲\n\n## 乙\n\n### 丙\n\n###### 丁'],
    ['paragraphs and list items', '<p>一。</p><ul><li>二。</li><li>三。</li></ul>', '一。\n\n二。\n\n三。'],
    ['blockquote', '<blockquote><p>引文。</p></blockquote>', '引文。'],
    ['inline markup stays as its text', '<p>经济<b>增长</b><em>较快</em>。</p>', '经济增长较快。'],
    ['whitespace collapses', '<p>  经济\n   增长  </p>', '经济 增长'],
    ['br splits lines', '<p>第一行<br>第二行</p>', '第一行\n\n第二行'],
    ['table rows become lines', '<table><tr><td>甲</td><td>乙</td></tr><tr><td>丙</td></tr></table>', '甲 乙\n\n丙'],
    ['figcaption set apart as a caption', '<p>正文。</p><figure><img src="a.png"><figcaption>图注</figcaption></figure><p>后文。</p>', '正文。\n\n\n\n图注\n\n\n\n后文。'],
    ['<title> when there is no h1', '<title>页面</title><p>正文。</p>', '# 页面\n\n正文。'],
    ['entities decoded', '<p>A&amp;B &lt;tag&gt; &#20013;</p>', 'A&B <tag> 中'],
  ])('%s', (_name, html, text) => {
    expect(htmlToText(html).text).toBe(text);
  });

  it('takes the first h1 as the title, else <title>', () => {
    expect(htmlToText('<title>网站</title><h1>头条</h1>').title).toBe('头条');
    expect(htmlToText('<title>网站</title><h2>小标题</h2>').title).toBe('网站');
    expect(htmlToText('<p>无题。</p>').title).toBeUndefined();
  });
});

/** [name, hostile html, text that must survive] */
const HOSTILE: readonly (readonly [string, string, string])[] = [
  ['script tag', '<p>正文</p><script>window.__pwned = true</script>', '正文'],
  ['script in head', '<html><head><script>window.__pwned=1</script></head><body><p>正文</p></body></html>', '正文'],
  ['img onerror', '<p>正文<img src=x onerror="window.__pwned=true"></p>', '正文'],
  ['body onload', '<body onload="window.__pwned=true"><p>正文</p></body>', '正文'],
  ['javascript: link', '<p><a href="javascript:window.__pwned=true">点我</a></p>', '点我'],
  ['javascript: link, entity-obfuscated', '<a href="&#106;avascript:window.__pwned=1">链接</a>', '链接'],
  ['svg onload', '<p>正文</p><svg onload="window.__pwned=true"><script>window.__pwned=1</script></svg>', '正文'],
  ['svg animate', '<svg><animate onbegin="window.__pwned=1" attributeName="x"/></svg><p>正文</p>', '正文'],
  ['iframe src', '<iframe src="javascript:window.__pwned=true"></iframe><p>正文</p>', '正文'],
  ['iframe srcdoc', '<iframe srcdoc="<script>window.__pwned=1</script>"></iframe><p>正文</p>', '正文'],
  ['object and embed', '<object data="https://evil.example/x"></object><embed src="https://evil.example/y"><p>正文</p>', '正文'],
  ['style element', '<style>p { background: url(https://evil.example/a) }</style><p>正文</p>', '正文'],
  ['style attribute', '<p style="background:url(https://evil.example/b);width:expression(alert(1))">正文</p>', '正文'],
  ['link stylesheet', '<link rel=stylesheet href="https://evil.example/c.css"><p>正文</p>', '正文'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/"><p>正文</p>', '正文'],
  ['base href', '<base href="https://evil.example/"><p>正文</p>', '正文'],
  ['form action', '<form action="https://evil.example/"><button formaction="javascript:1">按钮</button></form><p>正文</p>', '正文'],
  ['math', '<math><mtext><img src=x onerror="window.__pwned=1"></mtext></math><p>正文</p>', '正文'],
  ['mutation XSS via noscript', '<noscript><p title="</noscript><img src=x onerror=window.__pwned=1>">正文</p>', '正文'],
  ['template', '<template><img src=x onerror="window.__pwned=1"></template><p>正文</p>', '正文'],
  ['unclosed script', '<p>正文</p><script>window.__pwned=1', '正文'],
  ['data uri image', '<img src="data:image/svg+xml,<svg onload=window.__pwned=1>"><p>正文</p>', '正文'],
  ['video poster', '<video poster="https://evil.example/p.png"><source src="https://evil.example/v.mp4"></video><p>正文</p>', '正文'],
  ['event handler on heading', '<h1 onclick="window.__pwned=1" onmouseover="window.__pwned=1">标题</h1>', '# 标题'],
  ['text that looks like markup stays text', '<p>&lt;script&gt;window.__pwned=1&lt;/script&gt;</p>', '<script>window.__pwned=1</script>'],
];

describe('htmlToText: hostile HTML', () => {
  it.each(HOSTILE)('%s: no markup or script comes out, the text survives', (_name, html, survives) => {
    const { text } = htmlToText(html);
    expect(text).toContain(survives);
    // Escaped markup in the source is text, and is the only way markup may come out.
    if (!/&lt;/.test(html)) expect(text).not.toMatch(FORBIDDEN);
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
  });

  it('the hostile fixture page reduces to its headings, paragraphs and caption only', () => {
    const html = readFileSync(join(FIXTURES, 'hostile-page.html'), 'utf8');
    const { title, text } = htmlToText(html);
    expect(title).toBe('南昌航空城建设提速');
    expect(text).toBe([
      '# 南昌航空城建设提速',
      '',
      '航空城今年新开工项目十八个，总投资超过两百亿元。',
      '',
      '',
      '',
      '航空城总装车间',
      '',
      '',
      '',
      '## 下一步安排',
      '',
      '管委会表示，将继续优化营商环境，推动项目早投产、早见效。',
    ].join('\n'));
  });
});

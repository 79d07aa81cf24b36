import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadNoteMarkdown, NoteMarkdown } from '../../../renderer/ui/NoteMarkdown';
import { safeLinkHref } from '../../../renderer/ui/note-markdown-render';
import { hostileDomFindings, XSS_PAYLOADS } from '../../e2e/support/payloads';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function render(text: string): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  act(() => root.render(<NoteMarkdown text={text} />));
  return host;
}

/**
 * Characters the note renderer may consume as syntax (emphasis with *, code, links, list
 * markers, a NUL, which CommonMark replaces; no payload pairs `_` for emphasis); a payload without them must come out verbatim,
 * but for the spaces around each line, which Markdown trims.
 */
const MARKDOWN_SYNTAX = /[*`[\]\0]|^\s*(?:[-*+•·]\s|\d+[.)、])/m;
const verbatim = (payload: string) =>
  payload
    .split(/\r?\n|\r/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('');

// The parser is its own chunk; these tests judge the rendered Markdown, not the plain-text moment before it.
beforeAll(async () => {
  await loadNoteMarkdown();
});

describe('notes render hostile content as inert text', () => {
  it('has at least 200 distinct payloads to try, most of them checked verbatim', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(200);
    expect(new Set(XSS_PAYLOADS).size).toBe(XSS_PAYLOADS.length);
    expect(XSS_PAYLOADS.filter((p) => !MARKDOWN_SYNTAX.test(p)).length).toBeGreaterThanOrEqual(150);
  });

  it.each(XSS_PAYLOADS.map((p, i) => [i, p] as const))('payload %i: no script, handler or script URL in the DOM', (_i, payload) => {
    const host = render(payload);
    // jsdom runs no inline scripts, but it does follow some URLs (raw '<iframe src=javascript:…>' reached fetch): a cheap extra check.
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
    expect(hostileDomFindings(host)).toEqual([]);
    expect(host.querySelector('script, iframe, img, svg, style, object, embed, form, input, textarea, video, audio, base, meta, link')).toBeNull();
    for (const a of Array.from(host.querySelectorAll('a'))) {
      expect(new URL(a.href).protocol).toMatch(/^(?:https?|mailto):$/);
      expect(a.rel).toBe('noopener noreferrer');
    }
    // A refused link stays visible as the text the author typed, scheme and all.
    if (/\]\((?:javascript|vbscript|data):/i.test(payload)) expect(host.textContent).toMatch(/\]\((?:javascript|vbscript|data):/i);
    if (!MARKDOWN_SYNTAX.test(payload)) expect(host.textContent).toBe(verbatim(payload));
    host.remove();
  });

  it.each([
    ['javascript', 'javascript:window.__pwned=1'],
    ['upper case', 'JAVASCRIPT:window.__pwned=1'],
    ['leading space', ' javascript:window.__pwned=1'],
    ['tab inside the scheme', 'java\tscript:window.__pwned=1'],
    ['newline inside the scheme', 'java\nscript:window.__pwned=1'],
    ['vbscript', 'vbscript:msgbox(1)'],
    ['data html', 'data:text/html,<script>window.__pwned=1</script>'],
    ['data base64', 'data:text/html;base64,PHNjcmlwdD4='],
    ['file', 'file:///etc/passwd'],
    ['blob', 'blob:http://127.0.0.1/x'],
    ['protocol-relative', '//127.0.0.1:1/x'],
    ['relative', '../x'],
    ['percent-encoded scheme', '%6Aavascript:1'],
    ['entity-encoded scheme', '&#106;avascript:1'],
    ['pizhu app scheme', 'pizhu://app/index.html'],
  ])('safeLinkHref refuses %s', (_name, href) => {
    expect(safeLinkHref(href)).toBeUndefined();
  });

  it.each([
    ['https', 'https://example.org/a?b=<c>', 'https://example.org/a?b=%3Cc%3E'],
    ['http', 'http://example.org/', 'http://example.org/'],
    ['mailto', 'mailto:a@example.org', 'mailto:a@example.org'],
  ])('safeLinkHref keeps %s', (_name, href, expected) => {
    expect(safeLinkHref(href)).toBe(expected);
  });
});

describe('notes render Markdown', () => {
  const html = (text: string) => {
    const host = render(text);
    const out = host.querySelector('.markdown-lite')!.innerHTML;
    host.remove();
    return out;
  };

  it.each([
    ['paragraphs and line breaks', '第一行\n第二行\n\n第二段', '<p>第一行<br>第二行</p><p>第二段</p>'],
    ['bold, italic, code', '**粗体**、*斜体*和`代码`', '<p><strong>粗体</strong>、<em>斜体</em>和<code>代码</code></p>'],
    ['bold right after CJK text', '会议定于**周三**召开。', '<p>会议定于<strong>周三</strong>召开。</p>'],
    ['dash list', '- 第一点\n- 第二点', '<ul><li>第一点</li><li>第二点</li></ul>'],
    ['numbered list', '1. 增长\n2. 就业', '<ol><li>增长</li><li>就业</li></ol>'],
    ['Chinese numbering 1、', '1、增长\n2、就业', '<ol><li>增长</li><li>就业</li></ol>'],
    ['bullet •', '• 增长\n• 就业', '<ul><li>增长</li><li>就业</li></ul>'],
    ['raw HTML stays text', '<b>不加粗</b><script>x()</script>', '<p>&lt;b&gt;不加粗&lt;/b&gt;&lt;script&gt;x()&lt;/script&gt;</p>'],
    ['an entity stays as typed', 'AT&amp;T &lt;', '<p>AT&amp;amp;T &amp;lt;</p>'],
    ['no headings or quotes', '# 标题\n> 引用\n---', '<p># 标题<br>&gt; 引用<br>---</p>'],
    [
      'an image is never loaded: it stays a link',
      '![图](https://example.org/x.png)',
      '<p>!<a href="https://example.org/x.png" target="_blank" rel="noopener noreferrer">图</a></p>',
    ],
  ])('%s', (_what, text, expected) => expect(html(text)).toBe(expected));

  it('an outside link opens in the browser, without the opener', () => {
    expect(html('见[统计公报](https://www.stats.gov.cn/公报)')).toBe(
      '<p>见<a href="https://www.stats.gov.cn/%E5%85%AC%E6%8A%A5" target="_blank" rel="noopener noreferrer">统计公报</a></p>',
    );
  });

  it('a link to a passage stays in the app', () => {
    expect(html('[第12段](pizhu://article/gov-2024#p12)')).toBe('<p><a href="#/read/gov-2024?p=12">第12段</a></p>');
  });

  it.each(['[点我](javascript:alert(1))', '[点我](data:text/html,x)', '[点我](file:///etc/passwd)', '[点我](../x)', '[点我](pizhu://app/index.html)'])(
    'a refused link is the text the author typed: %s',
    (text) => expect(render(text).textContent).toBe(text),
  );
});

import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../renderer/features/import/extract/extract-html';

/** Tags, handlers, script URLs or remote addresses: none may come out of the extractor, in lines, meta or removed. */
const FORBIDDEN = /<[a-z!/?]|javascript:|vbscript:|data:text|\bon[a-z]+\s*=|__pwned|evil\.example|expression\(|url\(|@import/i;

const EVENTS = ['onerror', 'onload', 'onclick', 'onmouseover', 'onfocus', 'onanimationstart', 'ontoggle', 'onpointerenter'];
const ELEMENTS = [
  'img src=x',
  'svg',
  'body',
  'details open',
  'input autofocus',
  'video src=x',
  'iframe',
  'a href=#',
  'div tabindex=0',
  'math',
  'meta name=x content=y',
];
const SCRIPT_URLS = [
  'javascript:window.__pwned=1',
  'JaVaScRiPt:window.__pwned=1',
  'java&#x09;script:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
];
const URL_ATTRIBUTES = ['a href', 'iframe src', 'form action', 'img src', 'link href', 'meta content', 'meta property'];
const OTHERS = [
  '<script>window.__pwned=1</script>',
  '<script type="application/ld+json">{"headline":"<img src=x onerror=window.__pwned=1>","author":{"name":"javascript:window.__pwned=1"}}</script>',
  '<style>*{background:url(https://evil.example/b)}</style>',
  '<div style="width:expression(window.__pwned=1)">',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=1">',
  '<meta property="og:url" content="javascript:window.__pwned=1">',
  '<noscript><p title="</noscript><img src=x onerror=window.__pwned=1>">',
  '<svg></p><style><a id="</style><img src=1 onerror=window.__pwned=1>">',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>',
  '<title><img src=x onerror=window.__pwned=1></title>',
  '<template><img src=x onerror=window.__pwned=1></template>',
];

const payloads: [string, string][] = [
  ...EVENTS.flatMap((event) =>
    ELEMENTS.map((open): [string, string] => {
      const tag = open.split(' ')[0] ?? open;
      return [`${tag} ${event}`, `<${open} ${event}="window.__pwned=1">x</${tag}>`];
    }),
  ),
  ...SCRIPT_URLS.flatMap((url) =>
    URL_ATTRIBUTES.map((attr): [string, string] => {
      const [tag, name] = attr.split(' ') as [string, string];
      return [`${tag} ${name}=${url.slice(0, 12)}`, `<${tag} ${name}="${url}">x</${tag}>`];
    }),
  ),
  ...OTHERS.map((p, i): [string, string] => [`other ${i + 1}`, p]),
];

const BODY = '<p>这是正文的第一段，讲述本市今年一季度的经济运行情况，总体平稳，稳中有进。</p><p>第二段继续说明重点项目建设进展，多个项目提前开工。</p>';

describe(`extractHtml: ${payloads.length} hostile payloads stay inert and out of the text`, () => {
  it.each(payloads)('%s', (_name, payload) => {
    // Text after a mutation-XSS payload may be swallowed with it; the article before it must survive.
    for (const html of [
      `<html><head><title>标题_某网</title></head><body><h1>标题</h1>${BODY}${payload}</body></html>`,
      `<article>${BODY}</article>${payload}`,
      `<title>${payload}</title>${BODY}`,
    ]) {
      const doc = extractHtml(html);
      const everything = [...doc.lines.map((l) => l.text), ...doc.removed.map((r) => r.text), ...Object.values(doc.meta).flat()].join('\n');
      expect(everything).not.toMatch(FORBIDDEN);
      expect(doc.lines.map((l) => l.text).join('')).toContain('多个项目提前开工');
      expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { documentText } from '../../../corpus/ingest';
import { extractHtml } from '../../../renderer/features/import/extract/extract-html';

/**
 * Tags, handlers, script URLs or remote addresses: none may come out, even as text. (A
 * stray `">` left from a broken attribute is plain text and allowed.)
 */
const FORBIDDEN = /<[a-z!/?]|javascript:|vbscript:|data:text|\bon[a-z]+\s*=|__pwned|evil\.example|expression\(|url\(|@import/i;

const EVENTS = ['onerror', 'onload', 'onclick', 'onmouseover', 'onfocus', 'onanimationstart', 'onbegin', 'ontoggle', 'onpointerenter', 'onwheel'];
const ELEMENTS: readonly (readonly [string, string])[] = [
  ['img src=x', 'img'],
  ['svg', 'svg'],
  ['body', 'body'],
  ['details open', 'details'],
  ['input autofocus', 'input'],
  ['video src=x', 'video'],
  ['audio src=x', 'audio'],
  ['iframe', 'iframe'],
  ['marquee', 'marquee'],
  ['a href=#', 'a'],
  ['div tabindex=0', 'div'],
  ['math', 'math'],
];
const SCRIPT_URLS = [
  'javascript:window.__pwned=1',
  'JaVaScRiPt:window.__pwned=1',
  'java&#x09;script:window.__pwned=1',
  '&#106;&#97;vascript:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  'vbscript:window.__pwned=1',
];
const URL_ATTRIBUTES = [
  'a href',
  'iframe src',
  'form action',
  'object data',
  'embed src',
  'base href',
  'area href',
  'button formaction',
  'img src',
  'link href',
];
const CSS_TRICKS = [
  '<style>@import "https://evil.example/a.css";</style>',
  '<style>*{background:url(https://evil.example/b)}</style>',
  '<div style="background-image:url(https://evil.example/c)">',
  '<div style="width:expression(window.__pwned=1)">',
  '<div style="behavior:url(https://evil.example/x.htc)">',
  '<div style="-moz-binding:url(https://evil.example/x.xml#x)">',
  '<link rel=stylesheet href=https://evil.example/d.css>',
  '<style>@font-face{font-family:x;src:url(https://evil.example/f.woff)}</style>',
  '<svg><style>*{fill:url(https://evil.example/g)}</style></svg>',
  '<div style="position:fixed;inset:0;z-index:9999;background:red">',
];
const MUTATION_XSS = [
  '<noscript><p title="</noscript><img src=x onerror=window.__pwned=1>">',
  '<svg></p><style><a id="</style><img src=1 onerror=window.__pwned=1>">',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror=window.__pwned=1>',
  '<xmp><img src=x onerror=window.__pwned=1></xmp>',
  '<textarea><img src=x onerror=window.__pwned=1></textarea>',
  '<title><img src=x onerror=window.__pwned=1></title>',
  '<select><template><img src=x onerror=window.__pwned=1></template></select>',
  '<svg><foreignObject><img src=x onerror=window.__pwned=1></foreignObject></svg>',
  '<a href="&#x6a;avascript&colon;window.__pwned=1">',
];

const payloads: [string, string][] = [
  ...EVENTS.flatMap((event) => ELEMENTS.map(([open, tag]): [string, string] => [`${tag} ${event}`, `<${open} ${event}="window.__pwned=1">x</${tag}>`])),
  ...SCRIPT_URLS.flatMap((url) =>
    URL_ATTRIBUTES.map((attr): [string, string] => {
      const [tag, name] = attr.split(' ') as [string, string];
      return [`${tag} ${name}=${url.slice(0, 12)}`, `<${tag} ${name}="${url}">x</${tag}>`];
    }),
  ),
  ...CSS_TRICKS.map((p, i): [string, string] => [`css trick ${i + 1}`, p]),
  ...MUTATION_XSS.map((p, i): [string, string] => [`mutation xss ${i + 1}`, p]),
];

describe(`extractHtml: ${payloads.length} generated hostile payloads`, () => {
  it('has at least 200 payloads', () => {
    expect(payloads.length).toBeGreaterThanOrEqual(200);
  });

  it.each(payloads)('%s', (_name, payload) => {
    const doc = extractHtml(`<h1>标题</h1><p>正文在前。</p>${payload}<p>正文在后。</p>`);
    const text = documentText(doc);
    expect(
      doc.lines
        .filter((l) => l.text.trim())
        .slice(0, 2)
        .map((l) => l.text),
    ).toEqual(['标题', '正文在前。']);
    // Nothing dangerous in the text, the metadata or the list of what was left out.
    for (const shown of [text, JSON.stringify(doc.meta), ...doc.removed.map((r) => r.text)]) expect(shown).not.toMatch(FORBIDDEN);
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
  });
});

/**
 * Hostile strings for the "nothing a note, tag, title or query contains can run" tests.
 * Each payload, if it ever ran, would set `window.__pwned` (or `top.`/`parent.`) or make a
 * request to PWNED_URL, a closed port on this machine, so either the page flag or the
 * request log gives it away. Pure data plus one DOM scanner; used by jsdom and e2e tests.
 */

/** A closed local port: a request here is always a leak, never a real service. */
export const PWNED_URL = 'http://127.0.0.1:1/x';

/** JavaScript each template carries: a page flag, a frame-escaping flag, a request. */
const ACTIONS = ['window.__pwned=1', 'top.__pwned=1', `fetch('${PWNED_URL}')`] as const;

/** `{JS}` is replaced by each action; `{JSQ}` by the same with quotes HTML-encoded. */
const TEMPLATES: readonly string[] = [
  // Script tags in their many spellings.
  '<script>{JS}</script>',
  '<ScRiPt>{JS}</sCrIpT>',
  '<script type="module">{JS}</script>',
  '<script>/*</script><script>*/{JS}</script>',
  '<scr<script>ipt>{JS}</scr</script>ipt>',
  '"><script>{JS}</script>',
  "'><script>{JS}</script>",
  '</textarea><script>{JS}</script>',
  '</title><script>{JS}</script>',
  '</style><script>{JS}</script>',
  '<!--><script>{JS}</script>-->',
  '<![CDATA[<script>{JS}</script>]]>',
  // Event handlers.
  '<img src=x onerror="{JSQ}">',
  '<img src=x onerror={JS}//>',
  '<IMG SRC=x oNeRrOr="{JSQ}">',
  '<img/src=x/onerror="{JSQ}">',
  '<svg onload="{JSQ}">',
  '<svg/onload={JS}>',
  '<svg><script>{JS}</script></svg>',
  '<svg><animate onbegin="{JSQ}" attributeName=x dur=1s>',
  '<svg><a xlink:href="javascript:{JSQ}"><text x=20 y=20>点我</text></a></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror="{JSQ}">',
  '<body onload="{JSQ}">',
  '<input autofocus onfocus="{JSQ}">',
  '<textarea autofocus onfocus="{JSQ}"></textarea>',
  '<select autofocus onfocus="{JSQ}"></select>',
  '<details open ontoggle="{JSQ}">',
  '<video><source onerror="{JSQ}"></video>',
  '<audio src=x onerror="{JSQ}">',
  '<marquee onstart="{JSQ}">文字</marquee>',
  '<div onmouseover="{JSQ}">悬停</div>',
  '<a onclick="{JSQ}">点我</a>',
  '<form><button formaction="javascript:{JSQ}">提交</button></form>',
  '<isindex action="javascript:{JSQ}" type=submit>',
  '<object data="javascript:{JSQ}"></object>',
  '<embed src="javascript:{JSQ}">',
  '<img src="x" onerror="&#x77;indow.__pwned=1">',
  // javascript: and friends as URLs.
  '<a href="javascript:{JSQ}">链接</a>',
  '<a href="JaVaScRiPt:{JSQ}">链接</a>',
  '<a href=" javascript:{JSQ}">链接</a>',
  '<a href="java&#x09;script:{JSQ}">链接</a>',
  '<a href="&#106;avascript:{JSQ}">链接</a>',
  '<a href="javascript&colon;{JSQ}">链接</a>',
  '<iframe src="javascript:{JSQ}"></iframe>',
  '<iframe srcdoc="<script>parent.__pwned=1;{JSQ}</script>"></iframe>',
  '<iframe srcdoc="&lt;img src=x onerror=parent.__pwned=1&gt;"></iframe>',
  '<meta http-equiv="refresh" content="0;url=javascript:{JSQ}">',
  '<base href="javascript:{JSQ}//">',
  // Markdown links, the note editor's own syntax.
  '[点我](javascript:{JS})',
  '[点我](JAVASCRIPT:{JS})',
  '[点我](javascript://%0a{JS})',
  '[点我](%6Aavascript:{JS})',
  '[点我](&#106;avascript:{JS})',
  '[点我](vbscript:{JS})',
  '[点我](<javascript:{JS}>)',
  '[点我]( javascript:{JS})',
  '[**加粗**](javascript:{JS})',
  '[`代码`](javascript:{JS})',
  '- [列表](javascript:{JS})',
  '1. [编号](javascript:{JS})',
  '[参考][1]\n\n[1]: javascript:{JS}',
  '<javascript:{JS}>',
  '**<img src=x onerror="{JSQ}">**',
  '*<svg onload="{JSQ}">*',
  '`<script>{JS}</script>`',
  // data: URLs.
  '<a href="data:text/html,<script>{JSQ}</script>">数据</a>',
  '[数据](data:text/html,<script>{JS}</script>)',
  '[数据](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+)',
  '<img src="data:image/svg+xml,<svg onload=\'{JSQ}\'/>">',
  '<object data="data:text/html,<script>{JSQ}</script>"></object>',
  // CSS tricks.
  '<style>@import "javascript:{JSQ}";</style>',
  '<div style="width:expression({JS})">CSS</div>',
  '<div style="background:url(javascript:{JSQ})">CSS</div>',
  '<div style="behavior:url(#default#x);-moz-binding:url(javascript:{JSQ})">CSS</div>',
  '<link rel=stylesheet href="javascript:{JSQ}">',
  // Template and expression injection.
  "{{constructor.constructor('{JS}')()}}",
  '${{JS}}',
  '<%= {JS} %>',
  '#{{JS}}',
  // Entities and unicode tricks.
  '&lt;script&gt;{JS}&lt;/script&gt;',
  '&#60;script&#62;{JS}&#60;/script&#62;',
  '\\u003cscript\\u003e{JS}\\u003c/script\\u003e',
  '＜script＞{JS}＜/script＞',
  '<scr\u0000ipt>{JS}</scr\u0000ipt>',
  '\u202E>tpircs/<{JS}>tpircs<',
  '[点我](java\u200Bscript:{JS})',
  '<a href="java\u0000script:{JSQ}">链接</a>',
  '<img src=x onerror\u000C="{JSQ}">',
  '𠮷<script>{JS}</script>𠮷',
];

const encodeQuotes = (js: string) => js.replaceAll("'", '&#39;');

/** Extra hand-written ones that do not fit a template. */
const SINGLES: readonly string[] = [
  'jaVasCript:/*-/*`/*\\`/*\'/*"/**/(/* */oNcliCk=window.__pwned=1 )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=window.__pwned=1//>\\x3e',
  '"><img src=x onerror=window.__pwned=1>{{7*7}}',
  '<noscript><p title="</noscript><img src=x onerror=window.__pwned=1>">',
  '<template><script>window.__pwned=1</script></template>',
  '<svg><foreignObject><iframe srcdoc="<script>parent.__pwned=1</script>"/></foreignObject></svg>',
  '<x contenteditable onfocus=window.__pwned=1 autofocus>',
  `<img src="${PWNED_URL}">`,
  `<link rel=prefetch href="${PWNED_URL}">`,
  `<video poster="${PWNED_URL}"></video>`,
  `<div style="background-image:url('${PWNED_URL}')">背景</div>`,
  `<style>*{background:url(${PWNED_URL})}</style>`,
  `![图](${PWNED_URL})`,
  '\u0000\u0001\u0002\uFFFE\uFFFF',
  '\uD800 lone surrogate \uDC00',
  '<',
  '</',
  '<!--',
];

/** At least 200 distinct payloads; deterministic order so failures are reproducible by index. */
export const XSS_PAYLOADS: readonly string[] = [
  ...new Set([...TEMPLATES.flatMap((template) => ACTIONS.map((js) => template.replaceAll('{JSQ}', encodeQuotes(js)).replaceAll('{JS}', js))), ...SINGLES]),
];

/**
 * What in a rendered DOM could run or load something: script elements, frames without an
 * empty sandbox, plugins, `<base>`/`<meta>`/`<link>`/`<style>` elements, `on*` attributes,
 * script-capable or data URLs in link-like attributes, and styles that load URLs. Self-contained
 * (no closures) so e2e tests can pass it straight to `page.evaluate`.
 */
export function hostileDomFindings(root: ParentNode): string[] {
  const findings: string[] = [];
  const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'srcset'];
  const dangerousUrl = /^(?:javascript|vbscript|data|livescript):/i;
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase();
    if (['script', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'style', 'frame', 'frameset'].includes(tag)) findings.push(`<${tag}> element`);
    if (tag === 'iframe' && el.getAttribute('sandbox') !== '') findings.push('<iframe> without an empty sandbox');
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      // Browsers ignore control characters and whitespace inside a scheme.
      const value = Array.from(attr.value)
        .filter((c) => c.charCodeAt(0) > 0x20 && !/[\u007F-\u009F\u200B-\u200D\uFEFF]/.test(c))
        .join('');
      if (name.startsWith('on')) findings.push(`<${tag} ${name}>`);
      if (urlAttributes.includes(name) && dangerousUrl.test(value)) findings.push(`<${tag} ${name}="${attr.value.slice(0, 40)}">`);
      if (name === 'srcdoc' && el.getAttribute('sandbox') !== '') findings.push(`<${tag} srcdoc> outside an empty sandbox`);
      if (name === 'style' && /url\(|expression\(|binding|behavior/i.test(value)) findings.push(`<${tag} style="${attr.value.slice(0, 40)}">`);
    }
  }
  return findings;
}

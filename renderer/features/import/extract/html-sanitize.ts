import DOMPurify from 'dompurify';

/** Structure-carrying tags kept through sanitizing; everything else goes (content kept unless dangerous). */
const KEPT_TAGS = [
  'html',
  'head',
  'title',
  'meta',
  'body',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'br',
  'hr',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'a',
  'span',
  'em',
  'strong',
  'b',
  'i',
  'u',
  's',
  'q',
  'cite',
  'code',
  'small',
  'sub',
  'sup',
  'mark',
  'abbr',
  'time',
  'del',
  'ins',
  'font',
  'center',
];

/**
 * Attributes kept: only names that carry no URL, script or style. `class`/`id` let
 * Readability score candidates (`article`, `content`, `comment`, `footer`…); `lang`, `datetime`,
 * `name`, `property`, `itemprop` and `content` carry `<meta>`/`<time>` metadata. Never
 * `href`, `src`, `on*`, `style`, `http-equiv`.
 */
const KEPT_ATTRIBUTES = ['class', 'id', 'lang', 'datetime', 'content', 'name', 'property', 'itemprop'];

/** Elements whose text is dropped with them, on top of DOMPurify's defaults (script, style, svg, iframe…). */
const EXTRA_FORBIDDEN_CONTENT = [
  'object',
  'embed',
  'applet',
  'canvas',
  'select',
  'option',
  'datalist',
  'button',
  'form',
  'input',
  'textarea',
  'audio',
  'video',
  'picture',
  'map',
  'frameset',
  'frame',
  'dialog',
];

const SANITIZE_CONFIG = {
  WHOLE_DOCUMENT: true,
  ALLOWED_TAGS: KEPT_TAGS,
  ALLOWED_ATTR: KEPT_ATTRIBUTES,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: true,
  ADD_FORBID_CONTENTS: EXTRA_FORBIDDEN_CONTENT,
  RETURN_TRUSTED_TYPE: false,
} as const;

/** `og:title`, `article:published_time`, `twitter:title`: a metadata key, which DOMPurify would take for a URL scheme. */
const META_KEY = /^[a-z][\w-]*(?::[\w-]+)+$/i;
const META_KEY_ATTRIBUTES = new Set(['name', 'property', 'itemprop']);

type Purifier = ReturnType<typeof DOMPurify>;
let purifier: Purifier | undefined;

/**
 * Our own DOMPurify instance (hooks on the shared one would change every other sanitizer),
 * made on first use, not at import. Its one hook keeps a `<meta>` key such as `og:title`
 * that DOMPurify's URL check would drop; a key matching META_KEY cannot be a script URL
 * and no browser reads `property` as an address.
 */
function metaAwarePurifier(): Purifier {
  if (purifier) return purifier;
  const instance = DOMPurify(window);
  instance.addHook('uponSanitizeAttribute', (node, data) => {
    if (node.nodeName === 'META' && META_KEY_ATTRIBUTES.has(data.attrName) && META_KEY.test(data.attrValue)) data.forceKeepAttr = true;
  });
  purifier = instance;
  return instance;
}

/**
 * Untrusted HTML → an inert Document. DOMPurify removes every script, handler, URL and
 * style first; the sanitized string is then parsed with DOMParser, whose document has no
 * browsing context (nothing runs, nothing loads). The document is never attached to the page.
 */
export function sanitizedDocument(html: string): Document {
  const clean = metaAwarePurifier().sanitize(html, SANITIZE_CONFIG);
  return new DOMParser().parseFromString(clean, 'text/html');
}

/**
 * The JSON-LD blocks of a page, as parsed values. Read from the raw markup with a pattern
 * (they live in `<script>`, which sanitizing removes); only ever passed to JSON.parse, never run.
 */
export function jsonLdBlocks(html: string): unknown[] {
  const blocks: unknown[] = [];
  const pattern = /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;
  for (const match of html.matchAll(pattern)) {
    try {
      blocks.push(JSON.parse(match[1] ?? '') as unknown);
    } catch {
      // A malformed block states nothing we can read; the rest of the page still can.
    }
  }
  return blocks;
}

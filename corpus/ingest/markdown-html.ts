import type { LineHint } from './source-document';

/** One piece of text found in raw HTML, with what its enclosing tags say. */
export interface HtmlTextPiece {
  readonly text: string;
  readonly hint: LineHint;
}

/** Tags after which the text continues on a new line. */
const BREAKING = new Set([
  'p',
  'div',
  'br',
  'li',
  'tr',
  'figure',
  'figcaption',
  'blockquote',
  'section',
  'article',
  'table',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'pre',
  'center',
  'header',
  'footer',
  'dt',
  'dd',
]);
/** Elements without content or closing tag. */
const VOID = new Set(['img', 'br', 'hr', 'input', 'meta', 'link', 'source', 'wbr', 'area', 'col', 'embed', 'param', 'track', 'base']);
/** Tags whose content is not text a reader sees. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math', 'textarea', 'select']);

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ensp: '\u2002',
  emsp: '\u2003',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
  copy: '©',
};

/** Character references → characters; an unknown named reference stays as written. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Raw HTML inside Markdown (a `<figure>` block, a `<div>` wrapper) → its visible text,
 * split where block tags break it, with `caption`/`heading`/`quote`/`list` from the
 * enclosing tags. No DOM: a small tokenizer over tags and text, enough for what Markdown
 * posts embed; script/style content is dropped. O(length).
 */
export function htmlTextPieces(html: string): HtmlTextPiece[] {
  const pieces: HtmlTextPiece[] = [];
  const open: string[] = [];
  let hidden = 0;
  let buffer = '';
  const hintNow = (): LineHint => {
    const heading = open.map((t) => /^h([1-6])$/.exec(t)).find((m) => m !== null);
    return {
      ...(open.includes('figcaption') ? { caption: true } : {}),
      ...(heading ? { heading: Number(heading[1]) as 1 | 2 | 3 | 4 | 5 | 6 } : {}),
      ...(open.includes('blockquote') ? { quote: true } : {}),
      ...(open.includes('li') ? { list: true } : {}),
    };
  };
  const flush = (): void => {
    const text = decodeEntities(buffer)
      .replace(/[^\S\u3000]+/g, ' ')
      .trim();
    buffer = '';
    if (text) pieces.push({ text, hint: hintNow() });
  };
  const pattern = /<!--[\s\S]*?(?:-->|$)|<\/?([a-zA-Z][\w:-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>|<!?[^>]*>/g;
  let last = 0;
  for (const match of html.matchAll(pattern)) {
    if (hidden === 0) buffer += html.slice(last, match.index);
    last = match.index + match[0].length;
    const tag = match[1]?.toLowerCase();
    if (!tag) continue;
    const closing = match[0][1] === '/';
    const selfClosing = /\/\s*>$/.test(match[0]);
    if (HIDDEN.has(tag)) {
      if (!closing && !selfClosing) hidden++;
      else if (closing && hidden > 0) hidden--;
      continue;
    }
    if (hidden > 0) continue;
    if (BREAKING.has(tag)) flush();
    if (VOID.has(tag) || selfClosing) continue;
    if (!closing) open.push(tag);
    else {
      const at = open.lastIndexOf(tag);
      if (at >= 0) open.splice(at);
    }
  }
  if (hidden === 0) buffer += html.slice(last);
  flush();
  return pieces;
}

import DOMPurify from 'dompurify';

/** Structure-carrying tags kept through sanitizing; everything else goes (content kept unless dangerous). */
const KEPT_TAGS = [
  'html', 'head', 'title', 'body',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'figure', 'figcaption',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
  'a', 'span', 'em', 'strong', 'b', 'i', 'u', 's', 'q', 'cite', 'code', 'small', 'sub', 'sup', 'mark', 'abbr', 'time', 'del', 'ins', 'font', 'center',
];

/** Elements whose text is dropped with them, on top of DOMPurify's defaults (script, style, svg, iframe…). */
const EXTRA_FORBIDDEN_CONTENT = ['object', 'embed', 'applet', 'canvas', 'select', 'option', 'datalist', 'button', 'form', 'input', 'textarea', 'audio', 'video', 'picture', 'map', 'frameset', 'frame', 'dialog'];

/**
 * The strict sanitizer configuration: no attributes at all (so no event handlers, no
 * `href`/`src`/`style`, no remote resources), only text-structure tags, a whole document
 * so `<title>` survives.
 */
const SANITIZE_CONFIG = {
  WHOLE_DOCUMENT: true,
  ALLOWED_TAGS: KEPT_TAGS,
  ALLOWED_ATTR: [] as string[],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: true,
  ADD_FORBID_CONTENTS: EXTRA_FORBIDDEN_CONTENT,
  RETURN_TRUSTED_TYPE: false,
} as const;

const BLOCK_TAGS = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'figure', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'hr', 'center', 'body']);
const CELL_TAGS = new Set(['td', 'th']);
/** Blank lines around a figure caption: the normalizer reads a line set apart like that, and short, as a caption. */
const CAPTION_GAP = 3;

export interface HtmlText {
  /** The first `<h1>` (it is part of the text), else the `<title>` element. */
  readonly title: string | undefined;
  /** Plain text: `#` headings, one paragraph per block, blank lines between. */
  readonly text: string;
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** One output line with the blank lines that precede it. */
interface Line {
  readonly text: string;
  readonly gap: number;
}

/**
 * HTML → the text structure the normalizer understands. The markup is sanitized with
 * DOMPurify first, then the sanitized string is parsed with DOMParser, whose document is
 * inert (no script runs, nothing loads), and walked: h1–h6 become `#` headings, blocks
 * become paragraphs, figcaptions become caption lines. O(size of the document).
 */
export function htmlToText(html: string): HtmlText {
  const clean = DOMPurify.sanitize(html, SANITIZE_CONFIG);
  const doc = new DOMParser().parseFromString(clean, 'text/html');
  const lines: Line[] = [];
  let buffer = '';
  let pendingGap = 1;
  const flush = (): void => {
    const text = collapse(buffer);
    buffer = '';
    if (!text) return;
    lines.push({ text, gap: lines.length === 0 ? 0 : pendingGap });
    pendingGap = 1;
  };
  const push = (text: string, gapBefore = 1, gapAfter = 1): void => {
    flush();
    if (!text) return;
    lines.push({ text, gap: lines.length === 0 ? 0 : Math.max(pendingGap, gapBefore) });
    pendingGap = gapAfter;
  };
  let firstH1: string | undefined;

  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      buffer += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.localName;
    const heading = /^h([1-6])$/.exec(tag);
    if (heading) {
      const text = collapse(element.textContent ?? '');
      if (tag === 'h1' && firstH1 === undefined && text) firstH1 = text;
      push(text ? `${'#'.repeat(Number(heading[1]))} ${text}` : '');
      return;
    }
    // A <title> inside the body is invisible in a browser; the real one is read from <head>.
    if (tag === 'title') return;
    if (tag === 'figcaption') {
      push(collapse(element.textContent ?? ''), CAPTION_GAP, CAPTION_GAP);
      return;
    }
    if (tag === 'br') {
      flush();
      return;
    }
    if (tag === 'pre') {
      flush();
      for (const line of (element.textContent ?? '').split(/\r\n|\r|\n/)) push(collapse(line));
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    for (const child of element.childNodes) visit(child);
    if (CELL_TAGS.has(tag)) buffer += ' ';
    if (block) flush();
  };

  const titleText = collapse(doc.head?.querySelector('title')?.textContent ?? '');
  if (doc.body) visit(doc.body);
  flush();
  const title = firstH1 ?? (titleText || undefined);
  // Without an <h1> the page title becomes the article's title line.
  if (firstH1 === undefined && title) lines.unshift({ text: `# ${title}`, gap: 0 });
  const text = lines.map((l, i) => `${i === 0 ? '' : '\n'.repeat(Math.max(1, l.gap) + 1)}${l.text}`).join('');
  return { title, text };
}

import type { HeadingLevel, LineHint, SourceLine } from '../../../../corpus/ingest';

/** A line with what the walker saw around it, for deciding how to list it when it is left out. */
export interface WalkedLine {
  readonly line: SourceLine;
  /** Inside `<nav>`/`<header>`/`<footer>`/`<aside>`, or mostly link text: navigation, not prose. */
  readonly navigation: boolean;
}

/** Elements that end the text before them and start a new line. */
const BLOCK_TAGS = new Set([
  'p',
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
  'hr',
  'center',
  'body',
  'html',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'address',
]);
const NAVIGATION_TAGS = new Set(['nav', 'header', 'footer', 'aside']);
/**
 * Descendants that make a table cell a layout container rather than a data cell. A `<p>`
 * or `<br>` does not (Word and many CMS editors wrap every cell's text in a paragraph);
 * a long text does (a page laid out in table cells).
 */
const CONTAINER_INSIDE_CELL = 'div, table, ul, ol, h1, h2, h3, h4, h5, h6, blockquote, pre, section, article';
const MAX_DATA_CELL_CHARS = 300;
const SKIPPED_TAGS = new Set(['head', 'title', 'meta', 'script', 'style', 'template', 'noscript']);

/** Whitespace runs → one space (the ideographic space inside a line is kept); trimmed. */
export const collapseSpace = (s: string): string => s.replace(/[^\S\u3000]+/g, ' ').trim();

interface BlockContext {
  readonly heading?: HeadingLevel;
  readonly list?: boolean;
  readonly quote?: boolean;
  readonly caption?: boolean;
  readonly navigation: boolean;
}

interface InlineContext {
  readonly bold: boolean;
  readonly link: boolean;
}

/** A `<table>` whose cells hold only inline text and that has a row of two or more cells: data, not layout. */
function isDataTable(table: Element): boolean {
  const rows = [...table.querySelectorAll('tr')].filter((tr) => tr.closest('table') === table);
  if (rows.length === 0) return false;
  const cells = rows.flatMap((tr) => [...tr.children].filter((c) => c.localName === 'td' || c.localName === 'th'));
  if (cells.some((cell) => cell.querySelector(CONTAINER_INSIDE_CELL) !== null || (cell.textContent ?? '').length > MAX_DATA_CELL_CHARS)) return false;
  return rows.some((tr) => [...tr.children].filter((c) => c.localName === 'td' || c.localName === 'th').length >= 2);
}

function hintOf(ctx: BlockContext, extra: LineHint): LineHint | undefined {
  const hint: { -readonly [K in keyof LineHint]: LineHint[K] } = {};
  if (ctx.heading) hint.heading = ctx.heading;
  if (ctx.list) hint.list = true;
  if (ctx.quote) hint.quote = true;
  if (ctx.caption) hint.caption = true;
  Object.assign(hint, extra);
  return Object.keys(hint).length > 0 ? hint : undefined;
}

/**
 * A sanitized DOM subtree → one SourceLine per block: `<p>`/`<div>` text, `<li>` (list),
 * `<h1>`–`<h6>` (heading), `<figcaption>` (caption), data-table `<tr>` (cells joined by a
 * tab), `<pre>` lines (code), `<blockquote>` (quote), a paragraph that is all `<strong>`/`<b>`
 * (bold). Lines closed by a block element get `block: true`; a `<br>` splits a line without
 * it, so the normalizer may rejoin a sentence broken mid-way. Text only, never markup;
 * O(nodes).
 */
export function walkHtmlLines(root: Node): WalkedLine[] {
  const out: WalkedLine[] = [];
  let buffer = '';
  let boldChars = 0;
  let plainChars = 0;
  let linkChars = 0;

  const flush = (ctx: BlockContext, block: boolean): void => {
    const text = collapseSpace(buffer);
    const allBold = boldChars > 0 && plainChars === 0;
    const mostlyLinks = linkChars > 0 && linkChars * 2 >= boldChars + plainChars;
    buffer = '';
    boldChars = plainChars = linkChars = 0;
    if (!text) return;
    const hint = hintOf(ctx, { ...(allBold && !ctx.heading ? { bold: true } : {}), ...(block ? { block: true } : {}) });
    out.push({ line: hint ? { text, hint } : { text }, navigation: ctx.navigation || mostlyLinks });
  };

  const push = (text: string, ctx: BlockContext, extra: LineHint, navigation = ctx.navigation): void => {
    const hint = hintOf(ctx, extra);
    out.push({ line: hint ? { text, hint } : { text }, navigation });
  };

  const visitChildren = (node: Node, ctx: BlockContext, inline: InlineContext): void => {
    for (const child of node.childNodes) visit(child, ctx, inline);
  };

  const visit = (node: Node, ctx: BlockContext, inline: InlineContext): void => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      buffer += value;
      const visible = value.replace(/\s+/g, '').length;
      if (inline.bold) boldChars += visible;
      else plainChars += visible;
      if (inline.link) linkChars += visible;
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.localName;
    if (SKIPPED_TAGS.has(tag)) return;
    if (tag === 'br') {
      if (ctx.heading) buffer += ' ';
      else flush(ctx, false);
      return;
    }
    if (tag === 'pre') {
      flush(ctx, true);
      const lines = (element.textContent ?? '')
        .replace(/^\r?\n/, '')
        .replace(/\s+$/, '')
        .split(/\r\n|\r|\n/);
      for (const line of lines) push(line.replace(/\s+$/, ''), ctx, { code: true, block: true });
      return;
    }
    if (tag === 'table' && isDataTable(element)) {
      flush(ctx, true);
      for (const row of element.querySelectorAll('tr')) {
        if (row.closest('table') !== element) continue;
        const cells = [...row.children].filter((c) => c.localName === 'td' || c.localName === 'th').map((c) => collapseSpace(c.textContent ?? ''));
        if (cells.some((c) => c !== '')) push(cells.join('\t'), ctx, { table: true, block: true });
      }
      return;
    }
    if (!BLOCK_TAGS.has(tag)) {
      const bold = inline.bold || tag === 'strong' || tag === 'b';
      const link = inline.link || tag === 'a';
      visitChildren(element, ctx, bold === inline.bold && link === inline.link ? inline : { bold, link });
      return;
    }
    flush(ctx, true);
    const heading = /^h([1-6])$/.exec(tag);
    const inner: BlockContext = {
      ...ctx,
      ...(heading ? { heading: Number(heading[1]) as HeadingLevel } : {}),
      ...(tag === 'li' || tag === 'dt' || tag === 'dd' ? { list: true } : {}),
      ...(tag === 'blockquote' ? { quote: true } : {}),
      ...(tag === 'figcaption' ? { caption: true } : {}),
      navigation: ctx.navigation || NAVIGATION_TAGS.has(tag),
    };
    visitChildren(element, inner, { bold: false, link: false });
    flush(inner, true);
  };

  visit(root, { navigation: false }, { bold: false, link: false });
  flush({ navigation: false }, true);
  return out;
}

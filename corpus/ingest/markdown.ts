import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { splitFrontMatter } from './front-matter';
import { htmlTextPieces } from './markdown-html';
import type { ExtractionRemoval, HeadingLevel, LineHint, SourceDocument, SourceLine } from './source-document';

/** East Asian wide characters: a soft line break between two of them joins without a space (CSS Text 3 segment break rule). */
const WIDE = /[\u1100-\u11ff\u2e80-\u303f\u3040-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** The parser: raw HTML recognised as HTML (so it is never shown as text), every link target accepted (only link text is kept). */
function parser(): MarkdownIt {
  const md = new MarkdownIt({ html: true, linkify: false, typographer: false });
  // markdown-it refuses `javascript:` targets and then leaves `[text](javascript:…)` as literal
  // text; no target is ever rendered here, so accept them all and keep the text.
  md.validateLink = () => true;
  return md;
}

interface InlineText {
  readonly pieces: string[];
  /** Text pieces ended by a hard break (each becomes a line without `block`). */
  readonly breaks: string[];
  boldChars: number;
  plainChars: number;
  images: { alt: string; src: string }[];
}

/** An inline token stream → lines (split at hard breaks), with bold share and images found. */
function inlineText(children: readonly Token[]): InlineText {
  const out: InlineText = { pieces: [], breaks: [], boldChars: 0, plainChars: 0, images: [] };
  let bold = 0;
  let line = '';
  const add = (s: string): void => {
    line += s;
    const visible = s.replace(/\s+/g, '').length;
    if (bold > 0) out.boldChars += visible;
    else out.plainChars += visible;
  };
  for (const [i, token] of children.entries()) {
    switch (token.type) {
      case 'text':
      case 'code_inline':
        add(token.content);
        break;
      case 'softbreak': {
        const next = children[i + 1]?.content ?? '';
        line += WIDE.test(line.slice(-1)) && WIDE.test(next.slice(0, 1)) ? '' : ' ';
        break;
      }
      case 'hardbreak':
        out.breaks.push(line);
        line = '';
        break;
      case 'strong_open':
        bold++;
        break;
      case 'strong_close':
        bold--;
        break;
      case 'image':
        out.images.push({ alt: token.content, src: token.attrGet('src') ?? '' });
        break;
      case 'html_inline':
        if (/^<br\s*\/?>$/i.test(token.content)) {
          out.breaks.push(line);
          line = '';
        } else
          add(
            htmlTextPieces(token.content)
              .map((p) => p.text)
              .join(''),
          );
        break;
      default:
        // link_open/close, em, s (strikethrough): markup around text that is kept.
        break;
    }
  }
  out.pieces.push(line);
  return out;
}

/** The source lines a block token covers, for listing what was left out. */
const sourceOf = (token: Token, lines: readonly string[]): string =>
  token.map ? lines.slice(token.map[0], token.map[1]).join('\n').trim() : token.content.trim();

/**
 * A Markdown file → SourceDocument (format 'markdown'). YAML front matter becomes `meta`
 * and is listed in `removed`, never shown. The rest is parsed with markdown-it: headings
 * (ATX and Setext), paragraphs (`block`; soft breaks joined per CommonMark, without a
 * space between Chinese characters), list items, block quotes, table rows (cells joined by
 * a tab), code blocks (one `code` line per line), images as caption lines from their alt
 * text. Raw HTML is reduced to its text; markup with no text is listed with reason `html`.
 * Links keep their text only. Pure: no DOM.
 */
export function markdownDocument(text: string): SourceDocument {
  const front = splitFrontMatter(text);
  const body = front ? front.body : text.replace(/^\uFEFF/, '');
  const sourceLines = body.split(/\r\n|\r|\n/);
  const tokens = parser().parse(body, {});
  const lines: SourceLine[] = [];
  const removed: ExtractionRemoval[] = [...(front?.removed ?? [])];
  const push = (line: string, hint: LineHint): void => {
    const t = line.trim();
    if (t) lines.push(Object.keys(hint).length > 0 ? { text: t, hint } : { text: t });
  };

  let heading: HeadingLevel | undefined;
  let list = 0;
  let quote = 0;
  let row: string[] | undefined;
  const context = (): LineHint => ({ ...(heading ? { heading } : {}), ...(list > 0 ? { list: true } : {}), ...(quote > 0 ? { quote: true } : {}) });
  let ordinal: string | undefined;

  for (const token of tokens) {
    switch (token.type) {
      case 'heading_open':
        heading = Number(token.tag.slice(1)) as HeadingLevel;
        break;
      case 'heading_close':
        heading = undefined;
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        list++;
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        list--;
        break;
      case 'list_item_open':
        // An ordered item's number is part of what the author wrote (`1.` `2)`); a bullet is not.
        ordinal = token.info ? `${token.info}${token.markup} ` : undefined;
        break;
      case 'blockquote_open':
        quote++;
        break;
      case 'blockquote_close':
        quote--;
        break;
      case 'tr_open':
        row = [];
        break;
      case 'tr_close':
        if (row && row.some((c) => c !== '')) lines.push({ text: row.join('\t'), hint: { table: true, block: true } });
        row = undefined;
        break;
      case 'inline': {
        const inline = inlineText(token.children ?? []);
        if (row) {
          row.push([...inline.breaks, ...inline.pieces].join(' ').trim());
          break;
        }
        const all = [...inline.breaks, ...inline.pieces];
        if (all.every((p) => p.trim() === '')) {
          for (const image of inline.images) {
            if (image.alt.trim()) push(image.alt, { caption: true, block: true });
            else removed.push({ text: sourceOf(token, sourceLines) || image.src, reason: 'image' });
          }
          break;
        }
        for (const image of inline.images) removed.push({ text: image.alt || image.src, reason: 'image' });
        const bold = inline.boldChars > 0 && inline.plainChars === 0 && !heading;
        const hint = context();
        const prefix = ordinal ?? '';
        ordinal = undefined;
        inline.breaks.forEach((piece, i) => push(i === 0 ? prefix + piece : piece, { ...hint, ...(bold ? { bold } : {}) }));
        push(inline.breaks.length === 0 ? prefix + inline.pieces.join('') : inline.pieces.join(''), { ...hint, ...(bold ? { bold } : {}), block: true });
        break;
      }
      case 'fence':
      case 'code_block':
        for (const line of token.content.replace(/\n$/, '').split('\n')) lines.push({ text: line.replace(/\s+$/, ''), hint: { code: true, block: true } });
        break;
      case 'html_block': {
        const pieces = htmlTextPieces(token.content);
        if (pieces.length === 0) removed.push({ text: token.content.trim(), reason: 'html' });
        for (const piece of pieces) push(piece.text, { ...context(), ...piece.hint, block: true });
        break;
      }
      case 'hr':
        removed.push({ text: sourceOf(token, sourceLines), reason: 'rule' });
        break;
      default:
        break;
    }
  }
  return { format: 'markdown', lines, meta: front?.meta ?? {}, removed };
}

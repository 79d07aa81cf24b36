import type { AnchoredAnnotation } from '../anchoring/anchor-article';
import { blockIndexAt, blockStarts, type Annotation, type ArticleNote, type Block, type HighlightColor } from '../model';
import { escapeHtml } from './escape-html';
import { noteMarker } from './note-marker';
import { printLabels, type PrintLabels } from './print-labels';
import type { ArticlePrintInput } from './print-types';
import { segmentSpans, type Span } from './segments';

/** A highlight as printed: an annotation anchored in the current text. */
type Highlight = AnchoredAnnotation<Annotation>;

/** A highlight gets a numbered note box when it carries a note or tags. */
export function hasNote(annotation: Annotation): boolean {
  return annotation.body.note.trim() !== '' || annotation.body.tags.length > 0;
}

/** Highlights in reading order: by start, then the longer (outer) one first, then id for stability. */
export function sortHighlights(highlights: readonly Highlight[]): Highlight[] {
  return [...highlights].sort((a, b) => a.start - b.start || b.end - a.end || compareIds(a.annotation.id, b.annotation.id));
}

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Note numbers (1-based) in reading order, for the highlights that have notes. */
export function assignNoteNumbers(highlights: readonly Highlight[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const h of sortHighlights(highlights)) {
    if (hasNote(h.annotation) && !numbers.has(h.annotation.id)) numbers.set(h.annotation.id, numbers.size + 1);
  }
  return numbers;
}

/** Index of the block a highlight ends in: its marker and note box go there. */
export function endBlockIndex(starts: readonly number[], h: { readonly start: number; readonly end: number }): number {
  // The block holding the last unit (so a range ending on a block separator belongs to the
  // block before it); empty ranges use their start. O(log n).
  return blockIndexAt(starts, h.end > h.start ? h.end - 1 : h.start);
}

/** A laid-out article: for each block, its highlights and the notes ending in it. */
export interface ArticleLayout {
  readonly blocks: readonly Block[];
  readonly starts: readonly number[];
  readonly noteNumbers: ReadonlyMap<string, number>;
  /** Highlights ending in each block (reading order). */
  readonly endingIn: readonly Highlight[][];
  /** Highlights touching each block. */
  readonly touching: readonly Highlight[][];
}

export function layoutArticle(input: Pick<ArticlePrintInput, 'article' | 'annotations'>): ArticleLayout {
  const blocks = input.article.blocks;
  const starts = blockStarts(blocks) as number[];
  const sorted = sortHighlights(input.annotations);
  const endingIn: Highlight[][] = blocks.map(() => []);
  const touching: Highlight[][] = blocks.map(() => []);
  for (const h of sorted) {
    const last = endBlockIndex(starts, h);
    endingIn[last]?.push(h);
    for (let i = endBlockIndex(starts, { start: h.start, end: h.start }); i <= last; i++) touching[i]?.push(h);
  }
  return { blocks, starts, noteNumbers: assignNoteNumbers(sorted), endingIn, touching };
}

function tagsHtml(tags: readonly string[], labels: PrintLabels): string {
  if (tags.length === 0) return '';
  const chips = tags.map((t) => `<span class="tag">#${escapeHtml(t)}</span>`).join('');
  return `<div class="tags"><span class="tags-label">${escapeHtml(labels.tags)}：</span>${chips}</div>`;
}

/** One note box; `quote` is shown for notes printed away from their passage (appendix, summary). */
export function noteBoxHtml(args: {
  readonly annotation: Annotation;
  readonly number: number;
  readonly colorName: string;
  readonly where: string;
  readonly labels: PrintLabels;
  readonly quote?: string;
}): string {
  const { annotation, labels } = args;
  const head =
    `<div class="note-head"><span class="note-no">${noteMarker(args.number)}</span>` +
    `<span class="swatch swatch-${annotation.color}">${escapeHtml(args.colorName)}</span>` +
    (args.where ? ` · ${escapeHtml(args.where)}` : '') +
    `</div>`;
  const quote = args.quote !== undefined ? `<div class="note-quote">${escapeHtml(args.quote)}</div>` : '';
  const text = annotation.body.note.trim() ? `<div class="note-text">${escapeHtml(annotation.body.note.trim())}</div>` : '';
  return (
    `<div class="note note-${annotation.color}" data-note="${args.number}" data-annotation="${escapeHtml(annotation.id)}">` +
    head +
    quote +
    text +
    tagsHtml(annotation.body.tags, labels) +
    `</div>`
  );
}

function topHighlight(active: readonly Highlight[]): Highlight {
  // Innermost wins the background: the latest start, then the shortest.
  return active.reduce((best, h) => (h.start > best.start || (h.start === best.start && h.end < best.end) ? h : best));
}

/** The inner HTML of one block: text split at highlight boundaries, with note markers. */
export function blockInnerHtml(layout: ArticleLayout, index: number): string {
  const block = layout.blocks[index]!;
  const base = layout.starts[index]!;
  const spans: Span<Highlight>[] = layout.touching[index]!.map((h) => ({ start: h.start - base, end: h.end - base, value: h }));
  const markersAt = new Map<number, number[]>();
  for (const h of layout.endingIn[index]!) {
    const n = layout.noteNumbers.get(h.annotation.id);
    if (n === undefined) continue;
    const at = Math.min(Math.max(h.end - base, 0), block.text.length);
    markersAt.set(at, [...(markersAt.get(at) ?? []), n]);
  }
  const markers = (at: number): string => (markersAt.get(at) ?? []).map((n) => `<sup class="note-ref" data-ref="${n}">${noteMarker(n)}</sup>`).join('');
  let html = markers(0);
  for (const seg of segmentSpans(block.text.length, spans)) {
    const text = escapeHtml(block.text.slice(seg.start, seg.end));
    if (seg.active.length === 0) {
      html += text;
    } else {
      const top = topHighlight(seg.active);
      const multi = new Set(seg.active.map((h) => h.annotation.color)).size > 1 ? ' hl-multi' : '';
      const ids = seg.active.map((h) => h.annotation.id).join(' ');
      html += `<mark class="hl hl-${top.annotation.color}${multi}" data-annotations="${escapeHtml(ids)}">${text}</mark>`;
    }
    if (seg.end > 0) html += markers(seg.end);
  }
  return html;
}

/** Where a passage is, for note boxes: "¶12" for paragraphs, nothing otherwise. */
export function paraLabel(block: Block | undefined): string {
  return block?.para !== undefined ? `¶${block.para}` : '';
}

function blockHtml(block: Block, inner: string): string {
  const id = `data-block="${escapeHtml(block.id)}"`;
  switch (block.kind) {
    case 'kicker':
      return `<p class="b-kicker" ${id}>${inner}</p>`;
    case 'title':
      return `<h1 class="b-title" ${id}>${inner}</h1>`;
    case 'subtitle':
      return `<p class="b-subtitle" ${id}>${inner}</p>`;
    case 'byline':
      return `<p class="b-byline" ${id}>${inner}</p>`;
    case 'heading': {
      const level = Math.min(4, Math.max(2, (block.level ?? 1) + 1));
      return `<h${level} class="b-heading" ${id}>${inner}</h${level}>`;
    }
    case 'paragraph': {
      const no = block.para !== undefined ? `<span class="para-no">¶${block.para}</span>` : '';
      const anchor = block.para !== undefined ? ` id="p${block.para}"` : '';
      return `<p class="b-para"${anchor} ${id}>${no}${inner}</p>`;
    }
    case 'caption':
      return `<p class="b-caption" ${id}>${inner}</p>`;
    case 'author-note':
      return `<p class="b-author-note" ${id}>${inner}</p>`;
  }
}

/** A block with its highlights, followed by the note boxes of the notes ending in it. */
export function renderBlockWithNotes(layout: ArticleLayout, index: number, colorNames: Readonly<Record<HighlightColor, string>>, labels: PrintLabels): string {
  const block = layout.blocks[index]!;
  const notes = layout.endingIn[index]!.filter((h) => layout.noteNumbers.has(h.annotation.id))
    .map((h) =>
      noteBoxHtml({
        annotation: h.annotation,
        number: layout.noteNumbers.get(h.annotation.id)!,
        colorName: colorNames[h.annotation.color],
        where: paraLabel(block),
        labels,
      }),
    )
    .join('');
  return blockHtml(block, blockInnerHtml(layout, index)) + (notes ? `<div class="notes">${notes}</div>` : '');
}

const TITLE_GROUP = new Set<Block['kind']>(['kicker', 'title', 'subtitle', 'byline']);

function metaLineHtml(input: ArticlePrintInput, labels: PrintLabels): string {
  const meta = input.article.meta;
  const parts: string[] = [];
  if (meta.source) parts.push(`${labels.source}：${meta.source}`);
  if (meta.date ?? meta.year) parts.push(`${labels.date}：${meta.date ?? String(meta.year)}`);
  if (meta.authors.length > 0) parts.push(`${labels.authors}：${meta.authors.join(labels.listSeparator)}`);
  parts.push(`${labels.generated}：${input.generatedAt.slice(0, 16).replace('T', ' ')}`);
  return `<p class="doc-meta">${parts.map((p) => `<span>${escapeHtml(p)}</span>`).join('')}</p>`;
}

/** The colour legend: each colour's swatch (background + line style) and the user's name for it. */
export function legendHtml(colorNames: Readonly<Record<HighlightColor, string>>, labels: PrintLabels): string {
  const items = (Object.keys(colorNames) as HighlightColor[]).map((c) => `<span class="swatch swatch-${c}">${escapeHtml(colorNames[c])}</span>`).join('');
  return `<div class="legend"><strong>${escapeHtml(labels.legend)}：</strong>${items}</div>`;
}

function articleNotesHtml(notes: readonly ArticleNote[], labels: PrintLabels): string {
  return notes
    .map(
      (n) =>
        `<div class="note" data-article-note="${escapeHtml(n.id)}"><div class="note-text">${escapeHtml(n.body.note.trim())}</div>${tagsHtml(n.body.tags, labels)}</div>`,
    )
    .join('');
}

/** The appendix: orphaned annotations with their original quotes, then whole-article notes. */
export function appendixHtml(input: ArticlePrintInput, firstNumber: number, labels: PrintLabels): string {
  if (input.orphans.length === 0 && input.articleNotes.length === 0) return '';
  let html = `<section class="appendix gutter"><h2>${escapeHtml(labels.appendix)}</h2>`;
  if (input.articleNotes.length > 0) {
    html += `<h3>${escapeHtml(labels.articleNotes)}</h3>${articleNotesHtml(input.articleNotes, labels)}`;
  }
  if (input.orphans.length > 0) {
    html += `<h3>${escapeHtml(labels.orphans)}</h3><p class="doc-meta">${escapeHtml(labels.orphansHint)}</p>`;
    html += input.orphans
      .map((a, i) =>
        noteBoxHtml({ annotation: a, number: firstNumber + i, colorName: input.colorNames[a.color], where: '', labels, quote: a.target.selector[0].exact }),
      )
      .join('');
  }
  return html + `</section>`;
}

export interface ArticleSectionOptions {
  /** Small line above the title, e.g. "简报 2 / 5" in a meeting pack. */
  readonly marker?: string;
  /** Only blocks touched by a highlight, with "…" between gaps (meeting pack "passages only"). */
  readonly passagesOnly?: boolean;
  /** Include the colour legend (a meeting pack prints it once, on the cover). */
  readonly legend?: boolean;
}

/** One article as an `<article>` element: header, blocks with highlights and notes, appendix. */
export function renderArticleSection(input: ArticlePrintInput, options: ArticleSectionOptions = {}): string {
  const labels = printLabels(input.lang);
  const laidOut = layoutArticle(input);
  const headEnd = laidOut.blocks.findIndex((b) => !TITLE_GROUP.has(b.kind));
  const titleCount = headEnd === -1 ? laidOut.blocks.length : headEnd;
  const titleBlock = laidOut.blocks.slice(0, titleCount).find((b) => b.kind === 'title');
  // A title the user corrected heads the section; the source's own headline stays (notes may
  // point into it), set as a subtitle.
  const corrected = titleBlock !== undefined && titleBlock.text !== input.article.meta.title;
  const layout = corrected ? { ...laidOut, blocks: laidOut.blocks.map((b) => (b.kind === 'title' ? { ...b, kind: 'subtitle' as const } : b)) } : laidOut;
  const { blocks } = layout;
  const hasTitleBlock = titleBlock !== undefined && !corrected;
  const render = (i: number): string => renderBlockWithNotes(layout, i, input.colorNames, labels);

  let header = options.marker ? `<p class="section-marker">${escapeHtml(options.marker)}</p>` : '';
  if (!hasTitleBlock) header += `<h1 class="b-title">${escapeHtml(input.article.meta.title)}</h1>`;
  for (let i = 0; i < titleCount; i++) header += render(i);
  header += metaLineHtml(input, labels);
  if (options.legend !== false) header += legendHtml(input.colorNames, labels);

  let body = '';
  if (options.passagesOnly) {
    let previous = titleCount - 1;
    for (let i = titleCount; i < blocks.length; i++) {
      if (layout.touching[i]!.length === 0) continue;
      if (i > previous + 1 && body) body += `<p class="ellipsis">……</p>`;
      body += render(i);
      previous = i;
    }
    if (!body) body = `<p class="doc-meta">${escapeHtml(labels.noHighlights)}</p>`;
  } else {
    for (let i = titleCount; i < blocks.length; i++) body += render(i);
  }
  return (
    `<article class="article" data-article="${escapeHtml(input.article.id)}" lang="${input.lang}">` +
    `<header class="doc-header gutter">${header}</header>` +
    `<div class="gutter">${body}</div>` +
    appendixHtml(input, layout.noteNumbers.size + 1, labels) +
    `</article>`
  );
}

import { articleText, COLORS, err, ok, type HighlightColor, type Result } from '../model';
import { escapeHtml } from './escape-html';
import { endBlockIndex, hasNote, layoutArticle, legendHtml, noteBoxHtml, paraLabel, renderArticleSection } from './print-article';
import { printDocument } from './print-html';
import { printLabels, type PrintLabels } from './print-labels';
import type { ArticlePrintInput, PageSize, PrintLang } from './print-types';

export type MeetingPackMode = 'full' | 'passages-only';
export type SummaryGrouping = 'tag' | 'color' | 'person';

/** A colleague's note on one of the pack's articles (team sharing), as its author saw the passage. */
export interface ColleaguePrintNote {
  readonly authorName: string;
  readonly articleId: string;
  readonly quote: string;
  readonly note: string;
  readonly tags: readonly string[];
}

export interface MeetingPackInput {
  readonly title: string;
  /** Meeting date as the user typed it (printed verbatim). */
  readonly date: string;
  readonly articles: readonly ArticlePrintInput[];
  readonly mode: MeetingPackMode;
  readonly groupSummaryBy: SummaryGrouping;
  readonly lang: PrintLang;
  /** Defaults to the first article's page size, else A4. */
  readonly pageSize?: PageSize;
  /** Colour names for the cover legend and colour groups; defaults to the first article's. */
  readonly colorNames?: Readonly<Record<HighlightColor, string>>;
  /**
   * Start page of each TOC entry (`meetingPackTocMarkers` order: articles, then the summary),
   * from a first rendering (see `tocPagesFromPageTexts`). Without it the TOC reserves the
   * same space with hidden placeholders, so both passes paginate identically.
   */
  readonly tocPageNumbers?: readonly number[];
  /**
   * For the summary "by person" (`groupSummaryBy: 'person'`): whose the pack's own notes are,
   * and colleagues' notes on its articles, each person's notes under their name.
   */
  readonly people?: { readonly me: string; readonly colleagues: readonly ColleaguePrintNote[] };
}

const DEFAULT_COLOR_NAMES: Readonly<Record<HighlightColor, string>> = {
  yellow: 'yellow',
  green: 'green',
  blue: 'blue',
  pink: 'pink',
  purple: 'purple',
};

function colorNamesOf(input: MeetingPackInput): Readonly<Record<HighlightColor, string>> {
  return input.colorNames ?? input.articles[0]?.colorNames ?? DEFAULT_COLOR_NAMES;
}

/**
 * Text that opens each TOC entry's section and appears nowhere earlier in the pack:
 * "简报 i / n" for articles, then the summary heading. Used to find start pages.
 */
export function meetingPackTocMarkers(input: Pick<MeetingPackInput, 'articles' | 'lang'>): string[] {
  const labels = printLabels(input.lang);
  const n = input.articles.length;
  return [...input.articles.map((_, i) => labels.briefingOf(i + 1, n)), labels.allNotes];
}

const squash = (s: string): string => s.replace(/\s+/g, '');

/**
 * Two-pass TOC (Chromium does not implement CSS `target-counter()`, so print CSS cannot
 * number pages itself): render once, extract each page's text (pdftotext pages are split
 * by form feeds; Electron can use pdf.js), find each marker in order, render again with
 * the result as `tocPageNumbers`. Markers are searched in order, each from the page of the
 * previous one, so the same words in the TOC or cover cannot match. Returns 1-based pages.
 */
export function tocPagesFromPageTexts(pageTexts: readonly string[], markers: readonly string[]): Result<number[]> {
  const pages = pageTexts.map(squash);
  const found: number[] = [];
  let from = 0;
  for (const [i, marker] of markers.entries()) {
    const needle = squash(marker);
    let at = -1;
    for (let p = from; p < pages.length; p++) {
      if (pages[p]!.includes(needle)) {
        at = p;
        break;
      }
    }
    if (at === -1) return err(`markers[${i}]: "${marker}" not found on any page from ${from + 1}`);
    found.push(at + 1);
    from = at;
  }
  return ok(found);
}

function coverHtml(input: MeetingPackInput, labels: PrintLabels): string {
  const items = input.articles
    .map(
      (a) =>
        `<li>${escapeHtml(a.article.meta.title)}${a.article.meta.source ? `<span class="doc-meta">（${escapeHtml(a.article.meta.source)}）</span>` : ''}</li>`,
    )
    .join('');
  const mode = input.mode === 'passages-only' ? `<span>${escapeHtml(labels.passagesOnly)}</span>` : '';
  return (
    `<section class="cover gutter"><h1>${escapeHtml(input.title)}</h1>` +
    `<p class="doc-meta"><span>${escapeHtml(labels.meetingDate)}：${escapeHtml(input.date)}</span>${mode}</p>` +
    `<h2>${escapeHtml(labels.briefings)}</h2><ol>${items}</ol>` +
    legendHtml(colorNamesOf(input), labels) +
    `</section>`
  );
}

function tocHtml(input: MeetingPackInput, labels: PrintLabels): string {
  const titles = [...input.articles.map((a) => a.article.meta.title), labels.allNotes];
  const rows = titles
    .map((title, i) => {
      const page = input.tocPageNumbers?.[i];
      // The placeholder has the width of the widest plausible number so pass 1 and 2 match.
      const pageHtml = page === undefined ? `<span class="toc-page pending">000</span>` : `<span class="toc-page">${page}</span>`;
      return `<li data-toc="${i}"><span class="toc-title">${escapeHtml(title)}</span><span class="toc-leader"></span>${pageHtml}</li>`;
    })
    .join('');
  return `<nav class="toc gutter"><h2>${escapeHtml(labels.contents)}</h2><ol>${rows}</ol></nav>`;
}

interface SummaryEntry {
  readonly tags: readonly string[];
  /** null for whole-article notes. */
  readonly color: HighlightColor | null;
  readonly html: string;
}

/** One summary line per note: article, ¶ and number, quote, note and tags. */
function summaryEntries(input: MeetingPackInput, labels: PrintLabels): SummaryEntry[] {
  const out: SummaryEntry[] = [];
  for (const a of input.articles) {
    const layout = layoutArticle(a);
    const title = a.article.meta.title;
    const text = articleText(a.article.blocks);
    for (const h of a.annotations) {
      const n = layout.noteNumbers.get(h.annotation.id);
      if (n === undefined) continue;
      const block = layout.blocks[endBlockIndex(layout.starts, h)];
      const where = [title, paraLabel(block)].filter(Boolean).join(' ');
      const quote = text.slice(h.start, h.end);
      out.push({
        tags: h.annotation.body.tags,
        color: h.annotation.color,
        html: noteBoxHtml({ annotation: h.annotation, number: n, colorName: a.colorNames[h.annotation.color], where, labels, quote }),
      });
    }
    a.orphans.forEach((o, i) => {
      if (!hasNote(o)) return;
      const html = noteBoxHtml({
        annotation: o,
        number: layout.noteNumbers.size + i + 1,
        colorName: a.colorNames[o.color],
        where: `${title} · ${labels.appendix}`,
        labels,
        quote: o.target.selector[0].exact,
      });
      out.push({ tags: o.body.tags, color: o.color, html });
    });
    for (const note of a.articleNotes) {
      const tags = note.body.tags.map((t) => `<span class="tag">#${escapeHtml(t)}</span>`).join('');
      const html = `<div class="note" data-article-note="${escapeHtml(note.id)}"><div class="note-head">${escapeHtml(title)} · ${escapeHtml(labels.articleNotes)}</div><div class="note-text">${escapeHtml(note.body.note.trim())}</div>${tags ? `<div class="tags">${tags}</div>` : ''}</div>`;
      out.push({ tags: note.body.tags, color: null, html });
    }
  }
  return out;
}

function summaryHtml(input: MeetingPackInput, labels: PrintLabels): string {
  const entries = summaryEntries(input, labels);
  const groups: { title: string; items: SummaryEntry[] }[] = [];
  switch (input.groupSummaryBy) {
    case 'tag': {
      const tags = [...new Set(entries.flatMap((e) => e.tags))].sort((a, b) => a.localeCompare(b, input.lang));
      for (const tag of tags) groups.push({ title: `#${tag}`, items: entries.filter((e) => e.tags.includes(tag)) });
      groups.push({ title: labels.untagged, items: entries.filter((e) => e.tags.length === 0) });
      break;
    }
    case 'person': {
      groups.push({ title: input.people?.me ?? labels.allNotes, items: entries });
      const byName = new Map<string, SummaryEntry[]>();
      const titles = new Map(input.articles.map((a) => [a.article.id, a.article.meta.title]));
      for (const c of input.people?.colleagues ?? []) {
        const title = titles.get(c.articleId);
        if (title === undefined) continue;
        const tags = c.tags.map((t) => `<span class="tag">#${escapeHtml(t)}</span>`).join('');
        const html = `<div class="note colleague-note" data-author="${escapeHtml(c.authorName)}"><div class="note-head">${escapeHtml(title)} · ${escapeHtml(c.authorName)}</div><blockquote class="note-quote">${escapeHtml(c.quote)}</blockquote>${c.note.trim() ? `<div class="note-text">${escapeHtml(c.note.trim())}</div>` : ''}${tags ? `<div class="tags">${tags}</div>` : ''}</div>`;
        const list = byName.get(c.authorName) ?? [];
        list.push({ tags: c.tags, color: null, html });
        byName.set(c.authorName, list);
      }
      for (const [name, items] of [...byName].sort(([a], [b]) => a.localeCompare(b, input.lang))) groups.push({ title: name, items });
      break;
    }
    case 'color': {
      const names = colorNamesOf(input);
      for (const c of COLORS) groups.push({ title: names[c], items: entries.filter((e) => e.color === c) });
      groups.push({ title: labels.articleNotes, items: entries.filter((e) => e.color === null) });
      break;
    }
  }
  const body = groups
    .filter((g) => g.items.length > 0)
    .map((g) => `<div class="summary-group"><h3>${escapeHtml(g.title)}</h3>${g.items.map((e) => e.html).join('')}</div>`)
    .join('');
  return `<section class="pack-summary gutter"><h2>${escapeHtml(labels.allNotes)}</h2>${body || `<p class="doc-meta">${escapeHtml(labels.noNotes)}</p>`}</section>`;
}

/**
 * A meeting pack (issue 7): cover with title, date and briefings; table of contents; each
 * article on a new page (whole, or only its annotated passages); an "all notes" summary
 * grouped by tag, colour or person (own notes, then each colleague's). One self-contained HTML document for `page.pdf`/`printToPDF`.
 */
export function renderMeetingPackHtml(input: MeetingPackInput): string {
  const labels = printLabels(input.lang);
  const markers = meetingPackTocMarkers(input);
  const articles = input.articles
    .map((a, i) => renderArticleSection({ ...a, lang: input.lang }, { marker: markers[i]!, passagesOnly: input.mode === 'passages-only', legend: false }))
    .join('');
  return printDocument({
    title: input.title,
    lang: input.lang,
    pageSize: input.pageSize ?? input.articles[0]?.pageSize ?? 'A4',
    body: coverHtml(input, labels) + tocHtml(input, labels) + articles + summaryHtml(input, labels),
  });
}

/**
 * The pack as separate documents, one per part that starts on a new page: cover, contents,
 * each article, summary. Printing each alone gives its page count (every part starts on a
 * fresh page and the contents reserve room for their numbers, so pagination is the same as in
 * the whole pack) — the way to number the contents where page texts cannot be read back,
 * e.g. Electron's printToPDF. See `tocPagesFromPartPageCounts`.
 */
export function renderMeetingPackParts(input: MeetingPackInput): string[] {
  const labels = printLabels(input.lang);
  const markers = meetingPackTocMarkers(input);
  const doc = (body: string) => printDocument({ title: input.title, lang: input.lang, pageSize: input.pageSize ?? input.articles[0]?.pageSize ?? 'A4', body });
  return [
    doc(coverHtml(input, labels)),
    doc(tocHtml(input, labels)),
    ...input.articles.map((a, i) =>
      doc(renderArticleSection({ ...a, lang: input.lang }, { marker: markers[i]!, passagesOnly: input.mode === 'passages-only', legend: false })),
    ),
    doc(summaryHtml(input, labels)),
  ];
}

/**
 * Start pages (1-based) of the contents' entries — articles, then the summary — from the
 * page counts of `renderMeetingPackParts`' documents, in the same order.
 */
export function tocPagesFromPartPageCounts(counts: readonly number[]): Result<number[]> {
  if (counts.length < 3 || counts.some((c) => !Number.isInteger(c) || c < 1))
    return err(`counts: expected at least 3 positive page counts, got [${counts.join(', ')}]`);
  const starts: number[] = [];
  let page = 1;
  counts.forEach((count, i) => {
    if (i >= 2) starts.push(page);
    page += count;
  });
  return ok(starts);
}

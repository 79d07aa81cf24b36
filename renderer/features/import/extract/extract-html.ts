import { Readability } from '@mozilla/readability';
import type { ExtractionRemoval, SourceDocument, SourceLine } from '../../../../corpus/ingest';
import { metaValue, readHtmlMeta } from './html-meta';
import { collapseSpace, walkHtmlLines, type WalkedLine } from './html-lines';
import { jsonLdBlocks, sanitizedDocument } from './html-sanitize';
import { chooseHtmlTitle, titleKey } from './html-title';

/** Readability's retry threshold: Chinese articles say a lot in few characters. */
const CHAR_THRESHOLD = 200;
/** An article shorter than this (in characters) means Readability found nothing useful. */
const MIN_ARTICLE_CHARS = 60;
/** Left-out blocks listed one by one; the rest are counted in one entry. */
const MAX_LISTED_REMOVALS = 200;
/** How far into the article to look for its headline before putting the title on top. */
const TITLE_SEARCH_LINES = 5;

const chars = (lines: readonly WalkedLine[]): number => lines.reduce((n, l) => n + l.line.text.length, 0);

/** Does the article already open with the title (or, for a cut-off display headline, a long prefix of it)? */
function opensWithTitle(lines: readonly WalkedLine[], title: string): boolean {
  const key = titleKey(title);
  if (!key) return true;
  // A headline set on several lines (`全国人民代表大会常务委员会` ⏎ `关于批准…` ⏎ `…的决议`).
  if (
    lines
      .slice(0, 4)
      .map(({ line }) => titleKey(line.text))
      .join('')
      .startsWith(key)
  )
    return true;
  return lines.slice(0, TITLE_SEARCH_LINES).some(({ line }, i) => {
    const k = titleKey(line.text);
    // The first line may be most of the title (a display headline without its last words); a
    // line further down must hold all of it.
    return k.length > 0 && (k.includes(key) || (i === 0 && k.length >= Math.max(8, key.length * 0.8) && key.startsWith(k)));
  });
}

/** How far above the article's first block its headline may sit (headline, date, source, author lines between). */
const MAX_HEADER_LINES = 6;
/** Without a known headline, at most this many short lines just above the article are taken as its header. */
const MAX_UNTITLED_HEADER_LINES = 3;
const MAX_HEADER_LINE_CHARS = 120;

/**
 * The page lines between the headline and the article body that Readability cut off
 * (CMS pages put headline, date, 来源 and author in blocks beside the content block). With a
 * known headline: from its line to the body, if it is within a few lines; without one: the
 * few short non-navigation lines right above the body. Never a navigation line.
 */
function headerAbove(page: readonly WalkedLine[], article: readonly WalkedLine[], title: string | undefined): WalkedLine[] {
  const firstText = article[0]?.line.text;
  const start = firstText === undefined ? -1 : page.findIndex((l) => l.line.text === firstText);
  if (start <= 0) return [];
  if (title) {
    const key = titleKey(title);
    for (let i = start - 1; i >= Math.max(0, start - MAX_HEADER_LINES); i--) {
      const k = titleKey(page[i]?.line.text ?? '');
      if (k && (k === key || (k.length >= 8 && key.startsWith(k)))) return page.slice(i, start).filter((l) => !l.navigation);
    }
    return [];
  }
  const header: WalkedLine[] = [];
  for (let i = start - 1; i >= 0 && header.length < MAX_UNTITLED_HEADER_LINES; i--) {
    const l = page[i];
    if (!l || l.navigation || l.line.hint?.table || l.line.text.length > MAX_HEADER_LINE_CHARS) break;
    header.unshift(l);
  }
  return header;
}

/** Blocks of the whole page that are not in the article, as removals (navigation vs other boilerplate). */
function leftOut(page: readonly WalkedLine[], article: readonly WalkedLine[], title: string | undefined): ExtractionRemoval[] {
  const kept = new Map<string, number>();
  for (const { line } of article) kept.set(line.text, (kept.get(line.text) ?? 0) + 1);
  if (title) kept.set(title, (kept.get(title) ?? 0) + 1);
  const removed: ExtractionRemoval[] = [];
  let unlisted = 0;
  for (const { line, navigation } of page) {
    const left = kept.get(line.text) ?? 0;
    if (left > 0) {
      kept.set(line.text, left - 1);
      continue;
    }
    if (removed.length < MAX_LISTED_REMOVALS) removed.push({ text: line.text, reason: navigation ? 'navigation' : 'boilerplate' });
    else unlisted++;
  }
  if (unlisted > 0) removed.push({ text: `+${unlisted}`, reason: 'boilerplate-unlisted' });
  return removed;
}

/**
 * A saved web page → SourceDocument (format 'html'). The markup is sanitized (nothing can
 * run or load), metadata is read from `<meta>`, `<time>`, `<html lang>` and JSON-LD, then
 * Readability picks the article out of navigation, share bars and footers; when it finds
 * almost nothing the whole page body is used. The headline goes first (heading 1) when the
 * article text lacks it. Every page block left out is listed in `removed`.
 */
export function extractHtml(html: string): SourceDocument {
  const doc = sanitizedDocument(html);
  const meta = readHtmlMeta(doc, jsonLdBlocks(html));
  const page = walkHtmlLines(doc.body);
  const h1 = collapseSpace(doc.body.querySelector('h1')?.textContent ?? '') || undefined;
  // `<title>` is raw text: a hostile page can put markup there, which is not a headline.
  const pageTitle = metaValue(doc.head.querySelector('title')?.textContent);

  // Readability rewrites the document it is given; the walk of the whole page above came first.
  const parsed = new Readability<Node>(doc, { charThreshold: CHAR_THRESHOLD, serializer: (node) => node }).parse();
  const articleLines = parsed?.content ? walkHtmlLines(parsed.content) : [];
  const found = chars(articleLines) >= MIN_ARTICLE_CHARS;
  const pageTitleGuess = chooseHtmlTitle({ metaTitle: meta.title, h1, pageTitle }) ?? metaValue(parsed?.title);
  const header: WalkedLine[] =
    !found || (pageTitleGuess && opensWithTitle(articleLines, pageTitleGuess)) ? [] : headerAbove(page, articleLines, pageTitleGuess);
  const article = found ? [...header, ...articleLines] : page;

  // A `<title>` can carry a site name the suffix rule cannot see (`…工作 东区办事处_中山网`): the
  // headline line found on the page, a prefix of it, is the better statement of the title.
  const headline = header[0]?.line.text;
  const title = !meta.title && pageTitleGuess && headline && titleKey(pageTitleGuess).startsWith(titleKey(headline)) ? headline : pageTitleGuess;
  const lines: SourceLine[] = article.map((l) => l.line);
  if (title && !opensWithTitle(article, title)) lines.unshift({ text: title, hint: { heading: 1, block: true } });
  return {
    format: 'html',
    lines,
    meta: title && !meta.title ? { ...meta, title } : meta,
    removed: found ? leftOut(page, article, title) : [],
  };
}

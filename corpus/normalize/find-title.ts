import type { SourceLine } from '../ingest';
import { isParagraphEnd } from './chars';
import { parseCreditLine, parseDateline } from './credits';
import { numberingRank } from './numbered-heading';

/** Lines near the top a title is looked for in. */
const TITLE_WINDOW = 12;
/** Chinese headlines are short; English ones are measured in characters too. */
const MAX_HEADLINE = 64;
/** English headlines: about 20 words. */
const MAX_LATIN_HEADLINE = 140;
/** A line that is only a date, perhaps in brackets: `（2018年1月2日）`, `2016 年 12 月 31 日`. */
export const DATE_LINE = /^[（(]?\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*[）)]?$|^[（(]?\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s*[）)]?$/u;
/** Names of document types a title ends with (official documents, reports, bulletins). */
const DOCUMENT_NOUN = /(?:报告|摘要|年报|公报|意见|通知|决定|决议|方案|规划|计划|办法|条例|规定|细则|纲要|大纲|公告|通告|说明|名单|简报|白皮书|指引|指南|章程|请示|批复|函)(?:[（(][^（）()]{1,12}[）)])?$/u;
const MIN_HEADLINE = 4;

const isSubtitleLine = (s: string): boolean => /^(?:——|-(?=\p{Script=Han}))/u.test(s);
const solid = (s: string): number => s.replace(/\s/gu, '').length;

/** Letters and Han only: how a title from metadata is compared with the lines. */
export const titleKey = (s: string): string => s.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();

/**
 * Hard-wrapped text (OCR, PDF extraction, e-mail) breaks lines at one width. A line of that
 * width is a wrapped piece of a paragraph, never a headline. Returns the width when at least
 * a third of the longer lines share it (±2 characters), else undefined.
 */
export function wrapWidth(lines: readonly string[]): number | undefined {
  const long = lines.map(solid).filter((n) => n >= 20);
  if (long.length < 5) return undefined;
  const counts = new Map<number, number>();
  for (const n of long) counts.set(n, (counts.get(n) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const n of counts.keys()) {
    let c = 0;
    for (let d = -2; d <= 2; d++) c += counts.get(n + d) ?? 0;
    if (c > bestCount) [best, bestCount] = [n, c];
  }
  return bestCount * 3 >= long.length ? best : undefined;
}

/** Could this line be a headline by its shape alone? */
export function isHeadlineShaped(s: string): boolean {
  const t = s.replace(/\s+/gu, ' ').trim();
  const latin = !/\p{Script=Han}/u.test(t);
  if (t.length < MIN_HEADLINE || t.length > (latin ? MAX_LATIN_HEADLINE : MAX_HEADLINE)) return false;
  if (DATE_LINE.test(t)) return false;
  if (!/[\p{Script=Han}A-Za-z]/u.test(t)) return false;
  // Headlines end in a word, `！`, `？`, `…` or a closing bracket — not in `。；，、：`.
  if (/[。；;，,、：:]$/u.test(t)) return false;
  if (/[。；]/u.test(t)) return false;
  return numberingRank(t) === undefined;
}

export interface TitleContext {
  /** The title the file states (front matter, `<meta>`, Word properties), if any. */
  readonly metaTitle?: string;
}

/**
 * Index of the headline among `probes` (cleaned, whitespace-normalized lines), or -1.
 * In order: the line matching the file's stated title; a line marked as a level-1 heading
 * (`<h1>`, Word "Title"/"Heading 1") near the top; a `#` line; the line a `——` subtitle
 * hangs from; a headline-shaped first line followed by what follows a headline (a credit,
 * a dateline, a subtitle, or a paragraph), unless it is a piece of hard-wrapped text.
 */
export function findTitle(probes: readonly string[], hints: readonly (SourceLine['hint'] | undefined)[], ctx: TitleContext): number {
  const top = Math.min(probes.length, TITLE_WINDOW);
  if (ctx.metaTitle) {
    const want = titleKey(ctx.metaTitle);
    if (want.length >= 2) {
      for (let i = 0; i < top; i++) {
        const key = titleKey(probes[i]!.replace(/^#+\s*/, ''));
        if (key.length === 0) continue;
        if (key === want || (key.length >= want.length * 0.6 && want.startsWith(key)) || (want.length >= key.length * 0.6 && key.startsWith(want))) return i;
      }
    }
  }
  for (let i = 0; i < top; i++) if (hints[i]?.heading === 1) return i;
  const hash = probes.findIndex((l) => /^#\s/.test(l));
  if (hash >= 0) return hash;
  for (let i = 0; i + 1 < Math.min(probes.length, 6); i++) {
    if (isSubtitleLine(probes[i + 1]!) && isHeadlineShaped(probes[i]!)) return i;
  }
  const width = wrapWidth(probes);
  // A headline printed twice near the top (a cover and the first page), or a line that names
  // a document type (`…2011 年年度报告摘要`, `…关于…的意见`), is the title.
  for (let i = 0; i < Math.min(probes.length, 3); i++) {
    const p = probes[i]!;
    if (!isHeadlineShaped(p) || parseCreditLine(p)) continue;
    if (probes.slice(i + 1, i + 10).includes(p) || DOCUMENT_NOUN.test(p)) return i;
  }
  // The headline is the first line, or the second under a short kicker.
  for (let i = 0; i < Math.min(probes.length, 2); i++) {
    const p = probes[i]!;
    if (i === 1 && (solid(probes[0]!) > 20 || isParagraphEnd(probes[0]!))) break;
    if (!isHeadlineShaped(p) || parseCreditLine(p) || parseDateline(p)) continue;
    if (width !== undefined && solid(p) >= width - 2) continue;
    const next = probes[i + 1];
    if (next === undefined) return probes.length === 1 ? i : -1;
    // Lengths without spaces: how a line was spaced must not decide whether it is a title.
    const [len, nextLen] = [solid(p), solid(next)];
    const followsHeadline = parseCreditLine(next) !== undefined || parseDateline(next) !== undefined || isSubtitleLine(next) || DATE_LINE.test(next) || (nextLen > len && isParagraphEnd(next)) || nextLen >= 2 * len;
    if (followsHeadline) return i;
  }
  return -1;
}

import type { SourceLine } from '../ingest';
import { isParagraphEnd } from './chars';
import { parseCreditLine, parseDateline, parseRepostLine } from './credits';
import { numberingRank } from './numbered-heading';

/** Lines near the top a title is looked for in. */
const TITLE_WINDOW = 12;
/** Chinese headlines are short; English ones are measured in characters too. */
const MAX_HEADLINE = 64;
/** English headlines: about 20 words. */
const MAX_LATIN_HEADLINE = 140;
/** A line that is only a date, perhaps in brackets: `（2018年1月2日）`, `2016 年 12 月 31 日`. */
export const DATE_LINE =
  /^[（(]?\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*[）)]?$|^[（(]?\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s*[）)]?$/u;
/** Names of document types a title ends with (official documents, reports, bulletins). */
const DOCUMENT_NOUN =
  /(?:报告|摘要|年报|公报|意见|通知|决定|决议|方案|规划|计划|办法|条例|规定|细则|纲要|大纲|公告|通告|说明|名单|简报|白皮书|指引|指南|章程|请示|批复|函)(?:[（(][^（）()]{1,12}[）)])?$/u;
const MIN_HEADLINE = 4;

const isSubtitleLine = (s: string): boolean => /^(?:——|-(?=\p{Script=Han}))/u.test(s);
const solid = (s: string): number => s.replace(/\s/gu, '').length;
const wordChars = (s: string): number => s.replace(/[^\p{L}\p{N}]/gu, '').length;

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

/** Attachment and outline labels above a title (`附件2`, `大纲1：`): a kicker, never the title. */
export const LABEL_LINE = /^(?:附件|附表|附录|大纲|表|图)\s*[0-9一二三四五六七八九十]{1,3}\s*[：:]?$/u;
/** A note giving the original headline: `（原标题：…）`, `本文原标题：《…》`. */
export const ORIGINAL_TITLE = /^[（(]?\s*(?:本文)?原标题\s*[：:]\s*《?(.+?)》?\s*[）)]?$/u;
/** A document's status after its title: `（征求意见稿）`, `（试行）`, `（草案）`. */
const STATUS_LINE = /^[（(](?:[^（）()]{0,8}(?:稿|试行|暂行|草案|修订|修正|送审|报批|公开版))[）)]$/u;
/** An issuing body on its own line above a document title (发文机关 + 事由 + 文种). */
export const ISSUER_LINE = /^\p{Script=Han}{2,30}(?:委员会|人民政府|政府|办公室|办公厅|厅|局|部|院|中心|公司|集团|协会|委|署)$/u;

/** Where the headline is: lines `start`–`end` (inclusive), joined with `joiner` when it spans several. */
export interface TitleRange {
  readonly start: number;
  readonly end: number;
  readonly joiner: string;
}

const headlineLine = (p: string): boolean => isHeadlineShaped(p) && !LABEL_LINE.test(p) && !ORIGINAL_TITLE.test(p) && !parseCreditLine(p);

/**
 * Widens a one-line title to the lines that are part of it: a headline set on several lines
 * in the same style (bold or heading lines at the top), an issuer line or a document-type
 * line's subject above it, and a status line below it (`（征求意见稿）`).
 */
function widen(i: number, probes: readonly string[], hints: readonly (SourceLine['hint'] | undefined)[]): TitleRange {
  let start = i;
  let end = i;
  let joiner = '';
  // Lines set in the same style as the title line (all level-1 headings, or all bold).
  const style = (k: number): string => (hints[k]?.heading === 1 ? 'h1' : hints[k]?.bold ? 'bold' : '');
  const styled = (k: number): boolean => style(k) !== '' && style(k) === style(i);
  if (styled(i)) {
    while (start > 0 && styled(start - 1) && headlineLine(probes[start - 1]!) && solid(probes.slice(start - 1, end + 1).join('')) <= 90) start--;
    while (
      end + 1 < probes.length &&
      styled(end + 1) &&
      headlineLine(probes[end + 1]!) &&
      solid(probes.slice(start, end + 2).join('')) <= 90 &&
      end + 1 <= i + 2
    )
      end++;
  } else if (start > 0 && DOCUMENT_NOUN.test(probes[i]!) && (ISSUER_LINE.test(probes[i - 1]!) || solid(probes[i]!) <= 8) && headlineLine(probes[i - 1]!)) {
    start--;
    joiner = ISSUER_LINE.test(probes[i - 1]!) ? '' : ' ';
  }
  while (end + 1 < probes.length && STATUS_LINE.test(probes[end + 1]!)) end++;
  return { start, end, joiner };
}

/**
 * Where the headline is among `probes` (cleaned, whitespace-normalized lines), or undefined.
 * In order: the lines matching the file's stated title; a line marked as a level-1 heading
 * (`<h1>`, Word "Title"/"Heading 1") near the top; a `#` line; the line a `——` subtitle
 * hangs from; a headline printed twice or naming a document type; a headline-shaped first
 * line followed by what follows a headline (a credit, a dateline, a subtitle, or a
 * paragraph), unless it is a piece of hard-wrapped text. Labels (`附件2`) and original-title
 * notes (`（原标题：…）`) are never the title.
 */
export function findTitleRange(lines: readonly string[], hints: readonly (SourceLine['hint'] | undefined)[], ctx: TitleContext): TitleRange | undefined {
  // A re-post note before a headline (`原文来自X：<headline>`) is not part of it: the headline is judged alone.
  const probes = lines.map((p, i) => {
    if (i >= TITLE_WINDOW) return p;
    const repost = parseRepostLine(p);
    return repost && repost.rest !== '' ? repost.rest : p;
  });
  const top = Math.min(probes.length, TITLE_WINDOW);
  const one = (i: number): TitleRange => widen(i, probes, hints);
  if (ctx.metaTitle) {
    const want = titleKey(ctx.metaTitle);
    if (want.length >= 2) {
      for (let i = 0; i < top; i++) {
        if (ORIGINAL_TITLE.test(probes[i]!) || LABEL_LINE.test(probes[i]!)) continue;
        // The stated title may be set on up to four lines.
        let key = '';
        for (let j = i; j < Math.min(i + 4, probes.length); j++) {
          key += titleKey(probes[j]!.replace(/^#+\s*/, ''));
          if (key.length === 0) break;
          if (
            key === want ||
            (key.length >= want.length * 0.8 && want.startsWith(key) && j === i) ||
            (want.length >= key.length * 0.6 && key.startsWith(want))
          ) {
            return j === i ? one(i) : { start: i, end: j, joiner: '' };
          }
          if (!want.startsWith(key)) break;
        }
      }
    }
  }
  for (let i = 0; i < top; i++) if (hints[i]?.heading === 1 && !LABEL_LINE.test(probes[i]!)) return one(i);
  const hash = probes.findIndex((l) => /^#\s/.test(l));
  if (hash >= 0) return { start: hash, end: hash, joiner: '' };
  for (let i = 0; i + 1 < Math.min(probes.length, 6); i++) {
    if (isSubtitleLine(probes[i + 1]!) && headlineLine(probes[i]!)) return one(i);
  }
  const width = wrapWidth(probes);
  // Skip attachment labels and original-title notes at the very top.
  let first = 0;
  while (first < Math.min(probes.length, 3) && (LABEL_LINE.test(probes[first]!) || ORIGINAL_TITLE.test(probes[first]!))) first++;
  // A headline printed twice near the top (a cover and the first page), or a line that names
  // a document type (`…2011 年年度报告摘要`, `…关于…的意见`), is the title.
  for (let i = first; i < Math.min(probes.length, first + 3); i++) {
    const p = probes[i]!;
    if (!headlineLine(p)) continue;
    if (probes.slice(i + 1, i + 10).includes(p) || DOCUMENT_NOUN.test(p)) return one(i);
  }
  // The headline is the first line, or the second under a short kicker.
  for (let i = first; i < Math.min(probes.length, first + 2); i++) {
    const p = probes[i]!;
    if (i === first + 1 && (solid(probes[first]!) > 20 || isParagraphEnd(probes[first]!))) break;
    if (!headlineLine(p) || parseDateline(p)) continue;
    if (width !== undefined && solid(p) >= width - 2) continue;
    const next = probes[i + 1];
    if (next === undefined) return probes.length === 1 ? one(i) : undefined;
    // Lengths in letters and digits: how a line was spaced or punctuated (a half-width bracket,
    // one the cleaner closes) must not decide whether it is a title.
    const [len, nextLen] = [wordChars(p), wordChars(next)];
    const followsHeadline =
      parseCreditLine(next) !== undefined ||
      parseDateline(next) !== undefined ||
      isSubtitleLine(next) ||
      DATE_LINE.test(next) ||
      (nextLen > len && isParagraphEnd(next)) ||
      nextLen >= 2 * len;
    if (followsHeadline) return one(i);
  }
  return undefined;
}

/** Index of the headline's first line, or -1 (see findTitleRange). */
export function findTitle(probes: readonly string[], hints: readonly (SourceLine['hint'] | undefined)[], ctx: TitleContext): number {
  return findTitleRange(probes, hints, ctx)?.start ?? -1;
}

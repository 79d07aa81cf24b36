/**
 * What a time span says: a duration is a fact (`十年时间`, `3个月`, `more than 10 years`); a
 * deadline (`两年内`, `3年内`, `到2025年`, `within two years`) and a reference period (`近三年`,
 * `过去五年`, `十年来`, `over the past five years`) frame other facts and are not key figures
 * themselves. Heuristics over the words right before and after the span; all O(1) per figure.
 */

export type FigureKind = 'quantity' | 'duration' | 'deadline' | 'reference-period';

/** The kinds listed as key figures; deadlines and reference periods are left out of the list. */
export const KEY_FIGURE_KINDS: ReadonlySet<FigureKind> = new Set<FigureKind>(['quantity', 'duration']);

/** A time span used as a topic, not a fact: `十年，是一个时间刻度`. */
export type TimeReading = FigureKind | 'rhetoric';

const DEADLINE_AFTER = /^(?:之内|以内|内)/;
// 十年后 "ten years on" is a reference point like 十年前.
const REFERENCE_AFTER = /^(?:以来|来|之前|以前|之后|以后|前(?![进行列沿端期置台])|后(?![劲续备]))/;
// 提前3天 is a lead time (a fact), not "the 3 days before".
const REFERENCE_BEFORE = /(?:最近|过去|过往|此前|之前|近来|连续|未来|今后|这|(?<![提超])前|头|(?:最近|过去|过往|未来)的)$/;
// 近 after a verb is "nearly" (历时近3年); at the head of a phrase it is "the recent" (近三年).
const NEARLY_VERB_BEFORE = /[时用了达长历耗经过花费]近$/;
const RHETORIC_AFTER = /^[，,]?\s*(?:是|就是|意味着)/;
const SENTENCE_START = /(?:^|[。！？!?\n])\s*$/;

/** How a Chinese time span [start, end) reads, `lead` being a leading qualifier already taken (近, 超过). */
export function chineseTimeReading(text: string, start: number, end: number): TimeReading {
  const before = text.slice(Math.max(0, start - 4), start);
  const after = text.slice(end, end + 4);
  if (DEADLINE_AFTER.test(after)) return 'deadline';
  if (REFERENCE_AFTER.test(after)) return 'reference-period';
  if (before.endsWith('近')) return NEARLY_VERB_BEFORE.test(before) ? 'duration' : 'reference-period';
  if (REFERENCE_BEFORE.test(before)) return 'reference-period';
  // 在不到2年里, 在3年中: the span a sentence's other figures happened in.
  if (/在(?:不到|不足|短短|过去|近)?$/.test(before) && /^[里中间]/.test(after)) return 'reference-period';
  if (SENTENCE_START.test(text.slice(Math.max(0, start - 2), start)) && RHETORIC_AFTER.test(after)) return 'rhetoric';
  return 'duration';
}

const YEAR_DEADLINE_BEFORE = /(?:到|力争到|争取到|计划到|预计到|至)$/;
const YEAR_DEADLINE_AFTER = /^(?:底前|年底前|前|之前|以前)/;
const YEAR_REFERENCE_BEFORE = /(?:截至|截止|截止到)$/;

/** A year (`2025年`) as a deadline or reference date, or undefined when it is only a date. */
export function chineseYearReading(text: string, start: number, end: number): 'deadline' | 'reference-period' | undefined {
  const before = text.slice(Math.max(0, start - 4), start);
  const after = text.slice(end, end + 4);
  if (YEAR_REFERENCE_BEFORE.test(before)) return 'reference-period';
  if (YEAR_DEADLINE_BEFORE.test(before) || YEAR_DEADLINE_AFTER.test(after)) return 'deadline';
  return undefined;
}

const EN_DEADLINE_BEFORE = /\bwithin\s+(?:the\s+(?:next\s+)?)?(?:more\s+than\s+|less\s+than\s+)?$/i;
const EN_REFERENCE_BEFORE = /\b(?:past|last|previous|recent|next|coming|over)\s+$/i;
const EN_REFERENCE_AFTER = /^\s+(?:ago|earlier|before)\b/i;

/** How an English time span reads (`within two years`, `the past five years`, `10 years ago`). */
export function englishTimeReading(text: string, start: number, end: number): FigureKind {
  const before = text.slice(Math.max(0, start - 30), start);
  if (EN_DEADLINE_BEFORE.test(before)) return 'deadline';
  if (EN_REFERENCE_BEFORE.test(before) || EN_REFERENCE_AFTER.test(text.slice(end, end + 10))) return 'reference-period';
  return 'duration';
}

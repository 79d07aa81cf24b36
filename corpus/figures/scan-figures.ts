import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from './chinese-numerals';
import type { FigureChange, FigureQualifier } from './key-figure';
import { MAGNITUDE_PATTERN, UNIT_PATTERN, magnitudeFactor, unitSpec } from './units';

/** A figure found in one string, with offsets into that string. */
export interface FigureMatch {
  readonly start: number;
  readonly end: number;
  readonly raw: string;
  readonly value: number;
  readonly upper?: number;
  readonly unit: string;
  readonly baseUnit: string;
  readonly qualifier?: FigureQualifier;
  readonly change?: FigureChange;
}

/**
 * Full-width digits, letters and signs → ASCII, one code unit for one, so offsets into the
 * folded string are offsets into the original. The full-width comma is kept: between digits
 * it is a list separator (`8.5%，9%`), never a thousands separator.
 */
export function foldWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF0B\uFF0D-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const ARABIC = /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?/y;
const CHINESE = new RegExp(`[${CHINESE_NUMERAL_CHARS}]+`, 'y');
const PERCENT_WORDS = /百分之/y;
const APPROX_SUFFIX = /[多余]/y;
const RANGE_SEPARATOR = /[-~—–至到]/y;
const TRAILING_QUALIFIER = /以上|以下|左右/y;
const SCALE_WORD = /级/y;

const LEADING_QUALIFIERS: readonly (readonly [RegExp, FigureQualifier])[] = [
  // Lookbehinds keep words out: 通过, 最近, 签约/节约 are not qualifiers.
  [/(?:超过|超出|超|逾|(?<![通经不])过|突破)$/, 'over'],
  [/(?:将近|接近|(?<![最附])近)$/, 'nearly'],
  [/(?:大约|(?<![签合节制预契])约)$/, 'about'],
  [/(?:不到|不足|低于)$/, 'under'],
];
const CHANGE_BEFORE = /(增长|增加|提高|提升|上升|提速|下降|减少|降低|下滑|回落)(?:了|约|超|超过|近)?$/;
const DECREASE_VERBS = new Set(['下降', '减少', '降低', '下滑', '回落']);

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isLatin = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c);
const isChineseNumeral = (c: string | undefined): boolean => c !== undefined && CHINESE_NUMERAL_CHARS.includes(c);

function stickyAt(pattern: RegExp, text: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0];
}

interface NumberToken {
  readonly end: number;
  readonly value: number;
  readonly chinese: boolean;
  /** Magnitude written inside the numeral run (三百万 → 万), to keep in the unit. */
  readonly magnitude: string;
}

/** Reads a number (Arabic or Chinese, with a trailing 万/亿 magnitude) starting at `at`. */
function readNumber(text: string, at: number): NumberToken | undefined {
  const arabic = stickyAt(ARABIC, text, at);
  if (arabic !== undefined) {
    let end = at + arabic.length;
    const magnitude = readMagnitude(text, end);
    end += magnitude.length;
    return { end, value: Number(arabic.replace(/,/g, '')) * magnitudeFactor(magnitude), chinese: false, magnitude };
  }
  const run = stickyAt(CHINESE, text, at);
  if (run === undefined) return undefined;
  // Split a trailing 万/亿 off so that 三百万元 reads as 三百 × 万 with unit 万元.
  const split = /^(.*?)(万亿|亿|万)$/.exec(run);
  const head = split?.[1] ?? run;
  const magnitude = split && !/[万亿]/.test(head) ? split[2]! : '';
  const numeral = magnitude ? head : run;
  const value = numeral === '' ? 1 : parseChineseNumeral(numeral);
  if (value === undefined) return undefined;
  return { end: at + run.length, value: value * magnitudeFactor(magnitude), chinese: true, magnitude };
}

/** A magnitude word, unless it starts a unit (千米 is a unit, not 千 × 米). */
function readMagnitude(text: string, at: number): string {
  if (stickyAt(UNIT_PATTERN, text, at) !== undefined) return '';
  return stickyAt(MAGNITUDE_PATTERN, text, at) ?? '';
}

interface Quantity {
  readonly end: number;
  readonly value: number;
  readonly chinese: boolean;
  readonly numeral: string;
  readonly magnitude: string;
  readonly unit?: { readonly written: string; readonly unit: string; readonly factor: number };
  readonly approx: boolean;
}

function readQuantity(text: string, at: number): Quantity | undefined {
  const percentWords = stickyAt(PERCENT_WORDS, text, at);
  if (percentWords !== undefined) {
    const n = readNumber(text, at + percentWords.length);
    if (!n) return undefined;
    return { end: n.end, value: n.value, chinese: n.chinese, numeral: text.slice(at, n.end), magnitude: '', unit: { written: '百分之', unit: '%', factor: 1 }, approx: false };
  }
  const n = readNumber(text, at);
  if (!n) return undefined;
  let end = n.end;
  const approx = stickyAt(APPROX_SUFFIX, text, end);
  if (approx !== undefined) end += approx.length;
  const written = stickyAt(UNIT_PATTERN, text, end);
  const spec = written === undefined ? undefined : unitSpec(written);
  const base = { value: n.value, chinese: n.chinese, numeral: text.slice(at, n.end), magnitude: n.magnitude, approx: approx !== undefined };
  if (written === undefined || spec === undefined) return { ...base, end };
  return { ...base, end: end + written.length, unit: { written, unit: spec.unit, factor: spec.factor ?? 1 } };
}

/** Why a candidate is not a figure, or undefined when it is one. Documented exclusions. */
function exclusion(text: string, start: number, q: Quantity): string | undefined {
  const before = text[start - 1];
  const after = text[q.end];
  if (before === '第') return 'ordinal';
  if (isDigit(before) || before === '.' || isLatin(before) || isLatin(text[start + q.numeral.length])) return 'code or model name';
  // 1+5+2, “2+24”小时: formula names of policies, not quantities.
  const prevNonQuote = text.slice(0, start).replace(/[“”"']+$/, '').at(-1);
  if (prevNonQuote === '+' || text[start + q.numeral.length] === '+') return 'formula';
  if (stickyAt(SCALE_WORD, text, q.end) !== undefined) return 'scale word (千亿级)';
  if (!q.unit) return q.magnitude !== '' ? undefined : 'no unit';
  // 十八大以来, 二十大精神: party congresses, not counts.
  if (q.unit.written === '大' && (before === '的' || /^(?:以来|精神|报告|召开|期间|代表)/.test(text.slice(q.end)))) return 'congress';
  if (q.unit.unit === '年' && !q.chinese && /^(1[89]|20)\d\d$/.test(q.numeral)) return 'year';
  if (q.unit.unit === '年' && (after === '代' || after === '度')) return 'year';
  if (q.chinese) {
    // A bare 一 is the article "a" (一个, 一项), not a count.
    if (q.numeral === '一') return 'article 一';
    // 百年党史, 千年文脉, 千家万户: a lone 百 or 千 is rhetoric, not a count.
    if (q.numeral === '百' || q.numeral === '千') return 'rhetorical 百/千';
    // Slogans in quotes: “三个走前列”.
    if (before === '“' || before === '"') return 'slogan';
    // Idioms that pair numerals around one character: 千方百计, 三番五次, 三横三纵.
    if (isChineseNumeral(text[start - 2]) && !isChineseNumeral(before)) return 'idiom';
    if (isChineseNumeral(text[q.end + 1]) && !isChineseNumeral(after)) return 'idiom';
  }
  return undefined;
}

function qualifierAround(text: string, start: number, end: number, approx: boolean): { qualifier?: FigureQualifier; lead: number } {
  const head = text.slice(Math.max(0, start - 4), start);
  for (const [pattern, qualifier] of LEADING_QUALIFIERS) {
    const m = pattern.exec(head);
    if (m) return { qualifier, lead: m[0].length };
  }
  const trailing = stickyAt(TRAILING_QUALIFIER, text, end);
  if (trailing === '以上') return { qualifier: 'over', lead: 0 };
  if (trailing === '以下') return { qualifier: 'under', lead: 0 };
  if (trailing === '左右') return { qualifier: 'about', lead: 0 };
  return approx ? { qualifier: 'over', lead: 0 } : { lead: 0 };
}

function changeBefore(text: string, start: number): FigureChange | undefined {
  const m = CHANGE_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
  if (!m) return undefined;
  return DECREASE_VERBS.has(m[1]!) ? 'decrease' : 'increase';
}

/**
 * Finds number + unit figures in a string. Excluded on purpose: years (`2024年`), dates
 * (`10月`, `1月2日`: 月 and 日 are not units), ordinals (`第十八个`), formula names
 * (`1+5+2`, `“3+5”`), codes (`5G`, `1号线`), scale words (`千亿级`), quoted slogans
 * (`“三个走前列”`), the article 一 (`一个`), and numbers with no unit (`2030先锋工程`).
 * Bare magnitudes count (`1.6万`, `近亿元`, `过亿`) — but only after a qualifier when
 * written in Chinese, since 万物 and 千万 are words. O(n) over the string.
 */
export function scanFigures(input: string): FigureMatch[] {
  const text = foldWidth(input);
  const found: FigureMatch[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const startsNumber = isDigit(c) || isChineseNumeral(c) || text.startsWith('百分之', i);
    if (!startsNumber || isDigit(text[i - 1])) {
      i += 1;
      continue;
    }
    const q = readQuantity(text, i);
    if (!q) {
      i += 1;
      continue;
    }
    const figure = toFigure(text, input, i, q);
    if (figure) {
      found.push(figure);
      i = figure.end;
    } else {
      // Skip the whole numeral so its tail is not read again as a smaller number.
      i += Math.max(1, q.numeral.length);
    }
  }
  return found;
}

function toFigure(text: string, input: string, start: number, first: Quantity): FigureMatch | undefined {
  let q = first;
  let upper: number | undefined;
  // Ranges: 10%-15%, 10-15%, 3到5年.
  const sep = stickyAt(RANGE_SEPARATOR, text, q.end);
  if (sep !== undefined && (isDigit(text[q.end + 1]) || (q.chinese && isChineseNumeral(text[q.end + 1])))) {
    const second = readQuantity(text, q.end + 1);
    if (second && second.unit && (!q.unit || q.unit.unit === second.unit.unit) && second.chinese === q.chinese) {
      const unitFactor = second.unit.factor;
      upper = second.value * unitFactor;
      if (!q.unit && second.magnitude && !q.magnitude) {
        // 3-5万人: the magnitude written once applies to both ends.
        q = { ...q, value: q.value * magnitudeFactor(second.magnitude) };
      }
      if (second.unit.unit === '年' && (/^(1[89]|20)\d\d$/.test(q.numeral) || /^(1[89]|20)\d\d$/.test(second.numeral))) return undefined;
      q = { ...q, end: second.end, unit: second.unit, magnitude: second.magnitude || q.magnitude };
    }
  }
  if (exclusion(text, start, q) !== undefined) return undefined;
  const { qualifier, lead } = qualifierAround(text, start, q.end, q.approx);
  // 万物, 千万, 万人空巷: a Chinese magnitude alone is a word unless a qualifier (过亿, 近亿元) makes it a figure.
  if (q.chinese && (!q.unit || /^[万亿]+$/.test(q.numeral)) && qualifier === undefined) return undefined;
  const factor = q.unit?.factor ?? 1;
  const baseUnit = q.unit?.unit ?? '';
  const unit = q.unit?.unit === '%' ? '%' : `${q.magnitude}${baseUnit}`;
  const change = changeBefore(text, start - lead);
  // 过亿, 近亿元: with no digits the qualifier is part of what the figure says.
  const from = q.chinese && /^[万亿]+$/.test(q.numeral) ? start - lead : start;
  return {
    start: from,
    end: q.end,
    raw: input.slice(from, q.end),
    value: round(q.value * factor),
    ...(upper !== undefined ? { upper: round(upper) } : {}),
    unit,
    baseUnit,
    ...(qualifier ? { qualifier } : {}),
    ...(change ? { change } : {}),
  };
}

/** Drops floating-point noise from scaling (2.79 × 1e8 → 279000000). */
function round(n: number): number {
  return Number(n.toPrecision(12));
}

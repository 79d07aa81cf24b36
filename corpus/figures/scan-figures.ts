import { foldHan } from '../search/normalize-text';
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from './chinese-numerals';
import { scanEnglishFigures } from './english-figures';
import { chineseTimeReading, chineseYearReading, type FigureKind } from './figure-kind';
import type { FigureChange, FigureQualifier } from './key-figure';
import { enclosedSpans, spanAt, type EnclosedSpan } from './title-spans';
import { ARABIC_ONLY_UNITS, CURRENCY_PREFIXES, LATIN_UNIT_WORDS, NUMERAL_WORDS, WORDS_STARTING_WITH_UNIT, type UnitClass } from './unit-lists';
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
  readonly kind: FigureKind;
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
  [/(?:超过|超出|超|逾|(?<![通经不])过|突破|多于)$/, 'over'],
  [/(?:将近|接近|(?<![最附])近)$/, 'nearly'],
  [/(?:大约|(?<![签合节制预契])约)$/, 'about'],
  [/(?:不到|不足|低于)$/, 'under'],
];
const CHANGE_BEFORE = /(增长|增加|提高|提升|上升|提速|下降|减少|降低|下滑|回落)(?:了|约|超|超过|近)?$/;
const DECREASE_VERBS = new Set(['下降', '减少', '降低', '下滑', '回落']);
/** Before 一 + measure word these make it a count (仅一家, 新增一座), not the article "a". */
const COUNT_BEFORE_ONE = /(?:仅|只|仅有|只有|唯有|共|共有|新增|增加|减少|不到|不足|仅仅)$/;
/** The denominator of a rate written with a slash (GB 3101: 立方米/秒, 元/吨, 公里/小时). */
const RATE_DENOMINATOR = /\/(?:秒|s|分钟|小时|h|天|日|月|年|人|户|亩|股|斤|吨|千克|公斤|平方米|㎡|公里|km|千瓦时|kWh)/y;
/** A figure right before 一 + unit makes it the denominator of a price or rate (30元一斤). */
const UNIT_BEFORE_ONE = /[元%斤吨克米亩个人次]$/;
/** A time span naming a programme: 三年行动, 五年规划, 十年攻坚. */
const PROGRAMME_AFTER = /^(?:行动|计划|规划|攻坚|工程|专项)/;
/** A power of ten in characters with no digit before it: 万, 亿, 十万, 百万, 千万, 千亿, 万亿. */
const ROUND_MAGNITUDE = /^[十百千]?[万亿]+$/;
/**
 * Measure words after which a lone 百/千 is a round count (百款产品, 百位主播, 千名志愿者), not
 * rhetoric as in 百年党史, 千家万户, 百花, 千方百计 (年, 家, 种, 个 stay rhetorical).
 */
const ROUND_COUNTERS: ReadonlySet<string> = new Set(['款', '位', '名', '项', '场', '台', '辆', '件', '篇', '部', '所', '座']);
/** Longest quotation (marks included) read as a slogan. */
const MAX_SLOGAN = 12;
const YEAR_NUMERAL = /^(?:1[89]|20)\d\d$/;
/** A fraction in words: 四分之一, 3分之2 (read as a percentage). */
const FRACTION_WORDS = /分之/y;
/** Before 一 these make it a determiner (哪一年, 这一天, 每一年, 同一年), not a count. */
const DETERMINER_BEFORE_ONE = /[哪这那每同某任]$/;
/** 周一…周日, 星期三, 礼拜五: weekdays, not counts. */
const WEEKDAY_BEFORE = /(?:周|星期|礼拜)$/;
/** Where 一半 (half) states a ratio: after 的/占/近/超过…, or before 以上/以下/左右. */
const HALF_BEFORE = /(?:的|占|近|将近|接近|超过|超|逾|约|减少|降低|下降|缩减|了)$/;
const HALF_AFTER = /^(?:以上|以下|左右)/;

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isLatin = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c);
const isHan = (c: string | undefined): boolean => c !== undefined && /\p{Script=Han}/u.test(c);
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

interface ReadUnit {
  readonly written: string;
  readonly unit: string;
  readonly factor: number;
  readonly class: UnitClass;
}

interface Quantity {
  readonly end: number;
  readonly value: number;
  readonly chinese: boolean;
  readonly numeral: string;
  readonly magnitude: string;
  readonly unit?: ReadUnit;
  readonly approx: boolean;
}

function readUnit(text: string, at: number, chinese: boolean): ReadUnit | undefined {
  const written = stickyAt(UNIT_PATTERN, text, at);
  const spec = written === undefined ? undefined : unitSpec(written);
  if (written === undefined || spec === undefined) return undefined;
  if (chinese && ARABIC_ONLY_UNITS.has(written)) return undefined;
  if (WORDS_STARTING_WITH_UNIT.some((w) => text.startsWith(w, at))) return undefined;
  // 5G, 540P: a Latin symbol counts only when no letter follows it.
  if (LATIN_UNIT_WORDS.has(written) && isLatin(text[at + written.length])) return undefined;
  return { written, unit: spec.unit, factor: spec.factor ?? 1, class: spec.class };
}

function readQuantity(text: string, at: number): Quantity | undefined {
  const percentWords = stickyAt(PERCENT_WORDS, text, at);
  if (percentWords !== undefined) {
    const n = readNumber(text, at + percentWords.length);
    if (!n) return undefined;
    return {
      end: n.end,
      value: n.value,
      chinese: n.chinese,
      numeral: text.slice(at, n.end),
      magnitude: '',
      unit: { written: '百分之', unit: '%', factor: 1, class: 'measure' },
      approx: false,
    };
  }
  if (text.startsWith('一半', at))
    return {
      end: at + 2,
      value: 50,
      chinese: true,
      numeral: '一半',
      magnitude: '',
      unit: { written: '一半', unit: '%', factor: 1, class: 'measure' },
      approx: false,
    };
  const n = readNumber(text, at);
  if (!n) return undefined;
  const fraction = readFraction(text, at, n);
  if (fraction) return fraction;
  let end = n.end;
  let { value, magnitude } = n;
  const approx = stickyAt(APPROX_SUFFIX, text, end);
  if (approx !== undefined) end += approx.length;
  // 3000多万立方米: the magnitude may follow 多/余.
  if (approx !== undefined && magnitude === '' && !n.chinese) {
    magnitude = readMagnitude(text, end);
    end += magnitude.length;
    value *= magnitudeFactor(magnitude);
  }
  const unit = readUnit(text, end, n.chinese) ?? indexPoints(text, end, n.chinese, value);
  const base = { value, chinese: n.chinese, numeral: text.slice(at, n.end), magnitude, approx: approx !== undefined };
  if (!unit) return { ...base, end };
  // 85立方米/秒, 500元/吨: a rate keeps its denominator in the unit.
  const per = stickyAt(RATE_DENOMINATOR, text, end + unit.written.length);
  if (per !== undefined)
    return {
      ...base,
      end: end + unit.written.length + per.length,
      unit: { ...unit, written: unit.written + per, unit: `${unit.unit}${per}`, class: 'measure' },
    };
  return { ...base, end: end + unit.written.length, unit };
}

/** 2700点: points of an index. 点 is also the clock hour (晚上9点), so only above 24 and not a time (3点半, 10点钟). */
function indexPoints(text: string, at: number, chinese: boolean, value: number): ReadUnit | undefined {
  if (chinese || value <= 24 || text[at] !== '点' || /[钟半整\d零]/.test(text[at + 1] ?? '')) return undefined;
  return { written: '点', unit: '点', factor: 1, class: 'counter' };
}

/** 四分之一 → 25 %, 3分之2 → 66.67 %: a denominator, 分之, a numerator written the same way. */
function readFraction(text: string, at: number, denominator: NumberToken): Quantity | undefined {
  if (denominator.magnitude !== '' || stickyAt(FRACTION_WORDS, text, denominator.end) === undefined) return undefined;
  const numerator = readNumber(text, denominator.end + 2);
  if (!numerator || numerator.chinese !== denominator.chinese || numerator.magnitude !== '' || denominator.value === 0) return undefined;
  return {
    end: numerator.end,
    value: round((numerator.value / denominator.value) * 100),
    chinese: denominator.chinese,
    numeral: text.slice(at, numerator.end),
    magnitude: '',
    unit: { written: '分之', unit: '%', factor: 1, class: 'measure' },
    approx: false,
  };
}

/** Why a candidate is not a figure, or undefined when it is one. Documented exclusions. */
function exclusion(text: string, start: number, q: Quantity, span: EnclosedSpan | undefined): string | undefined {
  const before = text[start - 1];
  const after = text[q.end];
  if (span?.title) return 'inside a title';
  // 2018-19年, 2018/19年度: the second half of a fiscal year.
  if ((before === '-' || before === '/') && /(?:1[89]|20)\d\d$/.test(text.slice(Math.max(0, start - 5), start - 1))) return 'fiscal year';
  if (before === '第') return 'ordinal';
  if (q.numeral === '一半' && !HALF_BEFORE.test(text.slice(Math.max(0, start - 2), start)) && !HALF_AFTER.test(text.slice(q.end, q.end + 2)))
    return 'word 一半';
  // 一两年, 三四个: the tail of a numeral that does not parse is a vague pair, not a figure.
  if (q.chinese && isChineseNumeral(before)) return 'vague pair (一两年)';
  // 数十家, 数百亿: 数 before a place word makes it vague.
  if (before === '数' && q.chinese && /^[十百千万亿]/.test(q.numeral)) return 'vague 数';
  // 周一至周五, 星期三: weekdays (每周三次 is a count: 每 + a measure word).
  if (
    q.chinese &&
    q.numeral.length === 1 &&
    WEEKDAY_BEFORE.test(text.slice(Math.max(0, start - 2), start)) &&
    !(text[start - 2] === '每' && q.unit?.class === 'counter')
  )
    return 'weekday';
  if (q.numeral === '一' && DETERMINER_BEFORE_ONE.test(text.slice(Math.max(0, start - 1), start))) return 'determiner 一';
  // 几十年, 十几个: 几 makes the number vague, not a figure.
  if (before === '几' || text[start + q.numeral.length] === '几') return 'vague 几';
  // 前三家企业: the top N is a rank, not a count.
  if (before === '前' && q.unit?.class === 'counter') return 'rank (前三家)';
  const unitIsLatin = q.unit !== undefined && LATIN_UNIT_WORDS.has(q.unit.written);
  if (isDigit(before) || before === '.' || isLatin(before) || (isLatin(text[start + q.numeral.length]) && !unitIsLatin)) return 'code or model name';
  // 1+5+2, “2+24”小时: formula names of policies, not quantities.
  const prevNonQuote = text
    .slice(0, start)
    .replace(/[“”"']+$/, '')
    .at(-1);
  if (prevNonQuote === '+' || text[start + q.numeral.length] === '+') return 'formula';
  if (stickyAt(SCALE_WORD, text, q.end) !== undefined || text.startsWith('级别', q.end)) return 'scale word (千亿级)';
  if (!q.unit) return q.magnitude !== '' ? undefined : 'no unit';
  // 十八大以来, 二十大精神: party congresses, not counts.
  if (q.unit.written === '大' && (before === '的' || /^(?:以来|精神|报告|召开|期间|代表)/.test(text.slice(q.end)))) return 'congress';
  if (q.unit.unit === '年' && (after === '代' || after === '度' || after === '级')) return 'year';
  // 9日、10日两天: a time span restating the dates just listed.
  if (q.unit.class === 'time' && /\d[日号]、?$/.test(text.slice(Math.max(0, start - 3), start))) return 'dates restated';
  // Slogans in short quotes: “三个走前列”, “两证合一”, “9个城市是1个城市” (a quoted sentence of speech is not one).
  if (span !== undefined && span.end - span.start <= MAX_SLOGAN) return 'slogan';
  if (q.chinese) {
    if (NUMERAL_WORDS.some((w) => text.startsWith(w, start))) return 'word';
    // A bare 一 with a measure word is the article "a" (一个, 一项, 一起); with a unit of
    // measurement or time, or after 仅/新增…, it is a count (一亿元, 一年, 仅一家).
    if (q.numeral === '一' && q.unit.class === 'counter' && q.magnitude === '' && !COUNT_BEFORE_ONE.test(text.slice(Math.max(0, start - 4), start)))
      return 'article 一';
    // 一次次, 一幢幢: reduplication is description, not a count.
    if (q.numeral === '一' && after === q.unit.written.at(-1)) return 'reduplication';
    if (q.numeral === '一' && /^(?:一度|一年)/.test(text.slice(q.end))) return 'idiom (一年一度)';
    if (q.numeral === '一' && (UNIT_BEFORE_ONE.test(text.slice(Math.max(0, start - 1), start)) || text[start - 1] === '每'))
      return 'rate denominator (30元一斤)';
    // Counts use 两, not 二: a bare 二 with a measure word is an ordinal or a compound (二次, 二期).
    if (q.numeral === '二' && q.unit.class !== 'measure') return 'ordinal 二';
    // 百年党史, 千年文脉, 千家万户: a lone 百 or 千 is rhetoric, not a count; so is a round
    // magnitude in characters (千万吨…计划, 百万亩…工程) unless a qualifier makes it a figure
    // (近千万元, 突破千亿元): checked in toFigure.
    if ((q.numeral === '百' || q.numeral === '千') && !ROUND_COUNTERS.has(q.unit.written)) return 'rhetorical 百/千';
    // Idioms that pair numerals around one character: 千方百计, 三番五次, 三横三纵.
    // (一行八人 is a party of eight, not an idiom.)
    // The character between must be a word's (千方百计), not punctuation (一半，一半以上).
    if (isChineseNumeral(text[start - 2]) && isHan(before) && !isChineseNumeral(before) && !(text.slice(start - 2, start) === '一行' && q.unit.unit === '人'))
      return 'idiom';
    if (isChineseNumeral(text[q.end + 1]) && isHan(after) && !isChineseNumeral(after)) return 'idiom';
  }
  return undefined;
}

function qualifierAround(text: string, start: number, end: number, approx: boolean): { qualifier?: FigureQualifier; lead: number } {
  const head = text.slice(Math.max(0, start - 4), start);
  for (const [pattern, qualifier] of LEADING_QUALIFIERS) {
    const m = pattern.exec(head);
    if (m) return { qualifier, lead: m[0].length };
  }
  // 上百亿, 上千人: 上 before a bare place word means "over".
  if (/[百千万]/.test(text[start] ?? '') && /(?<![以之马向线网千])上$/.test(head)) return { qualifier: 'over', lead: 1 };
  const trailing = stickyAt(TRAILING_QUALIFIER, text, end);
  if (trailing === '以上') return { qualifier: 'over', lead: 0 };
  if (trailing === '以下') return { qualifier: 'under', lead: 0 };
  if (trailing === '左右') return { qualifier: 'about', lead: 0 };
  return approx ? { qualifier: 'over', lead: 0 } : { lead: 0 };
}

const PREFIX_BEFORE = /(?:US\$|HK\$|NT\$|\$|€|£|¥|RMB ?)$/;

/**
 * The currency sign written right before `start`. A bare `$` before a Traditional 萬/億 is the
 * Hong Kong dollar, as the HKSAR government and press write it (`$1350萬`); elsewhere the US dollar.
 */
function currencyPrefixBefore(text: string, input: string, start: number): { written: string; unit: string } | undefined {
  const written = PREFIX_BEFORE.exec(text.slice(Math.max(0, start - 4), start))?.[0];
  if (written === undefined) return undefined;
  const traditional = /[萬億]/.test(input.slice(start, start + 12));
  const unit = written === '$' && traditional ? '港元' : CURRENCY_PREFIXES[written];
  return unit === undefined ? undefined : { written, unit };
}

function qualifierOf(text: string, start: number, end: number, approx: boolean): { qualifier?: FigureQualifier } {
  const { qualifier } = qualifierAround(text, start, end, approx);
  return qualifier ? { qualifier } : {};
}

function changeBefore(text: string, start: number): FigureChange | undefined {
  const m = CHANGE_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
  if (!m) return undefined;
  return DECREASE_VERBS.has(m[1]!) ? 'decrease' : 'increase';
}

/**
 * Finds number + unit figures in a string, Chinese and English, Simplified and Traditional,
 * each with its kind (quantity, duration, deadline, reference period). Excluded on purpose:
 * dates and plain years (`2024年`, `10月`, `1月2日`: 月 and 日 are not units), ordinals
 * (`第十八个`, `二次培训`), numbers in titles (`《…十条措施》`), formula names (`1+5+2`,
 * `“3+5”`), codes (`5G`, `1号线`), scale words (`千亿级`), quoted slogans (`“三个走前列”`),
 * the article 一 (`一个`, `一起`), rhetoric (`十年，是一个时间刻度`) and numbers with no unit
 * (`2030先锋工程`). Bare magnitudes count (`1.6万`, `近亿元`, `过亿`) — but only after a
 * qualifier when written in Chinese without a numeral, since 万物 and 千万 are words.
 * O(n) over the string.
 */
export function scanFigures(input: string): FigureMatch[] {
  const text = foldHan(foldWidth(input));
  const spans = enclosedSpans(text);
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
    const figure = toFigure(text, input, i, q, spans);
    if (figure) {
      found.push(figure);
      i = figure.end;
    } else {
      // Skip the whole numeral so its tail is not read again as a smaller number.
      i += Math.max(1, q.numeral.length);
    }
  }
  const english = scanEnglishFigures(text, input, spans).filter((e) => !found.some((f) => f.start < e.end && e.start < f.end));
  return [...found, ...english].sort((a, b) => a.start - b.start);
}

function yearFigure(text: string, input: string, start: number, q: Quantity): FigureMatch | undefined {
  const kind = chineseYearReading(text, start, q.end);
  if (!kind) return undefined;
  return { start, end: q.end, raw: input.slice(start, q.end), value: q.value, unit: '年', baseUnit: '年', kind };
}

function toFigure(text: string, input: string, start: number, first: Quantity, spans: readonly EnclosedSpan[]): FigureMatch | undefined {
  let q = first;
  let upper: number | undefined;
  // Ranges: 10%-15%, 10-15%, 3到5年.
  const sep = stickyAt(RANGE_SEPARATOR, text, q.end);
  if (sep !== undefined && (isDigit(text[q.end + 1]) || (q.chinese && isChineseNumeral(text[q.end + 1])))) {
    const second = readQuantity(text, q.end + 1);
    if (second && second.unit && (!q.unit || q.unit.unit === second.unit.unit) && second.chinese === q.chinese) {
      upper = second.value * second.unit.factor;
      // 2毛钱到10块钱: both ends in the second end's unit.
      if (q.unit && q.unit.written !== second.unit.written) q = { ...q, value: (q.value * q.unit.factor) / second.unit.factor };
      if (!q.unit && second.magnitude && !q.magnitude) {
        // 3-5万人: the magnitude written once applies to both ends.
        q = { ...q, value: q.value * magnitudeFactor(second.magnitude) };
      }
      if (second.unit.unit === '年' && (YEAR_NUMERAL.test(q.numeral) || YEAR_NUMERAL.test(second.numeral))) return undefined;
      q = { ...q, end: second.end, unit: second.unit, magnitude: second.magnitude || q.magnitude };
    }
  }
  const span = spanAt(spans, start);
  if (q.unit?.unit === '年' && !q.chinese && YEAR_NUMERAL.test(q.numeral) && upper === undefined)
    return span?.title ? undefined : yearFigure(text, input, start, q);
  if (exclusion(text, start, q, span) !== undefined) return undefined;
  const { qualifier, lead } = qualifierAround(text, start, q.end, q.approx);
  // 万物, 千万, 万人空巷, 千万吨…计划: a round magnitude in characters is a word or a name unless a
  // qualifier (过亿, 近亿元, 突破千亿元) makes it a figure; a bare one needs a digit (二百億).
  if (q.chinese && qualifier === undefined && ROUND_MAGNITUDE.test(q.numeral)) return undefined;
  if (q.chinese && !q.unit && qualifier === undefined && !/[一二两三四五六七八九]/.test(q.numeral)) return undefined;
  let kind: FigureKind = 'quantity';
  if (q.unit?.class === 'time' && PROGRAMME_AFTER.test(text.slice(q.end, q.end + 2))) return undefined;
  if (q.unit?.class === 'time') {
    const reading = chineseTimeReading(text, start, q.end);
    if (reading === 'rhetoric') return undefined;
    kind = reading;
  }
  const factor = q.unit?.factor ?? 1;
  const baseUnit = q.unit?.unit ?? '';
  const unit = q.unit?.unit === '%' ? '%' : `${q.magnitude}${baseUnit}`;
  const change = changeBefore(text, start - lead);
  // 过亿, 近亿元: with no digits the qualifier is part of what the figure says.
  let from = q.chinese && /^[万亿]+$/.test(q.numeral) ? start - lead : start;
  const prefix = !q.unit && q.magnitude !== '' ? currencyPrefixBefore(text, input, start) : undefined;
  if (prefix) {
    // $1350萬: a currency sign before a Chinese magnitude.
    from = start - prefix.written.length;
    return {
      start: from,
      end: q.end,
      raw: input.slice(from, q.end),
      value: round(q.value),
      unit: `${q.magnitude}${prefix.unit}`,
      baseUnit: prefix.unit,
      kind,
      ...qualifierOf(text, from, q.end, q.approx),
    };
  }
  return {
    start: from,
    end: q.end,
    raw: input.slice(from, q.end),
    value: round(q.value * factor),
    ...(upper !== undefined ? { upper: round(upper) } : {}),
    unit,
    baseUnit,
    kind,
    ...(qualifier ? { qualifier } : {}),
    ...(change ? { change } : {}),
  };
}

/** Drops floating-point noise from scaling (2.79 × 1e8 → 279000000). */
export function round(n: number): number {
  return Number(n.toPrecision(12));
}

/**
 * Figures in English prose: `$2.3 billion`, `15 percent`, `1,200 workers`, `134.57 billion
 * yuan`, `more than 10 years`. A cardinal followed by a lowercase noun is a count (English
 * has no measure words); years, dates, clock times, ordinals, ranks (`Top 10`) and labels
 * (`Line 3`, `No. 5`) are not figures. Reads the width- and Han-folded text; offsets are into
 * the original. O(n) over the string.
 */
import { englishTimeReading, type FigureKind } from './figure-kind';
import type { FigureMatch } from './scan-figures';
import type { FigureQualifier } from './key-figure';
import { spanAt, type EnclosedSpan } from './title-spans';
import { CURRENCY_PREFIXES } from './unit-lists';

const SPELLED: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
};
const SCALES: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9 };

/** English unit words → base unit (shared with Chinese, so amounts sort together), class and the unit as shown (time spans are then told apart by kind). */
const UNITS: readonly (readonly [RegExp, string, 'measure' | 'time', string])[] = [
  [/^\s?%/, '%', 'measure', '%'],
  [/^\s(?:percent|per cent)\b/i, '%', 'measure', '%'],
  [/^\s(?:percentage points?)\b/i, '个百分点', 'measure', 'percentage points'],
  [/^\s(?:yuan|RMB)\b/, '元', 'measure', 'yuan'],
  [/^\s(?:US dollars?|dollars?)\b/i, '美元', 'measure', 'US dollars'],
  [/^\s(?:HK dollars?|Hong Kong dollars?)\b/i, '港元', 'measure', 'HK dollars'],
  [/^\s(?:euros?)\b/i, '欧元', 'measure', 'euros'],
  [/^\s(?:pounds? sterling|pounds?)\b/i, '英镑', 'measure', 'pounds'],
  [/^\s(?:square kilometers?|square kilometres?|sq km|km2|km²)\b/i, '平方公里', 'measure', 'km²'],
  [/^\s(?:square meters?|square metres?|sq m|m2|m²)(?![a-z])/i, '平方米', 'measure', 'm²'],
  [/^\s?(?:kilometers?|kilometres?|km)\b/i, '公里', 'measure', 'km'],
  [/^\s(?:meters?|metres?)\b/i, '米', 'measure', 'm'],
  [/^\s(?:cubic meters?|cubic metres?)\b/i, '立方米', 'measure', 'm³'],
  [/^\s(?:hectares?|ha)\b/i, '公顷', 'measure', 'ha'],
  [/^\smu\b/, '亩', 'measure', 'mu'],
  [/^\s(?:tons?|tonnes?)\b/i, '吨', 'measure', 'tons'],
  [/^\s?(?:kilograms?|kg)\b/i, '千克', 'measure', 'kg'],
  [/^\s?(?:kWh|kilowatt-hours?)\b/i, '千瓦时', 'measure', 'kWh'],
  [/^\s?(?:kW|kilowatts?)\b/, '千瓦', 'measure', 'kW'],
  [/^\s?(?:MW|megawatts?)\b/, '兆瓦', 'measure', 'MW'],
  [/^\s?(?:GW|gigawatts?)\b/, '吉瓦', 'measure', 'GW'],
  [/^\s(?:times)\b/i, '倍', 'measure', 'times'],
  [/^\s(?:years?)\b/i, '年', 'time', 'years'],
  [/^\s(?:months?)\b/i, '个月', 'time', 'months'],
  [/^\s(?:weeks?)\b/i, '周', 'time', 'weeks'],
  [/^\s(?:days?)\b/i, '天', 'time', 'days'],
  [/^\s(?:hours?)\b/i, '小时', 'time', 'hours'],
  [/^\s(?:minutes?)\b/i, '分钟', 'time', 'minutes'],
];

const NUMBER =
  /(?<![\w.,$€£¥-])(US\$|HK\$|NT\$|A\$|C\$|\$|€|£|¥|RMB ?)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundred|a dozen|dozen)(?![\w-]))(?:\s?(thousand|million|billion|trillion|bn)\b)?/gi;
const MONTHS = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?';
const MONTH_BEFORE = new RegExp(`\\b${MONTHS}\\s+$`);
const MONTH_AFTER = new RegExp(`^\\s+${MONTHS}\\b`);
const LABEL_BEFORE =
  /\b(?:Top|top|No\.|no\.|Line|Phase|Chapter|Article|Section|Page|Level|Grade|Class|Room|Route|Gate|Terminal|Hall|Building|Floor|Version|version|Group|Item|Number|number|Rule|Point)\s+$/;
const COUNT_NOUN = /^\s([a-z][a-z-]*)/;
/** A capitalized name before a lowercase noun is counted too: `260 Wenzhou business unions`. */
const NAMED_COUNT = /^\s[A-Z][a-z]+\s[a-z]/;
/** A total stated with no noun after it: `a population of almost 700,000`. */
const TOTAL_BEFORE = /\b(?:population|total|number|workforce|staff|headcount|membership) of\s+(?:[a-z]+\s+){0,2}$/i;
/** An age written as a compound adjective: `Fifty-nine-year-old`, `59-year-old`. */
const AGE = /(?<![\w-])((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|\d{1,3})-year-old\b/gi;
/** Words after a cardinal that show it is not counting the next noun. */
const NOT_A_NOUN = new Set([
  'of',
  'to',
  'and',
  'or',
  'in',
  'on',
  'at',
  'by',
  'for',
  'from',
  'with',
  'as',
  'than',
  'per',
  'the',
  'a',
  'an',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'am',
  'pm',
  'a.m',
  'p.m',
  'said',
  'says',
  'that',
  'which',
  'who',
  'more',
  'less',
  'new',
  'also',
  'each',
  'other',
  'such',
  'over',
  'under',
  'into',
  'since',
  'until',
  'after',
  'before',
  'among',
  'out',
]);
const QUALIFIERS: readonly (readonly [RegExp, FigureQualifier])[] = [
  [/\b(?:more than|over|above|exceeding|at least|upwards of)\s+$/i, 'over'],
  [/\b(?:nearly|almost|close to)\s+$/i, 'nearly'],
  [/\b(?:about|around|approximately|roughly|some)\s+$/i, 'about'],
  [/\b(?:less than|under|below|fewer than)\s+$/i, 'under'],
];
const CHANGE = /\b(?:(increase|rise|growth|up|grew|rose|increased)|(decrease|decline|drop|fall|down|fell|dropped|decreased))\s+(?:of\s+|by\s+)?$/i;

function numberValue(written: string): number | undefined {
  const lower = written.toLowerCase().replace(/^a /, '');
  const spelled = SPELLED[lower];
  if (spelled !== undefined) return spelled;
  const n = Number(written.replace(/,/g, ''));
  return Number.isFinite(n) ? n : undefined;
}

/** English figures in the folded `text`, raw strings from `input` (same offsets). Titles are skipped. */
export function scanEnglishFigures(text: string, input: string, spans: readonly EnclosedSpan[]): FigureMatch[] {
  const found: FigureMatch[] = [];
  for (const m of text.matchAll(AGE)) {
    const start = m.index;
    if (spanAt(spans, start)?.title) continue;
    const value = m[1]!
      .toLowerCase()
      .split('-')
      .reduce((sum, word) => sum + (SPELLED[word] ?? Number(word)), 0);
    found.push({ start, end: start + m[0].length, raw: input.slice(start, start + m[0].length), value, unit: 'years old', baseUnit: '岁', kind: 'quantity' });
  }
  for (const m of text.matchAll(NUMBER)) {
    if (found.some((f) => f.start <= m.index && m.index < f.end)) continue;
    const figure = englishFigure(text, input, m, spans);
    if (figure) found.push(figure);
  }
  return found.sort((a, b) => a.start - b.start);
}

function englishFigure(text: string, input: string, m: RegExpExecArray | RegExpMatchArray, spans: readonly EnclosedSpan[]): FigureMatch | undefined {
  const start = m.index ?? 0;
  const [whole, prefix, written, scale] = [m[0], m[1], m[2]!, m[3]];
  const value = numberValue(written);
  if (value === undefined) return undefined;
  let end = start + whole.length;
  const spelled = /^[a-z]/i.test(written);
  const before = text.slice(Math.max(0, start - 40), start);
  const rest = text.slice(end, end + 40);
  if (spanAt(spans, start)?.title) return undefined;
  // Only English prose: a number inside Chinese text is the Chinese scanner's.
  if (/[\u4e00-\u9fff]/.test(text[start - 1] ?? '') || /^[\u4e00-\u9fff%]/.test(rest)) return undefined;
  if (/^(?:st|nd|rd|th)\b/i.test(rest) || /^[:/]\d/.test(rest) || /[:/]$/.test(before)) return undefined;
  if (MONTH_BEFORE.test(before) || MONTH_AFTER.test(rest) || LABEL_BEFORE.test(before)) return undefined;
  const scaleFactor = scale ? SCALES[scale.toLowerCase()]! : 1;
  const currency = prefix ? CURRENCY_PREFIXES[prefix] : undefined;
  let unit: string | undefined;
  let shown = '';
  let cls: 'measure' | 'time' | 'count' = 'count';
  if (currency) {
    unit = currency;
    shown = prefix!.trim();
    cls = 'measure';
  } else {
    for (const [pattern, name, c, display] of UNITS) {
      const u = pattern.exec(rest);
      if (u) {
        unit = name;
        shown = display;
        cls = c;
        end += u[0].length;
        break;
      }
    }
  }
  if (unit === undefined) {
    const year = !spelled && !scale && /^(?:1[89]|20)\d\d$/.test(written);
    if (year) {
      const kind = /\bby\s+(?:the\s+end\s+of\s+)?$/i.test(before) ? 'deadline' : undefined;
      return kind ? { start, end, raw: input.slice(start, end), value, unit: '年', baseUnit: '年', kind } : undefined;
    }
    const noun = COUNT_NOUN.exec(rest)?.[1];
    const counted = (noun !== undefined && !NOT_A_NOUN.has(noun)) || NAMED_COUNT.test(rest) || TOTAL_BEFORE.test(before);
    if (!scale && !counted) return undefined;
    // "one" is "a" unless a scale or unit makes it a quantity.
    if (!scale && written.toLowerCase() === 'one') return undefined;
  }
  if (written.toLowerCase() === 'one' && cls === 'count' && !scale) return undefined;
  let kind: FigureKind = 'quantity';
  if (cls === 'time') kind = englishTimeReading(text, start, end);
  const qualifier = QUALIFIERS.find(([p]) => p.test(before))?.[1];
  const change = CHANGE.exec(before);
  const scaleWord = scale ? scale.toLowerCase() : '';
  // The unit as written, scale kept: `billion yuan`, `$ billion`, `%`; a count shows only its scale.
  const shownUnit = (prefix ? [shown, scaleWord] : [scaleWord, shown]).filter(Boolean).join(' ');
  return {
    start,
    end,
    raw: input.slice(start, end),
    value: Number((value * scaleFactor).toPrecision(12)),
    unit: shownUnit,
    baseUnit: unit ?? '',
    kind,
    ...(qualifier ? { qualifier } : {}),
    ...(change ? { change: change[1] ? ('increase' as const) : ('decrease' as const) } : {}),
  };
}

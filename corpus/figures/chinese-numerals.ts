/**
 * Chinese numerals → numbers: 一…九 (and 两, 零/〇) with 十 百 千 万 亿 combinations,
 * e.g. 十八 → 18, 三百零五 → 305, 一千二百 → 1200, 十万 → 100000. Digit strings without
 * place words (二〇二四, 十五五) are rejected: they are years or plan names, not counts.
 */

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const PLACES: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const SECTIONS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** Every character a Chinese numeral may contain (for scanning). */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/** The value of a Chinese numeral, or undefined when the string is not a well-formed one. */
export function parseChineseNumeral(text: string): number | undefined {
  if (text.length === 0) return undefined;
  let total = 0;
  let section = 0;
  // A digit waiting for its place word; `null` when none is pending.
  let pending: number | null = null;
  let lastPlace = Infinity;
  let lastSection = Infinity;
  for (const ch of text) {
    const digit = DIGITS[ch];
    const place = PLACES[ch];
    const sectionSize = SECTIONS[ch];
    if (digit !== undefined) {
      // Two digits in a row (十五五, 二〇二四) are not a count; 零 may sit between places.
      if (pending !== null && pending !== 0 && digit !== 0) return undefined;
      pending = digit;
    } else if (place !== undefined) {
      if (place >= lastPlace) return undefined;
      // A leading 十 means 一十 (十八 = 18).
      section += (pending ?? 1) * place;
      pending = null;
      lastPlace = place;
    } else if (sectionSize !== undefined) {
      const value = section + (pending ?? 0);
      if (sectionSize < lastSection) {
        // 一亿二千万: the 万 group adds to the 亿 already counted.
        total += (value === 0 ? 1 : value) * sectionSize;
      } else {
        // 万亿: a larger group scales everything before it.
        total = (total + value || 1) * sectionSize;
      }
      lastSection = sectionSize;
      section = 0;
      pending = null;
      lastPlace = Infinity;
    } else {
      return undefined;
    }
  }
  return total + section + (pending ?? 0);
}

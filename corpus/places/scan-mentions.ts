/**
 * Finds written place names in text: Chinese by longest match at each position over the
 * gazetteer's forms (on Han-folded text, so Traditional is found too), English by whole-word
 * match of the English names. Pure; O(n · k) where k is the number of distinct form lengths
 * for a character (a handful).
 */
import { foldHan } from '../search/normalize-text';
import { gazetteer, type FormTarget, type Place } from './gazetteer';

/** One written name and what it can name. */
export interface RawMention {
  readonly start: number;
  readonly end: number;
  /** The form as written in the (folded) text. */
  readonly form: string;
  readonly target: FormTarget;
}

/** Chinese place names in `text` (any script), left to right, never overlapping. */
export function scanChinese(text: string): RawMention[] {
  const { byForm, lengthsByFirst } = gazetteer();
  const folded = foldHan(text);
  const out: RawMention[] = [];
  for (let i = 0; i < folded.length;) {
    const lengths = lengthsByFirst.get(folded.charAt(i));
    let matched = 0;
    for (const len of lengths ?? []) {
      const form = folded.slice(i, i + len);
      const target = byForm.get(form);
      if (len <= folded.length - i && target) {
        out.push({ start: i, end: i + len, form, target });
        matched = len;
        break;
      }
    }
    i += matched || 1;
  }
  return out;
}

let englishPattern: RegExp | null = null;

function englishPatternOnce(): RegExp {
  if (englishPattern) return englishPattern;
  const names = [...gazetteer().byEnglish.keys()].sort((a, b) => b.length - a.length);
  const escaped = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  // Case-sensitive on purpose: place names are capitalised, the words they resemble are not.
  englishPattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return englishPattern;
}

/** English place names in `text` (`Sichuan`, `Xi'an`, `Hong Kong`), left to right. */
export function scanEnglish(text: string): RawMention[] {
  const { byEnglish } = gazetteer();
  const straight = text.replace(/[\u2018\u2019]/gu, "'");
  const out: RawMention[] = [];
  for (const m of straight.matchAll(englishPatternOnce())) {
    const places: Place[] | undefined = byEnglish.get(m[0]);
    if (places) out.push({ start: m.index, end: m.index + m[0].length, form: m[0], target: { kind: 'place', places } });
  }
  return out;
}

import { isChineseContext } from './chars';

/**
 * Punctuation that already separates words, so a space next to it is OCR noise even in a
 * title (`赣江新区： 以改革` → `赣江新区：以改革`). Quotes are not here: in a title a space
 * after `”` separates two phrases (`聚焦“五大突破” 实现良好开局`).
 */
const SEPARATING = /[，。、；：！？（）《》【】…—]/u;

function trimAndCollapse(line: string): string {
  return line.replace(/[\s\u3000]+/g, ' ').trim();
}

/**
 * Running text (paragraphs, notes): a space with Chinese on either side is a line-wrap or
 * OCR artefact and goes (`经济社 会` → `经济社会`, `集群。 不仅是` → `集群。不仅是`,
 * `5G 智慧工厂` → `5G智慧工厂`, consistently); spaces between Latin words stay.
 */
export function normalizeRunningSpaces(line: string): string {
  const s = trimAndCollapse(line);
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] === ' ' && (isChineseContext(s[i - 1]) || isChineseContext(s[i + 1]))) continue;
    out += s[i];
  }
  return out;
}

/**
 * Titles, headings, kickers, bylines, captions: a single space between two phrases is kept
 * (`凝心聚力 向“新”行`); spaces touching separating punctuation go.
 */
export function normalizePhraseSpaces(line: string): string {
  const s = trimAndCollapse(line);
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const prev = s[i - 1];
    const next = s[i + 1];
    if (s[i] === ' ' && ((prev !== undefined && SEPARATING.test(prev)) || (next !== undefined && SEPARATING.test(next)))) continue;
    // An opening quote hugs what follows, a closing one what precedes.
    if (s[i] === ' ' && (prev === '“' || prev === '‘' || next === '”' || next === '’')) continue;
    out += s[i];
  }
  return out;
}

/**
 * In bylines and credits OCR splits two-character names (`杨 静`, `黄 丽 戴佳伶`, `陶 婧摄`,
 * `王 川/文`): a single Han character, a space, and a single Han character (before a credit
 * mark `摄`, `/`, a space, a bracket or the end) are one name. Longer runs are separate
 * names and keep their separating space (`李书赐 辜现琦`).
 */
export function mergeSplitNames(line: string): string {
  return line.replace(/(?<!\p{Script=Han})(\p{Script=Han}) (\p{Script=Han})(?=摄|\/|\s|[）)]|$)/gu, '$1$2');
}

import { textOffset, type TextRange } from '../model';
import { normalizeWithMap, toOriginalRange } from './normalize-text';
import { parseQuery } from './query-parser';
import { mergeRanges } from './search';

/**
 * Every occurrence of the query's terms in `text` (an article's clean text, or any string), as
 * ranges of `text`, sorted, overlaps merged — for in-article find, highlighting every hit
 * and stepping through them. Same syntax and NFKC/case folding as `search`; excluded terms
 * are ignored here. Never throws. O(text length × terms).
 */
export function findOccurrences(text: string, query: string): TextRange[] {
  const { include } = parseQuery(query);
  if (include.length === 0) return [];
  const norm = normalizeWithMap(text);
  const ranges: { start: number; end: number }[] = [];
  for (const term of include) {
    for (let at = norm.text.indexOf(term); at >= 0; at = norm.text.indexOf(term, at + term.length)) {
      ranges.push(toOriginalRange(norm, at, at + term.length));
    }
  }
  return mergeRanges(ranges).map((r) => ({ start: textOffset(r.start), end: textOffset(r.end) }));
}

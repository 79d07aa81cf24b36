import approxSearch from 'approx-string-match';

/**
 * Similarity in [0, 1] of `str` to its best approximate occurrence in `text`:
 * 1 − errors / str.length (as Hypothesis' `textMatchScore`). 0 when either is empty.
 * Used on short windows (≤ 32-unit context), where it costs O(text.length · ⌈str.length/32⌉).
 */
export function textMatchScore(text: string, str: string): number {
  if (str.length === 0 || text.length === 0) return 0;
  if (text.includes(str)) return 1;
  const best = approxSearch(text, str, str.length)[0];
  return best === undefined ? 0 : Math.max(0, 1 - best.errors / str.length);
}

/**
 * Levenshtein distance between two strings, O(a.length · b.length) time, O(b.length) space.
 * For scoring candidate ranges and for tests; not for searching.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let curr = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      curr[j] = Math.min((prev[j] ?? 0) + 1, (curr[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    [prev, curr] = [curr, prev];
  }
  return prev[b.length] ?? 0;
}

/** 1 − editDistance / max(length): how alike two strings are, in [0, 1]. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}

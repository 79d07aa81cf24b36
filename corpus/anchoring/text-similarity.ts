/**
 * Edit distance between `pattern` and the best-matching suffix of `text`: the pattern must end
 * exactly where `text` ends, its start is free. Scores a stored prefix against the text just
 * before a candidate (use it on reversed strings for a suffix), so context that only matches
 * somewhere nearby, shifted away from the candidate, does not count as matching.
 * O(pattern.length · text.length) time, O(text.length) space; context is ≤ 32 units.
 */
export function anchoredDistance(pattern: string, text: string): number {
  const n = text.length;
  // Row i = pattern[0, i); column j = text[0, j). Row 0 is all zeros: the match may start anywhere.
  let prev = new Array<number>(n + 1).fill(0);
  let curr = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= pattern.length; i++) {
    curr[0] = i;
    for (let j = 1; j <= n; j++) {
      const cost = pattern.charCodeAt(i - 1) === text.charCodeAt(j - 1) ? 0 : 1;
      curr[j] = Math.min((prev[j] ?? 0) + 1, (curr[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    [prev, curr] = [curr, prev];
  }
  return prev[n] ?? 0;
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

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

/**
 * Levenshtein distance when it is at most `cap`, else `cap + 1`: a band of 2·cap + 1 diagonals,
 * O(min(a, b) · cap) — cheap enough to price many candidate places for a long quote.
 */
export function editDistanceAtMost(a: string, b: string, cap: number): number {
  const limit = Math.max(0, Math.floor(cap));
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a === b) return 0;
  const n = b.length;
  const big = limit + 1;
  let prev = new Array<number>(n + 1).fill(big);
  let curr = new Array<number>(n + 1).fill(big);
  for (let j = 0; j <= Math.min(n, limit); j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(n, i + limit);
    curr.fill(big, Math.max(0, from - 1), Math.min(n, to + 1) + 1);
    curr[0] = i <= limit ? i : big;
    let rowMin = curr[0] ?? big;
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min((prev[j] ?? big) + 1, (curr[j - 1] ?? big) + 1, (prev[j - 1] ?? big) + cost);
      curr[j] = Math.min(value, big);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return big;
    [prev, curr] = [curr, prev];
  }
  return Math.min(prev[n] ?? big, big);
}

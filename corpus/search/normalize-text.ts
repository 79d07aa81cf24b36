/**
 * Search-time text normalization: NFKC + lowercase, with a map back to the original offsets.
 *
 * Normalization runs per cluster (a starter plus its combining marks) rather than over the
 * whole string, so every normalized character can be traced to the original characters it
 * came from. Index building, query parsing and hit confirmation all use this one function,
 * so they agree with each other even where per-cluster NFKC differs from whole-string NFKC.
 */

/** Normalized text plus, when lengths changed, where each normalized char came from. */
export interface NormalizedText {
  readonly text: string;
  /**
   * `null` when normalized offsets equal original offsets (the common case: CJK text, ASCII).
   * Otherwise `starts[i]`/`ends[i]` are the original [start, end) of the cluster that produced
   * normalized char i.
   */
  readonly map: { readonly starts: Int32Array; readonly ends: Int32Array } | null;
}

const fold = (s: string): string => s.normalize('NFKC').toLowerCase();

// Characters that can merge with their neighbours under NFKC (combining marks, conjoining
// Hangul jamo); without them NFKC and lowercasing act char by char.
const MERGING = /[\p{M}\u1100-\u11ff]/u;

/** NFKC + lowercase, the one folding used for indexing, querying and confirming hits. */
export function normalizeForSearch(text: string): string {
  return normalizeWithMap(text).text;
}

/**
 * NFKC + lowercase with an offset map. O(n); the fast path (no length change, nothing that
 * can merge) allocates no map.
 */
export function normalizeWithMap(text: string): NormalizedText {
  const whole = fold(text);
  if (whole.length === text.length && !MERGING.test(text)) return { text: whole, map: null };
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < text.length) {
    let j = i + codePointLength(text, i);
    while (j < text.length && MERGING.test(String.fromCodePoint(text.codePointAt(j) ?? 0))) j += codePointLength(text, j);
    const piece = fold(text.slice(i, j));
    out.push(piece);
    for (let k = 0; k < piece.length; k++) {
      starts.push(i);
      ends.push(j);
    }
    i = j;
  }
  return { text: out.join(''), map: { starts: Int32Array.from(starts), ends: Int32Array.from(ends) } };
}

/** Maps a normalized [start, end) back to original offsets (widened to whole clusters). */
export function toOriginalRange(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (!norm.map || start >= end) return { start, end };
  const { starts, ends } = norm.map;
  return { start: starts[start] ?? 0, end: ends[end - 1] ?? 0 };
}

function codePointLength(text: string, at: number): number {
  const cp = text.codePointAt(at) ?? 0;
  return cp > 0xffff ? 2 : 1;
}

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

let complexTable: Uint8Array | null = null;

/**
 * Per BMP code unit, 1 when it needs the per-cluster path: it folds to more or fewer than one
 * unit (`…` → `...`), may merge with neighbours (marks, jamo), or is a surrogate. Built lazily
 * once (65,536 one-character normalizations). Text without such units folds with one ICU call
 * on the whole string, which then equals the per-character fold and keeps offsets.
 */
function complexTableOnce(): Uint8Array {
  if (complexTable) return complexTable;
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    table[c] = c >= 0xd800 && c <= 0xdfff ? 1 : fold(ch).length !== 1 || MERGING.test(ch) ? 1 : 0;
  }
  complexTable = table;
  return table;
}

/**
 * NFKC + lowercase with an offset map. O(n). Runs of simple characters (CJK, ASCII,
 * full-width forms) fold with ICU in one call; clusters with marks and expanding characters
 * (`…` → `...`) fold per cluster, and only a length change allocates a map.
 */
export function normalizeWithMap(text: string): NormalizedText {
  const complex = complexTableOnce();
  let first = -1;
  for (let i = 0; i < text.length; i++) {
    if (complex[text.charCodeAt(i)] === 1) {
      first = i;
      break;
    }
  }
  if (first < 0) return { text: fold(text), map: null };
  const parts: string[] = [];
  let starts: number[] | null = null;
  let ends: number[] | null = null;
  let o = 0;
  const emit = (piece: string, from: number, to: number, oneToOne: boolean): void => {
    if (!starts && !(oneToOne || piece.length === to - from)) {
      // First length change: everything before it mapped one to one.
      starts = Array.from({ length: o }, (_, k) => k);
      ends = starts.map((k) => k + 1);
    }
    if (starts && ends) {
      for (let k = 0; k < piece.length; k++) {
        starts.push(oneToOne ? from + k : from);
        ends.push(oneToOne ? from + k + 1 : to);
      }
    }
    parts.push(piece);
    o += piece.length;
  };
  let i = 0;
  let k = first;
  while (i < text.length) {
    while (k < text.length && complex[text.charCodeAt(k)] !== 1) k++;
    if (k >= text.length) {
      emit(fold(text.slice(i)), i, text.length, true);
      break;
    }
    // A mark belongs to the cluster of the character before it.
    if (k > i && MERGING.test(String.fromCodePoint(text.codePointAt(k) ?? 0))) k--;
    if (k > i) emit(fold(text.slice(i, k)), i, k, true);
    let j = k + codePointLength(text, k);
    while (j < text.length && MERGING.test(String.fromCodePoint(text.codePointAt(j) ?? 0))) j += codePointLength(text, j);
    emit(fold(text.slice(k, j)), k, j, false);
    i = j;
    k = j;
  }
  const map = starts && ends ? { starts: Int32Array.from(starts as number[]), ends: Int32Array.from(ends as number[]) } : null;
  return { text: parts.join(''), map };
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

/**
 * Search-time text normalization: NFKC + lowercase + Traditional→Simplified folding, with a
 * map back to the original offsets.
 *
 * Normalization runs per cluster (a starter plus its combining marks) rather than over the
 * whole string, so every normalized character can be traced to the original characters it
 * came from. Index building, query parsing and hit confirmation all use this one function,
 * so they agree with each other even where per-cluster NFKC differs from whole-string NFKC.
 *
 * The Han fold is character by character (OpenCC's character tables, never its phrase tables),
 * and only BMP → BMP pairs are used, so it never changes a length: offsets into the folded text
 * stay offsets into the original, and a 简体 query finds 繁體 text while the text shown stays
 * as written.
 */
import hkVariantsRev from 'opencc-js/dict/HKVariantsRev';
import tsCharacters from 'opencc-js/dict/TSCharacters';
import twVariantsRev from 'opencc-js/dict/TWVariantsRev';

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

const fold = (s: string): string => foldHan(s.normalize('NFKC').toLowerCase());

let hanTable: Uint16Array | null = null;

/** One-unit → one-unit pairs of an OpenCC character table (BMP only: offsets must not move). */
function charPairs(dict: string, into: Uint16Array): Uint16Array {
  for (const pair of dict.split('|')) {
    const [from, to] = pair.split(' ');
    if (from?.length !== 1 || to?.length !== 1 || from === to) continue;
    const src = from.charCodeAt(0);
    if (into[src] === 0) into[src] = to.charCodeAt(0);
  }
  return into;
}

/**
 * Per BMP code unit, its Simplified form (0 = unchanged). Built lazily once from OpenCC's
 * character tables, in OpenCC's order: a Taiwan/Hong Kong variant to OpenCC Traditional
 * (`爲` → `為`, HK `台` → `臺`), then Traditional to Simplified (`臺` → `台`). The result is then
 * made idempotent, so text and query meet at the same character whichever form either used.
 */
function hanTableOnce(): Uint16Array {
  if (hanTable) return hanTable;
  const variant = charPairs(hkVariantsRev, charPairs(twVariantsRev, new Uint16Array(0x10000)));
  const simplify = charPairs(tsCharacters, new Uint16Array(0x10000));
  const table = new Uint16Array(0x10000);
  const at = (t: Uint16Array, c: number): number => t[c] || c;
  for (let c = 0; c < 0x10000; c++) {
    const v = at(variant, c);
    // Prefer the character itself when it is already Simplified and only a variant table
    // would move it (HK `台` is 臺 in OpenCC Traditional, which is `台` again in Simplified).
    const t = simplify[c] !== 0 ? simplify[c]! : at(simplify, v);
    table[c] = t === c ? 0 : t;
  }
  for (let c = 0; c < 0x10000; c++) {
    // A few steps reach the fixed point; the cap guards against a cycle in the data.
    for (let step = 0; step < 4; step++) {
      const t = at(table, c);
      const next = at(table, t);
      if (next === t || next === c) break;
      table[c] = next;
    }
  }
  hanTable = table;
  return table;
}

/**
 * Folds Traditional and variant Han characters to Simplified, one UTF-16 unit for one, so the
 * result has the same length and offsets as the input. O(n); allocates only when something
 * changes. Exported for the gazetteer, which matches place names on folded text.
 */
export function foldHan(text: string): string {
  const table = hanTableOnce();
  let i = 0;
  while (i < text.length && table[text.charCodeAt(i)] === 0) i++;
  if (i === text.length) return text;
  const units = new Uint16Array(text.length);
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    units[k] = table[c] || c;
  }
  let out = '';
  // Chunks keep the spread under engines' argument-count limits.
  for (let k = 0; k < units.length; k += 8192) out += String.fromCharCode(...units.subarray(k, k + 8192));
  return out;
}

// Characters that can merge with their neighbours under NFKC (combining marks, conjoining
// Hangul jamo); without them NFKC and lowercasing act char by char.
const MERGING = /[\p{M}\u1100-\u11ff]/u;

/** NFKC + lowercase + Han fold, the one folding used for indexing, querying and confirming hits. */
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
 * NFKC + lowercase + Han fold with an offset map. O(n). Runs of simple characters (CJK, ASCII,
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

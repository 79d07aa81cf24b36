/**
 * The one Pizhu search tokenizer, used to build every index and to parse every query.
 *
 * Design (see issue 6's measurements): on normalized text (`normalizeForSearch`), every run of
 * letters, digits and marks — Chinese, Latin or numeric alike — yields its character unigrams
 * and bigrams. A query term needs all bigrams of each of its runs (or the unigram of a
 * one-character run). Because tokens are contiguous character pairs, any substring of the
 * text has all of its tokens in the index: recall does not depend on word segmentation and is
 * the same in Node and Chromium. Whole Latin words are not indexed separately: their bigram
 * chain plus the `includes` confirmation already finds `188`, `DP` and `GDP` exactly, and extra
 * word terms would only grow the vocabulary. Punctuation (`.`, `%`) is not indexed; it is
 * checked by the confirmation step.
 */

const BMP_WORD = new Uint8Array(0x10000);
let bmpReady = false;
const WORD = /^[\p{L}\p{N}\p{M}]$/u;

/** Number of code points (0x110000) used to pack two code points into one numeric key. */
const PLANE = 0x110000;

function ensureTable(): void {
  if (bmpReady) return;
  // Lazily, not at import time: 65,536 regex tests once, then O(1) lookups per character.
  for (let c = 0; c < 0x10000; c++) BMP_WORD[c] = WORD.test(String.fromCharCode(c)) ? 1 : 0;
  bmpReady = true;
}

/** True if the code point is part of an indexable run (letter, digit or mark). */
export function isWordCodePoint(cp: number): boolean {
  ensureTable();
  if (cp < 0x10000) return BMP_WORD[cp] === 1;
  return WORD.test(String.fromCodePoint(cp));
}

/** Numeric key of a unigram: the code point itself (< 0x110000). */
export const unigramKey = (cp: number): number => cp;
/** Numeric key of a bigram (≥ 0x110000, exact in a double: < 2^42). */
export const bigramKey = (a: number, b: number): number => (a + 1) * PLANE + b;

/**
 * Calls `emit` with the key of every unigram and bigram of `normalized`, in text order
 * (repeats included, so the caller can count term frequency). O(n).
 */
export function forEachTokenKey(normalized: string, emit: (key: number) => void): void {
  ensureTable();
  let prev = -1;
  for (let i = 0; i < normalized.length; i++) {
    let cp = normalized.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < normalized.length) {
      cp = normalized.codePointAt(i) ?? cp;
      if (cp > 0xffff) i++;
    }
    const word = cp < 0x10000 ? BMP_WORD[cp] === 1 : WORD.test(String.fromCodePoint(cp));
    if (!word) {
      prev = -1;
      continue;
    }
    emit(unigramKey(cp));
    if (prev >= 0) emit(bigramKey(prev, cp));
    prev = cp;
  }
}

/** The runs of letters/digits/marks in normalized text, as arrays of code points. */
export function wordRuns(normalized: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  for (const ch of normalized) {
    if (isWordCodePoint(ch.codePointAt(0) ?? 0)) run.push(ch);
    else if (run.length) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

/** Every unigram and bigram of normalized text as strings (for lunr), in text order. */
export function indexTokens(normalized: string): string[] {
  const out: string[] = [];
  for (const run of wordRuns(normalized)) {
    run.forEach((ch, i) => {
      out.push(ch);
      if (i > 0) out.push(run[i - 1] + ch);
    });
  }
  return out;
}

/**
 * The tokens a document must contain for it to possibly contain the normalized query term:
 * the bigrams of every run, or the unigram of a one-character run. Deduplicated. Empty when
 * the term has no letter or digit (it cannot be looked up, only confirmed).
 */
export function queryTokens(normalizedTerm: string): string[] {
  const set = new Set<string>();
  for (const run of wordRuns(normalizedTerm)) {
    if (run.length === 1) set.add(run[0] ?? '');
    for (let i = 1; i < run.length; i++) set.add((run[i - 1] ?? '') + (run[i] ?? ''));
  }
  return [...set];
}

/** The numeric key of a string token produced by `indexTokens`/`queryTokens`. */
export function tokenKey(token: string): number {
  const cps = Array.from(token, (ch) => ch.codePointAt(0) ?? 0);
  const [a = 0, b] = cps;
  return b === undefined ? unigramKey(a) : bigramKey(a, b);
}

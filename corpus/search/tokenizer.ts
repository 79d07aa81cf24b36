/**
 * The one Pizhu search tokenizer, used to build every index and to parse every query.
 *
 * Design (see issue 6's measurements): on normalized text (`normalizeForSearch`), every
 * letter, digit or mark (Chinese, Latin or numeric alike) is a unigram, and every pair of
 * adjacent non-space characters of which at least one is a letter/digit/mark is a bigram
 * (`赣江`, `5g`, `、学`, `5%`). A query term needs all of its bigrams — or, if it has none,
 * the unigrams of its letters/digits. Since tokens are contiguous pairs, any substring of the
 * text has all its tokens in the index: recall does not depend on word segmentation and is
 * identical in Node and Chromium. Bigrams touching punctuation make terms like `10.8%` or
 * `、学、` selective instead of matching every article with a `5` or a `学`. Whole Latin words
 * are not indexed separately: their bigram chain plus the `includes` confirmation already
 * finds `188`, `DP` and `GDP` exactly. Whitespace separates; a run of punctuation alone is
 * not indexed (such queries find nothing by design).
 */

/** Per BMP code unit: 0 other (punctuation, symbols), 1 word (letter/digit/mark), 2 whitespace. */
const BMP_CLASS = new Uint8Array(0x10000);
let bmpReady = false;
const WORD = /^[\p{L}\p{N}\p{M}]$/u;
const SPACE = /^\s$/u;
const OTHER = 0;
const WORD_CLASS = 1;
const SPACE_CLASS = 2;

/** Number of code points (0x110000) used to pack two code points into one numeric key. */
const PLANE = 0x110000;

function ensureTable(): void {
  if (bmpReady) return;
  // Lazily, not at import time: 65,536 regex tests once, then O(1) lookups per character.
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    BMP_CLASS[c] = WORD.test(ch) ? WORD_CLASS : SPACE.test(ch) ? SPACE_CLASS : OTHER;
  }
  bmpReady = true;
}

function classOf(cp: number): number {
  if (cp < 0x10000) return BMP_CLASS[cp]!;
  return WORD.test(String.fromCodePoint(cp)) ? WORD_CLASS : OTHER;
}

/** Numeric key of a unigram: the code point itself (< 0x110000). */
export const unigramKey = (cp: number): number => cp;
/** Numeric key of a bigram (≥ 0x110000, exact in a double: < 2^42). */
export const bigramKey = (a: number, b: number): number => (a + 1) * PLANE + b;

/**
 * Calls `emit` with the key of every token of `normalized`, in text order (repeats
 * included, so the caller can count term frequency). O(n).
 */
export function forEachTokenKey(normalized: string, emit: (key: number) => void): void {
  ensureTable();
  let prev = -1;
  let prevClass = SPACE_CLASS;
  for (let i = 0; i < normalized.length; i++) {
    let cp = normalized.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < normalized.length) {
      cp = normalized.codePointAt(i) ?? cp;
      if (cp > 0xffff) i++;
    }
    const cls = cp < 0x10000 ? BMP_CLASS[cp]! : classOf(cp);
    if (cls === SPACE_CLASS) {
      prevClass = SPACE_CLASS;
      continue;
    }
    if (cls === WORD_CLASS) emit(unigramKey(cp));
    if (prevClass !== SPACE_CLASS && (cls === WORD_CLASS || prevClass === WORD_CLASS)) emit(bigramKey(prev, cp));
    prev = cp;
    prevClass = cls;
  }
}

/** Token strings of normalized text: unigrams and qualifying bigrams, in text order. */
export function indexTokens(normalized: string): string[] {
  ensureTable();
  const out: string[] = [];
  let prev = '';
  let prevClass = SPACE_CLASS;
  for (const ch of normalized) {
    const cls = classOf(ch.codePointAt(0) ?? 0);
    if (cls === SPACE_CLASS) {
      prevClass = SPACE_CLASS;
      continue;
    }
    if (cls === WORD_CLASS) out.push(ch);
    if (prevClass !== SPACE_CLASS && (cls === WORD_CLASS || prevClass === WORD_CLASS)) out.push(prev + ch);
    prev = ch;
    prevClass = cls;
  }
  return out;
}

/**
 * The tokens a document must contain for it to possibly contain the normalized query term:
 * its bigrams, or — when it has none — the unigrams of its letters/digits. Deduplicated.
 * Empty when the term has no letter or digit (it cannot be looked up).
 */
export function queryTokens(normalizedTerm: string): string[] {
  const tokens = indexTokens(normalizedTerm);
  const bigrams = tokens.filter((t) => Array.from(t).length === 2);
  return [...new Set(bigrams.length ? bigrams : tokens)];
}

/** The numeric key of a string token produced by `indexTokens`/`queryTokens`. */
export function tokenKey(token: string): number {
  const cps = Array.from(token, (ch) => ch.codePointAt(0) ?? 0);
  const [a = 0, b] = cps;
  return b === undefined ? unigramKey(a) : bigramKey(a, b);
}

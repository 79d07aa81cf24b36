import { textOffset, type AnnotationTarget, type TextOffset } from '../model';
import { findExactQuote, matchQuoteFuzzy, type QuoteContext, type ScoredMatch } from './match-quote';

/** How an annotation was attached to the current text. */
export type AnchoredStatus = 'exact-position' | 'quote' | 'fuzzy';

/** The annotation is attached to [start, end) of the current clean text. */
export interface Anchored {
  readonly status: AnchoredStatus;
  readonly start: TextOffset;
  readonly end: TextOffset;
  /** Match score in [0, 1]; 1 for 'exact-position'. */
  readonly score: number;
}

/** No place in the text is trustworthy enough: keep the annotation, show it as unanchored. */
export interface Orphaned {
  readonly status: 'orphan';
  /** Score of the best rejected candidate, when there was one (for diagnostics). */
  readonly score?: number;
}

/** Outcome of resolving one annotation target; switch on `status`. */
export type AnchorResult = Anchored | Orphaned;

/** What resolving needs from a stored annotation target. */
export type AnchorTarget = Pick<AnnotationTarget, 'contentHash' | 'selector'>;

/** Quotes shorter than this (in UTF-16 units) need their context to match as well. */
export const SHORT_QUOTE_LENGTH = 8;
/** Minimum mean prefix/suffix similarity for a short quote, exact or fuzzy. */
export const SHORT_QUOTE_MIN_CONTEXT = 0.75;
/**
 * Minimum weighted score (SCORE_WEIGHTS) for a fuzzy match. With the quote at most 25% off, this
 * demands most of the context too: quote 0.9 with intact context ≈ 0.95 passes, quote 0.75 needs
 * context ≥ 0.78; quote 0.9 with its sentences rewritten (context ≈ 0.2) ≈ 0.6 and a look-alike
 * passage elsewhere fail.
 */
export const MIN_FUZZY_SCORE = 0.75;
/** An exact occurrence whose context is at least this similar is taken without a fuzzy search. */
const CONFIDENT_CONTEXT = 0.8;
/** Fuzzy search allows one edit per this many quote units (bounds cost and false matches). */
const UNITS_PER_ERROR = 4;

const needsContext = (quote: string): boolean => quote.length < SHORT_QUOTE_LENGTH;

function anchored(status: AnchoredStatus, m: { start: number; end: number; score: number }): Anchored {
  return { status, start: textOffset(m.start), end: textOffset(m.end), score: m.score };
}

/**
 * Attach a stored target to the current clean text, trying the selectors from cheap to costly:
 *
 * 1. 'exact-position' — the text's hash equals the target's and the position still holds the quote. O(quote).
 * 2. 'quote' — exact occurrences of the quote, best by context then nearness to the old position.
 *    Taken at once when its context is intact; a short quote needs its context to match.
 * 3. 'fuzzy' — approximate occurrences (≤ quote.length/4 edits, other than the exact ones above),
 *    scored on quote, context and position; must reach MIN_FUZZY_SCORE and, for short quotes,
 *    SHORT_QUOTE_MIN_CONTEXT. The better of steps 2 and 3 wins.
 * 4. 'orphan' — never guess: a note on the wrong passage is worse than an unanchored one.
 *
 * @param text the current clean text (`articleText`)
 * @param hash `contentHash(text)`, passed in so callers hash an article once, not per annotation
 */
export function resolveAnchor(text: string, hash: string, target: AnchorTarget): AnchorResult {
  const [quoteSelector, position] = target.selector;
  const quote = quoteSelector.exact;
  if (quote.length === 0) return { status: 'orphan' };

  if (target.contentHash === hash && position.end - position.start === quote.length && text.startsWith(quote, position.start)) {
    return anchored('exact-position', { start: position.start, end: position.end, score: 1 });
  }

  const context: QuoteContext = { prefix: quoteSelector.prefix, suffix: quoteSelector.suffix, hint: position.start };
  const exact = findExactQuote(text, quote, context);
  const bestExact = exact[0];
  if (bestExact !== undefined && bestExact.contextScore >= CONFIDENT_CONTEXT) return anchored('quote', bestExact);

  const exactOk = bestExact !== undefined && (!needsContext(quote) || bestExact.contextScore >= SHORT_QUOTE_MIN_CONTEXT);
  const fuzzy = matchQuoteFuzzy(text, quote, context, {
    maxErrors: Math.min(256, quote.length / UNITS_PER_ERROR),
    goodEnough: Math.max(MIN_FUZZY_SCORE, bestExact?.score ?? 0),
    exclude: exact,
  });
  const fuzzyOk = fuzzy !== null && fuzzy.score >= MIN_FUZZY_SCORE && (!needsContext(quote) || fuzzy.contextScore >= SHORT_QUOTE_MIN_CONTEXT);

  if (exactOk && (!fuzzyOk || bestExact.score >= fuzzy.score)) return anchored('quote', bestExact);
  if (fuzzyOk) return anchored('fuzzy', fuzzy);
  const rejected = [bestExact, fuzzy].filter((m): m is ScoredMatch => m != null).map((m) => m.score);
  return rejected.length > 0 ? { status: 'orphan', score: Math.max(...rejected) } : { status: 'orphan' };
}

/**
 * Resolve every target of one article, in order. When the hash matches, each target costs one
 * string comparison, so 1,000 highlights take well under a millisecond; changed text costs one
 * indexOf scan per target, and a Myers search only for quotes without an intact exact occurrence.
 */
export function resolveAll(text: string, hash: string, targets: readonly AnchorTarget[]): AnchorResult[] {
  return targets.map((target) => resolveAnchor(text, hash, target));
}

import { textOffset, type AnnotationTarget, type TextOffset } from '../model';
import { contextPlaces } from './context-places';
import { findExactQuote, fuzzyCandidates, type QuoteContext, type ScoredMatch } from './match-quote';

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

/** A place the note might belong, offered for re-attaching an orphan (best first). */
export interface AnchorCandidate {
  readonly start: TextOffset;
  readonly end: TextOffset;
  /** In [0, 1]: 1 − edits needed / (quote + context length). */
  readonly score: number;
}

/** Why a note could not be attached (for diagnostics and the bench table). */
export type OrphanReason = 'not-found' | 'context-disagrees' | 'ambiguous' | 'replaced-in-place';

/** No place in the text is trustworthy enough: keep the annotation, show it as unanchored. */
export interface Orphaned {
  readonly status: 'orphan';
  /** Score of the best rejected candidate, when there was one (for diagnostics). */
  readonly score?: number;
  readonly reason: OrphanReason;
  /** The nearest places to re-attach to, best first, at most MAX_CANDIDATES. */
  readonly candidates: readonly AnchorCandidate[];
}

/** Outcome of resolving one annotation target; switch on `status`. */
export type AnchorResult = Anchored | Orphaned;

/** What resolving needs from a stored annotation target. */
export type AnchorTarget = Pick<AnnotationTarget, 'contentHash' | 'selector'>;

/** Quotes shorter than this (in UTF-16 units) need both sides of their context to agree. */
export const SHORT_QUOTE_LENGTH = 8;
/** Minimum pooled prefix/suffix similarity of an accepted candidate (any length; see `contextAgrees`). */
export const SHORT_QUOTE_MIN_CONTEXT = 0.75;
/** A quote of SHORT_QUOTE_LENGTH or more may instead keep one side nearly intact (a moved paragraph). */
export const ONE_SIDE_MIN_CONTEXT = 0.9;
/** A shorter quote may keep one side only when it is exact and at least this long. */
export const MIN_PINNING_SIDE = 16;
/**
 * Minimum weighted score (SCORE_WEIGHTS) for a fuzzy match. With the quote at most 25% off, this
 * demands most of the context too: quote 0.9 with intact context ≈ 0.95 passes, quote 0.75 needs
 * context ≥ 0.78; quote 0.9 with its sentences rewritten (context ≈ 0.2) ≈ 0.6 and a look-alike
 * passage elsewhere fail.
 */
export const MIN_FUZZY_SCORE = 0.75;
/**
 * A fuzzy match changes the words themselves, so its context must be nearly intact: an edit
 * inside a sentence leaves its surroundings alone, while a look-alike row of a table or a
 * repeated sentence elsewhere keeps only part of them.
 */
export const FUZZY_MIN_CONTEXT = 0.9;
/**
 * Edits by which the accepted place must beat every explanation at another place (another
 * candidate, or another spot where the context fits). 4 edits of a 64-unit context: a list item
 * with a neighbour one number away is told apart, a passage printed twice is not.
 */
export const MARGIN_EDITS = 4;
/** Context places are looked for this far (plus the quote length) around the old position and the chosen candidate. */
export const PLACE_RADIUS = 96;
/** Most candidates offered for an orphan. */
export const MAX_CANDIDATES = 3;
/** An exact occurrence whose context is at least this similar is taken without a fuzzy search. */
const CONFIDENT_CONTEXT = 0.8;
/** Fuzzy search allows one edit per this many quote units (bounds cost and false matches). */
const UNITS_PER_ERROR = 4;

function anchored(status: AnchoredStatus, m: { start: number; end: number; score: number }): Anchored {
  return { status, start: textOffset(m.start), end: textOffset(m.end), score: m.score };
}

/** Total edits a candidate needs: its quote plus its context. */
const costOf = (m: ScoredMatch): number => m.errors + m.contextErrors;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
/** Apart by at least one unit: another place, not another reading of the same one. */
const apart = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.end < b.start || b.end < a.start;
const contains = (outer: { start: number; end: number }, inner: { start: number; end: number }): boolean => outer.start <= inner.start && inner.end <= outer.end;

/**
 * The quote's context agrees with the candidate: pooled, or one side nearly intact (a paragraph
 * inserted or moved next to it) — for a short quote only a whole, exact side of at least
 * MIN_PINNING_SIDE units, which on its own pins the place.
 */
function contextAgrees(m: ScoredMatch, quote: string, context: QuoteContext): boolean {
  if (m.contextScore >= SHORT_QUOTE_MIN_CONTEXT) return true;
  if (m.errors > 0) return false;
  if (quote.length >= SHORT_QUOTE_LENGTH) return Math.max(m.prefixScore, m.suffixScore) >= ONE_SIDE_MIN_CONTEXT;
  return (m.prefixScore === 1 && context.prefix.length >= MIN_PINNING_SIDE) || (m.suffixScore === 1 && context.suffix.length >= MIN_PINNING_SIDE);
}

const byCost = (a: ScoredMatch, b: ScoredMatch): number => costOf(a) - costOf(b) || b.score - a.score || a.start - b.start;

function orphan(reason: OrphanReason, candidates: readonly AnchorCandidate[], score?: number): Orphaned {
  return score === undefined ? { status: 'orphan', reason, candidates } : { status: 'orphan', reason, score, candidates };
}

/** The places to offer for an orphan: what now stands where its context fits, then the closest quote matches. */
function offer(text: string, quote: string, context: QuoteContext, found: readonly ScoredMatch[]): AnchorCandidate[] {
  const weight = quote.length + Math.max(context.prefix.length, 1) + Math.max(context.suffix.length, 1);
  const hint = context.hint ?? 0;
  const limit = Math.floor(weight / 2);
  const spans = [{ from: hint - PLACE_RADIUS, to: hint + quote.length + PLACE_RADIUS }];
  const fromPlaces = contextPlaces(text, quote, context.prefix, context.suffix, spans, limit)
    .filter((p) => p.end > p.start && text.slice(p.start, p.end).trim() !== '')
    .map((p) => ({ start: p.start, end: p.end, score: 1 - p.cost / weight }));
  const fromMatches = found.map((m) => ({ start: m.start, end: m.end, score: m.score }));
  const chosen: AnchorCandidate[] = [];
  for (const c of [...fromPlaces, ...fromMatches].sort((a, b) => b.score - a.score)) {
    if (chosen.length === MAX_CANDIDATES) break;
    if (chosen.some((o) => overlaps(o, c))) continue;
    chosen.push({ start: textOffset(c.start), end: textOffset(c.end), score: Math.max(0, c.score) });
  }
  return chosen;
}

/**
 * Attach a stored target to the current clean text, or say it cannot be done. Every accepted
 * anchor is explained by both quote and context:
 *
 * 1. 'exact-position' — the text's hash equals the target's and the position still holds the quote. O(quote).
 * 2. Candidates: exact occurrences of the quote, and (unless one has an intact context) the two
 *    best approximate ones (≤ quote.length/4 edits). The cheapest — fewest edits of quote plus
 *    context — is the choice; it must have agreeing context (`contextAgrees`; fuzzy ones also
 *    MIN_FUZZY_SCORE).
 * 3. Margin: any other candidate, apart from it, within MARGIN_EDITS → 'ambiguous' orphan.
 * 4. The context's own verdict: every place near the old position and near the choice where
 *    prefix and suffix fit (`contextPlaces`). A place that does not contain the choice and costs
 *    no more (the quote deleted or rewritten where it stood), or stands apart and costs at most
 *    MARGIN_EDITS more (a repeat in a list), makes it an orphan.
 * 5. An orphan carries up to MAX_CANDIDATES places to re-attach to.
 *
 * @param text the current clean text (`articleText`)
 * @param hash `contentHash(text)`, passed in so callers hash an article once, not per annotation
 */
export function resolveAnchor(text: string, hash: string, target: AnchorTarget): AnchorResult {
  const [quoteSelector, position] = target.selector;
  const quote = quoteSelector.exact;
  if (quote.length === 0) return orphan('not-found', []);

  if (target.contentHash === hash && position.end - position.start === quote.length && text.startsWith(quote, position.start)) {
    return anchored('exact-position', { start: position.start, end: position.end, score: 1 });
  }

  const context: QuoteContext = { prefix: quoteSelector.prefix, suffix: quoteSelector.suffix, hint: position.start };
  const exact = findExactQuote(text, quote, context);
  const confident = exact.some((m) => m.contextScore >= CONFIDENT_CONTEXT);
  const fuzzy = confident
    ? []
    : fuzzyCandidates(text, quote, context, {
        maxErrors: Math.min(256, quote.length / UNITS_PER_ERROR),
        goodEnough: Math.max(MIN_FUZZY_SCORE, exact[0]?.score ?? 0),
        exclude: exact,
      });
  const found = [...exact, ...fuzzy].sort(byCost);
  const best = found[0];
  const rejected = (reason: OrphanReason): Orphaned => orphan(reason, offer(text, quote, context, found), best?.score);
  if (best === undefined) return rejected('not-found');
  const isFuzzy = best.errors > 0;
  if (!contextAgrees(best, quote, context)) return rejected('context-disagrees');
  if (isFuzzy && (best.score < MIN_FUZZY_SCORE || best.contextScore < FUZZY_MIN_CONTEXT)) return rejected('context-disagrees');

  const bestCost = costOf(best);
  const rival = found.find((m) => m !== best && apart(m, best));
  if (rival !== undefined && costOf(rival) <= bestCost + MARGIN_EDITS) return rejected('ambiguous');

  const radius = PLACE_RADIUS + quote.length;
  const spans = [
    { from: position.start - radius, to: position.start + radius },
    { from: best.start - radius, to: best.end + radius },
  ];
  for (const place of contextPlaces(text, quote, quoteSelector.prefix, quoteSelector.suffix, spans, bestCost + MARGIN_EDITS)) {
    if (contains(place, best)) continue;
    // A tie is no better: "the quote was deleted here" explains the text as well as the candidate.
    if (place.cost <= bestCost) return rejected('replaced-in-place');
    if (apart(place, best)) return rejected('ambiguous');
  }
  return anchored(isFuzzy ? 'fuzzy' : 'quote', best);
}

/**
 * Resolve every target of one article, in order. When the hash matches, each target costs one
 * string comparison, so 1,000 highlights take well under a millisecond; changed text costs one
 * indexOf scan per target, and a Myers search only for quotes without an intact exact occurrence.
 */
export function resolveAll(text: string, hash: string, targets: readonly AnchorTarget[]): AnchorResult[] {
  return targets.map((target) => resolveAnchor(text, hash, target));
}

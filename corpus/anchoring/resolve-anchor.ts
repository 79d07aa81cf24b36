import { textOffset, type AnnotationTarget, type TextOffset } from '../model';
import { contextPlaces } from './context-places';
import { findExactQuote, fuzzyCandidates, scoreMatch, type QuoteContext, type ScoredMatch } from './match-quote';
import { keptUnitsIn, mapRange, textChange, type TextChange } from './text-diff';
import { editDistanceAtMost } from './text-similarity';

export { diffTexts, textChange, type TextChange } from './text-diff';

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
export type OrphanReason = 'not-found' | 'context-disagrees' | 'ambiguous' | 'replaced-in-place' | 'deleted';

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
const contains = (outer: { start: number; end: number }, inner: { start: number; end: number }): boolean =>
  outer.start <= inner.start && inner.end <= outer.end;

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
 * 3. Margin: a second candidate, apart from it, within MARGIN_EDITS → 'ambiguous' orphan.
 * 4. The context's own verdict: every place near the old position and near the choice where
 *    prefix and suffix fit (`contextPlaces`). A place that does not contain the choice and costs
 *    no more (the quote deleted or rewritten where it stood), or stands apart and costs at most
 *    MARGIN_EDITS more (a repeat in a list), makes it an orphan.
 * 5. An orphan carries up to MAX_CANDIDATES places to re-attach to.
 *
 * With `earlier` — the text the target was made on (its hash equals the target's) and its diff
 * to the current text — the diff decides instead (`followEdit`): the note goes where its own
 * words went, or is an orphan; quote and context only pick between readings of the diff, or find
 * a passage that moved.
 *
 * @param text the current clean text (`articleText`)
 * @param hash `contentHash(text)`, passed in so callers hash an article once, not per annotation
 * @param earlier `textChange(target's hash, earlier text, text)`, when the earlier text is known
 */
export function resolveAnchor(text: string, hash: string, target: AnchorTarget, earlier?: TextChange): AnchorResult {
  const [quoteSelector, position] = target.selector;
  const quote = quoteSelector.exact;
  if (quote.length === 0) return orphan('not-found', []);

  if (target.contentHash === hash && position.end - position.start === quote.length && text.startsWith(quote, position.start)) {
    return anchored('exact-position', { start: position.start, end: position.end, score: 1 });
  }
  if (
    earlier !== undefined &&
    earlier.runs !== null &&
    earlier.hash === target.contentHash &&
    earlier.before.startsWith(quote, position.start) &&
    position.end - position.start === quote.length
  ) {
    return followEdit(text, target, { ...earlier, runs: earlier.runs });
  }
  return resolveBySelector(text, target);
}

/**
 * The earlier text is known: the diff says where the quote's own words went.
 *
 * - Kept whole → there, whatever copies of them stand elsewhere. When the diff's choice between
 *   equally short edits decides it (a passage pasted right before its own copy, a deleted item
 *   among repeats: `slideRuns`), each reading that keeps it whole is a candidate and its context
 *   picks one; a tie, or a reading that does not agree with the context, is an orphan.
 * - More than half kept in every reading → there, if the words changed by at most one edit in
 *   UNITS_PER_ERROR; else an orphan.
 * - Gone from where they stood → only a passage that is new text (moved or pasted back) can hold
 *   them, found by quote and context; a copy that was in the earlier text too is another
 *   passage, offered as a candidate only.
 */
function followEdit(text: string, target: AnchorTarget, change: TextChange & { runs: NonNullable<TextChange['runs']> }): AnchorResult {
  const [quoteSelector, position] = target.selector;
  const quote = quoteSelector.exact;
  const readings = [change.runs, ...change.slid].map((runs) => mapRange(runs, position.start, position.end));
  const mapped = readings[0]!;
  const context: QuoteContext = { prefix: quoteSelector.prefix, suffix: quoteSelector.suffix, hint: mapped.kept > 0 ? mapped.start : position.start };
  const whole = readings.filter((r, i) => r.whole && readings.findIndex((o) => o.whole && o.start === r.start) === i);
  if (whole.length > 0) {
    const scored = whole.map((r) => scoreMatch(text, quote, context, r.start, r.end, 0)).sort(byCost);
    const best = scored[0]!;
    // The same words in new text with a context that fits better: the diff may have matched a
    // pasted copy instead of the original (a line diff is not always the smallest edit).
    const copies: ScoredMatch[] = [];
    for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
      const span = { start: at, end: at + quote.length };
      if (!apart(span, best) || keptUnitsIn(change.runs, span.start, span.end) * 2 >= quote.length) continue;
      const copy = scoreMatch(text, quote, context, span.start, span.end, 0);
      if (costOf(copy) < costOf(best)) copies.push(copy);
    }
    if (copies.length > 0) return orphan('ambiguous', offer(text, quote, context, [...scored, ...copies].sort(byCost)));
    if (whole.length === 1 && readings.every((r) => r.whole)) return anchored('quote', { start: best.start, end: best.end, score: 1 });
    // A reading that loses most of the words says they may be gone (an item deleted from a list of repeats).
    const tied = scored.length > 1 && costOf(scored[1]!) === costOf(best);
    if (!tied && readings.every((r) => r.kept * 2 > quote.length) && contextAgrees(best, quote, context)) return anchored('quote', best);
    return orphan('ambiguous', offer(text, quote, context, scored));
  }
  // More than half kept: with half or less left, the words are gone (as the oracle judges too).
  if (readings.every((r) => r.kept * 2 > quote.length)) {
    const cap = Math.floor(quote.length / UNITS_PER_ERROR);
    const errors = editDistanceAtMost(quote, text.slice(mapped.start, mapped.end), cap);
    if (errors <= cap) return anchored('fuzzy', { start: mapped.start, end: mapped.end, score: 1 - errors / quote.length });
    return orphan('replaced-in-place', offer(text, quote, context, []));
  }
  if (readings.some((r) => r.kept > 0)) return orphan('replaced-in-place', offer(text, quote, context, []));
  const found = resolveBySelector(text, target);
  if (found.status !== 'orphan' && keptUnitsIn(change.runs, found.start, found.end) * 2 < found.end - found.start) return found;
  const candidates =
    found.status === 'orphan'
      ? found.candidates
      : [{ start: found.start, end: found.end, score: found.score }, ...offer(text, quote, context, [])].slice(0, MAX_CANDIDATES);
  return orphan('deleted', candidates);
}

/** Resolve by the stored quote, context and old position alone (the earlier text is not known). */
function resolveBySelector(text: string, target: AnchorTarget): AnchorResult {
  const [quoteSelector, position] = target.selector;
  const quote = quoteSelector.exact;
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
 *
 * @param earlier texts the targets may have been made on (the article's replaced versions, by
 *   `contentHash`): a target whose hash is among them follows its words through the diff
 *   (`textChange`, computed once per earlier text); others resolve by their selectors alone.
 */
export function resolveAll(text: string, hash: string, targets: readonly AnchorTarget[], earlier: readonly EarlierText[] = []): AnchorResult[] {
  const changes = new Map<string, TextChange>();
  const changeFor = (target: AnchorTarget): TextChange | undefined => {
    if (target.contentHash === hash) return undefined;
    const known = changes.get(target.contentHash);
    if (known) return known;
    const version = earlier.find((e) => e.hash === target.contentHash);
    if (!version) return undefined;
    const change = textChange(version.hash, version.text, text);
    changes.set(version.hash, change);
    return change;
  };
  return targets.map((target) => resolveAnchor(text, hash, target, changeFor(target)));
}

/** An earlier version of an article's text (a replaced version), by its `contentHash`. */
export interface EarlierText {
  readonly hash: string;
  readonly text: string;
}

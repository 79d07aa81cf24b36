import approxSearch from 'approx-string-match';
import { QUOTE_CONTEXT_LENGTH } from '../model';
import { anchoredDistance } from './text-similarity';

/** Where the quote was: its stored context and old start offset (a hint, may be stale). */
export interface QuoteContext {
  readonly prefix: string;
  readonly suffix: string;
  readonly hint?: number;
}

/** A candidate range for a quote, scored in [0, 1] (1 = quote and context both identical). */
export interface ScoredMatch {
  readonly start: number;
  readonly end: number;
  /** Weighted total, see SCORE_WEIGHTS. */
  readonly score: number;
  /** 1 − errors / quote.length. */
  readonly quoteScore: number;
  /** Similarity of the context around the candidate to the stored context, see `contextScore`. */
  readonly contextScore: number;
  /** Edits between the quote and the candidate's text. */
  readonly errors: number;
  /** Edits between the stored prefix and suffix and the text next to the candidate. */
  readonly contextErrors: number;
  /** Similarity of each side alone (1 − errors / weight), so one intact side can be told apart. */
  readonly prefixScore: number;
  readonly suffixScore: number;
}

/**
 * Hypothesis' weights: the quote dominates, context breaks ties between similar passages,
 * position is a last tie-breaker between identical passages with identical context. Unlike
 * Hypothesis, context is scored anchored at the candidate's edges and pooled over both sides.
 */
export const SCORE_WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;

const MAX_WEIGHT = SCORE_WEIGHTS.quote + SCORE_WEIGHTS.prefix + SCORE_WEIGHTS.suffix + SCORE_WEIGHTS.position;

/** Search first within this many units (or 2 × quote length) of the hint. */
export const WINDOW_RADIUS = 2000;

/** Extra units of text looked at beyond the stored context, so insertions there can be absorbed. */
const CONTEXT_SLACK = 8;

const reverse = (s: string): string => s.split('').reverse().join('');

/**
 * Errors and weight of one side of context. A stored side is compared with the text right next to
 * the candidate (`anchoredDistance`). An empty stored side means the quote touched the start or
 * end of the text: it weighs a full context length, and each unit now standing there is an error.
 */
function side(stored: string, actual: string, atBoundary: number): { errors: number; weight: number } {
  if (stored.length === 0) return { errors: Math.min(QUOTE_CONTEXT_LENGTH, atBoundary), weight: QUOTE_CONTEXT_LENGTH };
  return { errors: anchoredDistance(stored, actual), weight: stored.length };
}

/**
 * Similarity in [0, 1] of the text around [start, end) to the stored prefix and suffix, pooled
 * over both sides (1 − errors / context length) so that one short side (a quote near the end of
 * the text) does not weigh as much as a full 32-unit side. O(32 · 40) per side.
 */
export function contextScore(text: string, context: Pick<QuoteContext, 'prefix' | 'suffix'>, start: number, end: number): number {
  return contextFit(text, context, start, end).score;
}

/** Context errors and similarity around [start, end), pooled and per side (see `contextScore`). */
export function contextFit(text: string, context: Pick<QuoteContext, 'prefix' | 'suffix'>, start: number, end: number) {
  const before = side(context.prefix, text.slice(Math.max(0, start - context.prefix.length - CONTEXT_SLACK), start), start);
  const after = side(reverse(context.suffix), reverse(text.slice(end, end + context.suffix.length + CONTEXT_SLACK)), text.length - end);
  const weight = before.weight + after.weight;
  const errors = before.errors + after.errors;
  const of = (s: { errors: number; weight: number }): number => (s.weight === 0 ? 1 : 1 - s.errors / s.weight);
  return { errors, score: weight === 0 ? 1 : 1 - errors / weight, prefix: of(before), suffix: of(after) };
}

/** Score a candidate [start, end) with `errors` edits against the quote and its context. */
export function scoreMatch(text: string, quote: string, context: QuoteContext, start: number, end: number, errors: number): ScoredMatch {
  const quoteScore = Math.max(0, 1 - errors / quote.length);
  const fit = contextFit(text, context, start, end);
  const around = fit.score;
  const posScore = context.hint === undefined || text.length === 0 ? 1 : 1 - Math.min(1, Math.abs(start - context.hint) / text.length);
  const raw = SCORE_WEIGHTS.quote * quoteScore + (SCORE_WEIGHTS.prefix + SCORE_WEIGHTS.suffix) * around + SCORE_WEIGHTS.position * posScore;
  return {
    start,
    end,
    score: raw / MAX_WEIGHT,
    quoteScore,
    contextScore: around,
    errors,
    contextErrors: fit.errors,
    prefixScore: fit.prefix,
    suffixScore: fit.suffix,
  };
}

const byScore = (a: ScoredMatch, b: ScoredMatch): number => b.score - a.score || a.start - b.start;

/**
 * Every exact occurrence of `quote` in `text`, scored, best first. O(n) per occurrence scan
 * plus a 32-unit context comparison per occurrence.
 */
export function findExactQuote(text: string, quote: string, context: QuoteContext): ScoredMatch[] {
  if (quote.length === 0) return [];
  const found: ScoredMatch[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    found.push(scoreMatch(text, quote, context, at, at + quote.length, 0));
  }
  return found.sort(byScore);
}

/** Options for `matchQuoteFuzzy`. */
export interface FuzzyOptions {
  /** Edits allowed between quote and candidate; bounds the search cost. */
  readonly maxErrors: number;
  /** Stop after the window around the hint when its best candidate scores at least this. */
  readonly goodEnough: number;
  /** Ranges that must not be matched (e.g. exact occurrences already judged and rejected). */
  readonly exclude?: readonly { readonly start: number; readonly end: number }[];
}

/** Replace excluded ranges by NUL (never in clean text) so offsets stay valid but nothing there matches. */
function mask(text: string, exclude: readonly { readonly start: number; readonly end: number }[]): string {
  if (exclude.length === 0) return text;
  const sorted = [...exclude].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const r of sorted) {
    if (r.start < at) continue;
    out += text.slice(at, r.start) + '\u0000'.repeat(r.end - r.start);
    at = r.end;
  }
  return out + text.slice(at);
}

function searchSpan(searchText: string, text: string, quote: string, context: QuoteContext, from: number, to: number, maxErrors: number): ScoredMatch | null {
  let best: ScoredMatch | null = null;
  for (const m of approxSearch(searchText.slice(from, to), quote, maxErrors)) {
    const scored = scoreMatch(text, quote, context, from + m.start, from + m.end, m.errors);
    if (best === null || byScore(scored, best) < 0) best = scored;
  }
  return best;
}

/**
 * Best approximate occurrence of `quote` (at most `maxErrors` edits), scored with context and
 * position, or null. Searches a window around the hint first, then the whole text if that
 * window's best is not good enough. Cost: Myers' bit-parallel search, O(⌈maxErrors/32⌉ · n).
 * Like approx-string-match, only the lowest-error candidates of each searched span compete.
 */
export function matchQuoteFuzzy(text: string, quote: string, context: QuoteContext, options: FuzzyOptions): ScoredMatch | null {
  const maxErrors = Math.min(Math.floor(options.maxErrors), quote.length - 1);
  if (quote.length === 0 || maxErrors < 1) return null;
  return searchMasked(mask(text, options.exclude ?? []), text, quote, context, options.goodEnough, maxErrors);
}

/**
 * The best approximate occurrence (as `matchQuoteFuzzy`) and the best one that does not overlap
 * it, best first: a fuzzy match is only as trustworthy as its margin over the next explanation.
 * Twice the cost of `matchQuoteFuzzy`.
 */
export function fuzzyCandidates(text: string, quote: string, context: QuoteContext, options: FuzzyOptions): ScoredMatch[] {
  const maxErrors = Math.min(Math.floor(options.maxErrors), quote.length - 1);
  if (quote.length === 0 || maxErrors < 1) return [];
  const exclude = options.exclude ?? [];
  const best = searchMasked(mask(text, exclude), text, quote, context, options.goodEnough, maxErrors);
  if (best === null) return [];
  // The runner-up is looked for around the winner only: a look-alike further away is another
  // passage, judged by its own (far weaker) context.
  const radius = Math.max(WINDOW_RADIUS, 2 * quote.length);
  const from = Math.max(0, best.start - radius);
  const to = Math.min(text.length, best.end + radius);
  const local = exclude.filter((r) => r.end > from && r.start < to).map((r) => ({ start: Math.max(from, r.start) - from, end: Math.min(to, r.end) - from }));
  const masked = mask(text.slice(from, to), [...local, { start: best.start - from, end: best.end - from }]);
  let next: ScoredMatch | null = null;
  for (const m of approxSearch(masked, quote, maxErrors)) {
    const scored = scoreMatch(text, quote, context, from + m.start, from + m.end, m.errors);
    if (next === null || byScore(scored, next) < 0) next = scored;
  }
  return next === null ? [best] : [best, next];
}

function searchMasked(searchText: string, text: string, quote: string, context: QuoteContext, goodEnough: number, maxErrors: number): ScoredMatch | null {
  let best: ScoredMatch | null = null;
  if (context.hint !== undefined) {
    const radius = Math.max(WINDOW_RADIUS, 2 * quote.length);
    const from = Math.max(0, Math.min(text.length, context.hint) - radius);
    const to = Math.min(text.length, context.hint + quote.length + radius);
    best = searchSpan(searchText, text, quote, context, from, to, maxErrors);
    if ((best !== null && best.score >= goodEnough) || (from === 0 && to === text.length)) return best;
  }
  const whole = searchSpan(searchText, text, quote, context, 0, text.length, maxErrors);
  if (whole !== null && (best === null || byScore(whole, best) < 0)) best = whole;
  return best;
}

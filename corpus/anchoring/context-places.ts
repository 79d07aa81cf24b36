import { QUOTE_CONTEXT_LENGTH } from '../model';
import { patternEndErrors, patternStartErrors } from './context-ends';
import { editDistanceAtMost } from './text-similarity';

/**
 * A place the stored context fits: the prefix ends at `start`, the suffix begins at `end`, and
 * whatever stands between them is what became of the quote. `cost` counts every edit this
 * explanation needs: prefix + suffix + quote → text[start, end). A quote deleted with nothing
 * else touched is a place with end ≈ start and cost ≈ quote length.
 */
export interface ContextPlace {
  readonly start: number;
  readonly end: number;
  readonly cost: number;
}

/** A [from, to] span of the text to look for places in. */
export interface Span {
  readonly from: number;
  readonly to: number;
}

/** Merge overlapping spans (the window around the old position and the one around a candidate). */
function mergeSpans(spans: readonly Span[], length: number): Span[] {
  const sorted = spans
    .map((s) => ({ from: Math.max(0, s.from), to: Math.min(length, s.to) }))
    .filter((s) => s.from <= s.to)
    .sort((a, b) => a.from - b.from);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.from <= last.to + 1) merged[merged.length - 1] = { from: last.from, to: Math.max(last.to, s.to) };
    else merged.push(s);
  }
  return merged;
}

/**
 * Errors of one context side at each offset of a span. An empty stored side means the quote
 * touched the text's edge: it fits only there, and each unit standing between costs one (as in
 * `contextScore`).
 */
function sideErrors(text: string, stored: string, span: Span, kind: 'prefix' | 'suffix'): Int32Array {
  if (stored.length > 0) {
    return kind === 'prefix' ? patternEndErrors(text, stored, span.from, span.to) : patternStartErrors(text, stored, span.from, span.to);
  }
  const out = new Int32Array(span.to - span.from + 1);
  for (let i = 0; i < out.length; i++) {
    const at = span.from + i;
    out[i] = Math.min(QUOTE_CONTEXT_LENGTH, kind === 'prefix' ? at : text.length - at);
  }
  return out;
}

const sideCap = (stored: string): number => Math.floor((stored.length > 0 ? stored.length : QUOTE_CONTEXT_LENGTH) / 2);

/** Offsets (relative to the span) where errors are a local minimum no higher than `limit`. */
function localMinima(errors: Int32Array, limit: number): number[] {
  const found: number[] = [];
  for (let i = 0; i < errors.length; i++) {
    const e = errors[i] ?? limit + 1;
    if (e > limit) continue;
    if (i > 0 && (errors[i - 1] ?? 0) < e) continue;
    if (i + 1 < errors.length && (errors[i + 1] ?? 0) < e) continue;
    found.push(i);
  }
  return found;
}

/**
 * Every place within `spans` where prefix, quote and suffix can be explained with at most
 * `limit` edits in all, cheapest first. Cost: two word-parallel scans per span, O(span), then an
 * edit distance bounded by `limit` per pair of local minima (few: off the real place, a 32-unit
 * context almost never comes within `limit` edits).
 */
export function contextPlaces(text: string, quote: string, prefix: string, suffix: string, spans: readonly Span[], limit: number): ContextPlace[] {
  const places: ContextPlace[] = [];
  for (const span of mergeSpans(spans, text.length)) {
    const before = sideErrors(text, prefix, span, 'prefix');
    const after = sideErrors(text, suffix, span, 'suffix');
    // A side off by more than half its length does not fit anywhere in particular.
    const ends = localMinima(before, Math.min(limit, sideCap(prefix)));
    const starts = localMinima(after, Math.min(limit, sideCap(suffix)));
    let first = 0;
    for (const e of ends) {
      const prefixCost = before[e] ?? 0;
      while (first < starts.length && (starts[first] ?? 0) < e - limit) first++;
      for (let k = first; k < starts.length; k++) {
        const s = starts[k] ?? 0;
        if (s > e + quote.length + limit) break;
        const gap = s - e;
        // Suffix starting before the prefix ends: the quote is gone and the overlap is counted twice.
        const lowerBound = prefixCost + (after[s] ?? 0) + (gap < 0 ? quote.length - gap : Math.abs(gap - quote.length));
        if (lowerBound > limit) continue;
        const start = span.from + e;
        const end = span.from + Math.max(e, s);
        const fixed = prefixCost + (after[s] ?? 0) + (gap < 0 ? -gap : 0);
        const content = gap <= 0 ? quote.length : editDistanceAtMost(quote, text.slice(start, end), limit - fixed);
        const cost = fixed + content;
        if (cost <= limit) places.push({ start, end, cost });
      }
    }
  }
  return places.sort((a, b) => a.cost - b.cost || a.start - b.start);
}

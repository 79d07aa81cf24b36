/** Documents (by index within a segment) that may contain a set of tokens. */
export interface Postings {
  /** Ascending document indexes. */
  readonly docs: Uint32Array;
  /**
   * Per document, an upper bound on how often the tokens' term can occur (the smallest token
   * count); `Infinity` when the engine does not know.
   */
  readonly bounds: Float64Array;
}

/** No documents. */
export const NO_POSTINGS: Postings = { docs: new Uint32Array(0), bounds: new Float64Array(0) };

/**
 * Documents in both lists; the bound is `combine(a, b)` (min when intersecting the tokens of
 * one term, sum when combining terms). O(|a| + |b|).
 */
export function intersectPostings(a: Postings, b: Postings, combine: (x: number, y: number) => number): Postings {
  const n = Math.min(a.docs.length, b.docs.length);
  const docs = new Uint32Array(n);
  const bounds = new Float64Array(n);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.docs.length && j < b.docs.length) {
    const x = a.docs[i]!;
    const y = b.docs[j]!;
    if (x < y) i++;
    else if (y < x) j++;
    else {
      docs[k] = x;
      bounds[k++] = combine(a.bounds[i]!, b.bounds[j]!);
      i++;
      j++;
    }
  }
  return { docs: docs.subarray(0, k), bounds: bounds.subarray(0, k) };
}

/** Whether `doc` is in the postings (binary search, O(log n)). */
export function hasDoc(p: Postings, doc: number): boolean {
  let lo = 0;
  let hi = p.docs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = p.docs[mid]!;
    if (v === doc) return true;
    if (v < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

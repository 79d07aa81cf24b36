/** A half-open span [start, end) carrying a value (e.g. an annotation). */
export interface Span<T> {
  readonly start: number;
  readonly end: number;
  readonly value: T;
}

/** A run of text [start, end) covered by exactly the spans in `active`. */
export interface Segment<T> {
  readonly start: number;
  readonly end: number;
  /** Values of the spans covering the whole segment, outermost first (earlier start, then longer). */
  readonly active: readonly T[];
}

/**
 * Splits [0, length) into segments at every span boundary, so overlapping and nested
 * highlights can be rendered as flat, non-nested runs (HTML marks must nest properly;
 * arbitrary overlaps do not). Spans are clipped to [0, length); empty spans are ignored.
 * The segments cover [0, length) without gaps; uncovered runs have `active: []`.
 *
 * O((n + b) · a) for n spans, b boundaries and at most a spans active at once.
 */
export function segmentSpans<T>(length: number, spans: readonly Span<T>[]): Segment<T>[] {
  const clipped = spans
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(length, s.end), value: s.value }))
    .filter((s) => s.start < s.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const cuts = new Set<number>([0, length]);
  for (const s of clipped) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].filter((p) => p >= 0 && p <= length).sort((a, b) => a - b);
  const segments: Segment<T>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    // Spans start and end only at cut points, so covering the start point covers the run.
    const active = clipped.filter((s) => s.start <= start && s.end >= end).map((s) => s.value);
    segments.push({ start, end, active });
  }
  return segments;
}

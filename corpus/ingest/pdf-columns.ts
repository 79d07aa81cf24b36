import type { PdfChunk, PdfLine } from './pdf-lines';

/** A stretch of a page read as one flow: a column between full-width lines, or the whole page. */
export interface PdfFlow {
  readonly x0: number;
  readonly x1: number;
  readonly lines: readonly PdfLine[];
}

/** At least this many lines on each side before a gutter is believed. */
const MIN_COLUMN_LINES = 4;
/** Column text is prose: its chunks carry this many characters (median). Table cells are shorter. */
const MIN_COLUMN_CHARS = 6;
const MAX_DEPTH = 2;
/** A left column narrower than this share of the right one is a sidebar. */
const SIDEBAR_RATIO = 0.6;

interface Flow extends PdfFlow {
  readonly span: boolean;
}

const lineOf = (source: PdfLine, chunks: readonly PdfChunk[]): PdfLine => ({ y: source.y, size: Math.max(...chunks.map((c) => c.size)), chunks });

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : (sorted[Math.floor((sorted.length - 1) / 2)] ?? 0);
};

/**
 * Splits a page's lines into flows in reading order: where a vertical gutter runs between two
 * columns of prose, the left column is read down to the next full-width line, then the right
 * column, then that full-width line; recursively, so three columns work too. A gutter that only
 * separates short aligned cells (a table) is not a column break.
 */
export function splitColumns(lines: readonly PdfLine[], depth = 0): PdfFlow[] {
  const whole = (): PdfFlow[] => (lines.length === 0 ? [] : [{ x0: minX(lines), x1: maxX(lines), lines }]);
  if (depth >= MAX_DEPTH || lines.length < 2 * MIN_COLUMN_LINES) return whole();
  const gutter = findGutter(lines);
  if (gutter === undefined) return whole();
  const flows: Flow[] = [];
  let left: PdfLine[] = [];
  let right: PdfLine[] = [];
  const flushColumns = (): void => {
    // A much narrower column is a sidebar (analysts, key data, a chart's labels): the main text is read first.
    const sidebarLeft = left.length > 0 && right.length > 0 && maxX(left) - minX(left) < SIDEBAR_RATIO * (maxX(right) - minX(right));
    for (const column of sidebarLeft ? [right, left] : [left, right])
      if (column.length > 0) flows.push(...splitColumns(column, depth + 1).map((f) => ({ ...f, span: false })));
    left = [];
    right = [];
  };
  for (const line of lines) {
    const crossing = line.chunks.filter((c) => c.x0 < gutter && c.x1 > gutter);
    if (crossing.length > 0) {
      flushColumns();
      flows.push({ x0: minX([line]), x1: maxX([line]), lines: [line], span: true });
      continue;
    }
    const l = line.chunks.filter((c) => c.x1 <= gutter);
    const r = line.chunks.filter((c) => c.x0 >= gutter);
    if (l.length > 0) left.push(lineOf(line, l));
    if (r.length > 0) right.push(lineOf(line, r));
  }
  flushColumns();
  return mergeAdjacentSpans(flows);
}

/** Full-width lines in a row form one flow, so a paragraph running across them can still be rejoined. */
function mergeAdjacentSpans(flows: readonly Flow[]): PdfFlow[] {
  const out: Flow[] = [];
  for (const flow of flows) {
    const last = out[out.length - 1];
    if (last?.span && flow.span)
      out[out.length - 1] = { x0: Math.min(last.x0, flow.x0), x1: Math.max(last.x1, flow.x1), lines: [...last.lines, ...flow.lines], span: true };
    else out.push(flow);
  }
  return out.map(({ x0, x1, lines }) => ({ x0, x1, lines }));
}

/**
 * The x of the clearest vertical gutter between two prose columns, or undefined. A candidate
 * is the middle of a gap no chunk crosses among the lines that are not full-width; O(c log c).
 */
function findGutter(lines: readonly PdfLine[]): number | undefined {
  const chunks = lines.flatMap((l) => l.chunks.map((c) => ({ ...c, y: l.y })));
  const x0 = minX(lines);
  const x1 = maxX(lines);
  const width = x1 - x0;
  if (width <= 0) return undefined;
  let best: { x: number; crossing: number; gap: number } | undefined;
  // Candidate gutters: the right edge of every chunk, nudged into the gap after it.
  const edges = [...new Set(chunks.map((c) => Math.round(c.x1)))].sort((a, b) => a - b);
  for (const edge of edges) {
    if (edge < x0 + 0.15 * width || edge > x0 + 0.85 * width) continue;
    const nextStart = Math.min(...chunks.filter((c) => c.x0 >= edge).map((c) => c.x0));
    if (!Number.isFinite(nextStart) || nextStart - edge < 3) continue;
    const x = (edge + nextStart) / 2;
    const leftChunks = chunks.filter((c) => c.x1 <= x);
    const rightChunks = chunks.filter((c) => c.x0 >= x);
    const crossing = chunks.length - leftChunks.length - rightChunks.length;
    if (!isColumnPair(leftChunks, rightChunks)) continue;
    if (crossing > 0.25 * Math.min(leftChunks.length, rightChunks.length)) continue;
    const gap = nextStart - edge;
    if (!best || crossing < best.crossing || (crossing === best.crossing && gap > best.gap)) best = { x, crossing, gap };
  }
  return best?.x;
}

function isColumnPair(left: readonly (PdfChunk & { y: number })[], right: readonly (PdfChunk & { y: number })[]): boolean {
  const leftYs = new Set(left.map((c) => Math.round(c.y)));
  const rightYs = new Set(right.map((c) => Math.round(c.y)));
  if (leftYs.size < MIN_COLUMN_LINES || rightYs.size < MIN_COLUMN_LINES) return false;
  const leftChars = median(left.map((c) => c.text.length));
  const rightChars = median(right.map((c) => c.text.length));
  if (leftChars < MIN_COLUMN_CHARS || rightChars < MIN_COLUMN_CHARS) return false;
  // Both sides must run alongside each other, not one above the other.
  const top = Math.min(Math.max(...left.map((c) => c.y)), Math.max(...right.map((c) => c.y)));
  const bottom = Math.max(Math.min(...left.map((c) => c.y)), Math.min(...right.map((c) => c.y)));
  if (top - bottom <= 0) return false;
  // Rows of a table put a cell on both sides of every baseline; prose columns rarely line up that well with short text.
  const aligned = [...leftYs].filter((y) => rightYs.has(y) || rightYs.has(y - 1) || rightYs.has(y + 1)).length / leftYs.size;
  return !(aligned > 0.8 && Math.min(leftChars, rightChars) < 15);
}

const minX = (lines: readonly PdfLine[]): number => Math.min(...lines.flatMap((l) => l.chunks.map((c) => c.x0)));
const maxX = (lines: readonly PdfLine[]): number => Math.max(...lines.flatMap((l) => l.chunks.map((c) => c.x1)));

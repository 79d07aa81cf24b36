import type { HeadingLevel, LineHint, SourceLine } from './source-document';
import type { PdfFlow } from './pdf-columns';
import type { PdfLine } from './pdf-lines';
import { CJK } from './pdf-text-item';

/** Sizes the whole document is judged by: the body text size and the heading sizes, largest first. */
export interface PdfTypeScale {
  readonly body: number;
  /** Distinct heading sizes (rounded to 0.5 pt), largest first; index + 1 is the heading level. */
  readonly headings: readonly number[];
}

/** A line this much larger than the body text is a heading. */
const HEADING_RATIO = 1.15;
/** Headings are short; a long run of large type is a lead paragraph, not a heading. */
const HEADING_MAX_CHARS = 60;
/** A line ends "at the margin" when it stops within this many ems of the flow's right edge. */
const EDGE_SLACK_EM = 1.5;
/** Lines this many ems apart (baseline to baseline) or more are not one paragraph, unless the flow is set that loosely throughout. */
const MAX_LEADING_EM = 2.2;
/** A table of contents entry ends in leader dots (and a page number): never joined to the next entry. */
const LEADER_END = /(?:\.{3,}|…{2,}|·{3,}|－{3,}|-{4,})\s*\d*$/u;

const roundHalf = (n: number): number => Math.round(n * 2) / 2;
const textOf = (line: PdfLine): string => line.chunks.map((c) => c.text).join(' ');
const isBold = (line: PdfLine): boolean => line.chunks.every((c) => c.bold);

/**
 * The body size (the size most characters are set in) and the heading sizes of a document.
 * O(lines); sizes are bucketed to half points so rounding noise does not make new levels.
 */
export function typeScale(lines: readonly PdfLine[]): PdfTypeScale {
  const weight = new Map<number, number>();
  for (const line of lines) for (const chunk of line.chunks) weight.set(roundHalf(chunk.size), (weight.get(roundHalf(chunk.size)) ?? 0) + chunk.text.length);
  let body = 0;
  let most = -1;
  for (const [size, chars] of weight) if (chars > most || (chars === most && size < body)) [body, most] = [size, chars];
  const headings = [...new Set(lines.filter((l) => isHeadingCandidate(l, body)).map((l) => roundHalf(l.size)))].sort((a, b) => b - a);
  return { body, headings: headings.slice(0, 6) };
}

function isHeadingCandidate(line: PdfLine, body: number): boolean {
  return body > 0 && line.size >= body * HEADING_RATIO && line.chunks.length === 1 && textOf(line).length <= HEADING_MAX_CHARS;
}

function headingLevel(line: PdfLine, scale: PdfTypeScale): HeadingLevel | undefined {
  if (!isHeadingCandidate(line, scale.body)) return undefined;
  const index = scale.headings.indexOf(roundHalf(line.size));
  return index < 0 ? undefined : ((index + 1) as HeadingLevel);
}

/**
 * Where the lines of a flow end when they run to the margin: the most common right edge, if
 * at least three lines share it (to 2 pt). Without it the flow is ragged or too short to tell,
 * and its lines are passed on one by one for the normalizer to judge.
 */
export function rightMargin(flow: PdfFlow): number | undefined {
  const counts = new Map<number, number>();
  const width = flow.x1 - flow.x0;
  for (const line of flow.lines) {
    // Only long lines can show the margin: short labels that happen to end together do not.
    if (line.chunks.length !== 1 || maxX(line) - minX(line) < 0.6 * width) continue;
    const key = Math.round(maxX(line) / 2);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best: number | undefined;
  let bestCount = 0;
  for (const [key, count] of counts) if (count > bestCount || (count === bestCount && best !== undefined && key > best)) [best, bestCount] = [key, count];
  if (best === undefined) return undefined;
  if (bestCount < 3) {
    // Ragged-right text never ends twice at the same x: its margin is the longest line, if the flow has a few long lines.
    const long = flow.lines.filter((l) => l.chunks.length === 1 && maxX(l) - minX(l) >= 0.6 * width);
    return long.length >= 3 ? Math.max(...long.map(maxX)) : undefined;
  }
  // Hanging punctuation may overshoot the margin; the margin is the furthest of the neighbouring buckets.
  const near = [...counts.keys()].filter((k) => Math.abs(k - best) <= 1);
  return Math.max(...near) * 2;
}

/** The usual baseline-to-baseline step of a flow (median over neighbouring same-size lines), capped at 3.5 em. */
function typicalLeading(lines: readonly PdfLine[]): number {
  const steps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1];
    const b = lines[i];
    if (a && b && Math.abs(a.size - b.size) < 0.5 && a.y > b.y) steps.push(Math.min(a.y - b.y, 3.5 * a.size));
  }
  steps.sort((x, y) => x - y);
  return steps[Math.floor((steps.length - 1) / 2)] ?? 0;
}

/** Width of a line's first word, estimated from the line's average advance per character (a CJK "word" is one character). */
function firstWordWidth(line: PdfLine): number {
  const chunk = line.chunks[0];
  if (!chunk || chunk.text.length === 0) return 0;
  const word = CJK.test(chunk.text[0] ?? '') ? 1 : (chunk.text.match(/^\S+/u)?.[0].length ?? 1);
  return ((chunk.x1 - chunk.x0) / chunk.text.length) * word;
}

const maxX = (line: PdfLine): number => Math.max(...line.chunks.map((c) => c.x1));
const minX = (line: PdfLine): number => Math.min(...line.chunks.map((c) => c.x0));

/** Joins a wrapped line onto its paragraph: no space inside CJK text, one space between Latin words. */
export function joinWrapped(left: string, right: string): string {
  const a = left.slice(-1);
  const b = right.slice(0, 1);
  if (a === '' || b === '' || CJK.test(a) || CJK.test(b) || a === '-' || a === '/' || /\s/u.test(a)) return left + right;
  return `${left} ${right}`;
}

/**
 * Turns one page's flows into source lines: table rows (two or more consecutive lines with
 * cells) become tab-separated rows, wrapped lines of a flow with a clear margin are rejoined
 * into one `block` line per paragraph, headings and whole-bold lines are marked. Flows without
 * a margin keep one line per visual line (no `block`), with a blank line at wide vertical gaps.
 */
export function flowsToLines(flows: readonly PdfFlow[], page: number, scale: PdfTypeScale): SourceLine[] {
  const out: SourceLine[] = [];
  for (const flow of flows) {
    const margin = rightMargin(flow);
    const lines = flow.lines;
    const leading = typicalLeading(lines);
    let current: { text: string; last: PdfLine; hint: LineHint } | undefined;
    const flush = (): void => {
      if (current) {
        // Several wrapped lines of large type make a lead paragraph, not a heading.
        const { heading: _heading, ...rest } = current.hint;
        out.push({ text: current.text, hint: current.text.length > HEADING_MAX_CHARS ? rest : current.hint });
      }
      current = undefined;
    };
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (!line) continue;
      const multi = line.chunks.length > 1;
      // Three cells make a row by themselves; two need a neighbouring row (else it is a phrase with a wide gap).
      const tableRow = line.chunks.length > 2 || (multi && ((lines[i - 1]?.chunks.length ?? 0) > 1 || (lines[i + 1]?.chunks.length ?? 0) > 1));
      if (tableRow) {
        flush();
        out.push({ text: line.chunks.map((c) => c.text).join('\t'), hint: { table: true, page } });
        continue;
      }
      const text = textOf(line);
      const heading = headingLevel(line, scale);
      const bold = isBold(line);
      if (
        current &&
        !LEADER_END.test(current.text) &&
        continues(current.last, line, margin ?? (heading ? flow.x1 : undefined), leading, current.hint.heading, heading, bold === (current.hint.bold ?? false))
      ) {
        current = { text: joinWrapped(current.text, text), last: line, hint: current.hint };
        continue;
      }
      flush();
      if (margin === undefined && out.length > 0 && i > 0) {
        const previous = lines[i - 1];
        if (previous && previous.y - line.y > MAX_LEADING_EM * Math.max(previous.size, line.size) && out[out.length - 1]?.text !== '')
          out.push({ text: '', hint: { page } });
      }
      const hint: LineHint = { page, ...(heading ? { heading } : {}), ...(bold ? { bold } : {}), ...(margin !== undefined || heading ? { block: true } : {}) };
      current = { text, last: line, hint };
    }
    flush();
  }
  return out;
}

/** Whether `next` carries on the paragraph that `previous` ended at the margin (for a heading: the flow's edge). */
function continues(
  previous: PdfLine,
  next: PdfLine,
  margin: number | undefined,
  leading: number,
  previousHeading: HeadingLevel | undefined,
  nextHeading: HeadingLevel | undefined,
  sameWeight: boolean,
): boolean {
  if (previous.chunks.length > 1) return false;
  if (previousHeading !== nextHeading || !sameWeight) return false;
  if (Math.abs(previous.size - next.size) > 0.5) return false;
  const step = previous.y - next.y;
  if (step <= 0 || step > Math.max(MAX_LEADING_EM * previous.size, 1.15 * leading)) return false;
  // The line was full if the next line's first word would not have fitted after it.
  if (margin === undefined || maxX(previous) < margin - Math.max(EDGE_SLACK_EM * previous.size, firstWordWidth(next) + 0.3 * previous.size)) return false;
  // The next line starts a new paragraph when it is indented past the line above.
  return minX(next) <= minX(previous) + 0.6 * previous.size;
}

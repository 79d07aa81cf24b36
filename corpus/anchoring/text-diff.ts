/**
 * Where each offset of an earlier version of a text went in the current one: a diff of the two
 * versions as runs of unchanged text. Re-anchoring uses it when the earlier text is known (the
 * article's replaced versions are kept under their content hash), so a note follows its own
 * words through the edit instead of whichever copy of them fits its stored context best.
 *
 * Lines first (Myers' O(ND) greedy diff over interned lines), then characters inside each
 * changed group of lines, then equalities too short to mean anything between larger edits are
 * dropped (diff-match-patch's semantic cleanup), so a rewritten sentence is not "kept" because
 * it shares a few 的 and ， with the old one.
 */

/** `length` units of the earlier text from `before` stand unchanged at `after` in the current one. */
export interface EqualRun {
  readonly before: number;
  readonly after: number;
  readonly length: number;
}

/** Most line edits diffed; a text rewritten beyond this is not mapped (anchoring falls back to quote and context). */
export const MAX_LINE_EDITS = 2000;
/** Most character edits diffed inside one changed group of lines; beyond this the group counts as replaced. */
export const MAX_CHAR_EDITS = 1000;

/**
 * Myers' greedy shortest edit script between two sequences, as their common runs, or null when
 * more than `maxEdits` insertions and deletions are needed. O((n + m) · D) time, O(D²) memory.
 */
export function myersRuns(a: ArrayLike<number>, b: ArrayLike<number>, maxEdits: number): EqualRun[] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    // The furthest x per diagonal before step d, for k in [-d - 1, d + 1] (index k + d + 1).
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
      let x = down ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, d, n, m);
    }
  }
  return null;
}

function backtrack(trace: readonly Int32Array[], edits: number, n: number, m: number): EqualRun[] {
  const runs: EqualRun[] = [];
  let x = n;
  let y = m;
  for (let d = edits; d > 0; d--) {
    const before = trace[d] ?? new Int32Array(0);
    const at = (k: number): number => before[k + d + 1] ?? 0;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const startX = down ? prevX : prevX + 1;
    if (x > startX) runs.push({ before: startX, after: startX - k, length: x - startX });
    x = prevX;
    y = prevX - prevK;
  }
  if (x > 0) runs.push({ before: 0, after: 0, length: x });
  return runs.reverse();
}

/** Line start offsets of a text (each line keeps its '\n'), plus its length at the end. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) if (at + 1 < text.length) starts.push(at + 1);
  starts.push(text.length);
  return starts;
}

function codes(text: string): Uint16Array {
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

/**
 * Drop equalities no longer than the edits on both sides of them (diff-match-patch's
 * `diff_cleanupSemantic` rule), repeated until none is left: what remains is text that really
 * stayed, not a coincidence of common characters inside a rewrite.
 */
function cleanup(runs: readonly EqualRun[], beforeLength: number, afterLength: number): EqualRun[] {
  let list = [...runs];
  for (let changed = true; changed;) {
    changed = false;
    const kept: EqualRun[] = [];
    for (let i = 0; i < list.length; i++) {
      const r = list[i]!;
      const prev = kept[kept.length - 1];
      const next = list[i + 1];
      const editBefore = Math.max(r.before - (prev ? prev.before + prev.length : 0), r.after - (prev ? prev.after + prev.length : 0));
      const editAfter = Math.max((next ? next.before : beforeLength) - (r.before + r.length), (next ? next.after : afterLength) - (r.after + r.length));
      if (editBefore > 0 && editAfter > 0 && r.length <= editBefore && r.length <= editAfter) {
        changed = true;
        continue;
      }
      kept.push(r);
    }
    list = kept;
  }
  return list;
}

/**
 * The unchanged runs from `before` to `after`, in order, or null when the two texts differ by
 * more than MAX_LINE_EDITS lines (then nothing is claimed about where anything went).
 */
export function diffTexts(before: string, after: string): EqualRun[] | null {
  let head = 0;
  const shortest = Math.min(before.length, after.length);
  while (head < shortest && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < shortest - head && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  const runs: EqualRun[] = [];
  if (head > 0) runs.push({ before: 0, after: 0, length: head });
  const oldMiddle = before.slice(head, before.length - tail);
  const newMiddle = after.slice(head, after.length - tail);
  const middle = diffMiddle(oldMiddle, newMiddle);
  if (middle === null) return null;
  for (const r of middle) runs.push({ before: r.before + head, after: r.after + head, length: r.length });
  if (tail > 0) runs.push({ before: before.length - tail, after: after.length - tail, length: tail });
  return trimGaps(cleanup(merge(runs), before.length, after.length), before, after);
}

/**
 * After cleanup, a changed stretch may begin or end with text it leaves as it was (a scatter of
 * matches was dropped, the one contiguous reading with it): give each stretch's unchanged head
 * and tail back as runs, so an edit never swallows the text at its own edges.
 */
function trimGaps(runs: readonly EqualRun[], before: string, after: string): EqualRun[] {
  const out: EqualRun[] = [];
  const bounds = [...runs, { before: before.length, after: after.length, length: 0 }];
  let oldAt = 0;
  let newAt = 0;
  for (const r of bounds) {
    let head = 0;
    const shortest = Math.min(r.before - oldAt, r.after - newAt);
    while (head < shortest && before.charCodeAt(oldAt + head) === after.charCodeAt(newAt + head)) head++;
    let tail = 0;
    while (tail < shortest - head && before.charCodeAt(r.before - 1 - tail) === after.charCodeAt(r.after - 1 - tail)) tail++;
    if (head > 0) out.push({ before: oldAt, after: newAt, length: head });
    if (tail > 0) out.push({ before: r.before - tail, after: r.after - tail, length: tail });
    if (r.length > 0) out.push(r);
    oldAt = r.before + r.length;
    newAt = r.after + r.length;
  }
  return merge(out);
}

/** Join runs that touch in both texts. */
function merge(runs: readonly EqualRun[]): EqualRun[] {
  const out: EqualRun[] = [];
  for (const r of runs) {
    if (r.length === 0) continue;
    const last = out[out.length - 1];
    if (last && last.before + last.length === r.before && last.after + last.length === r.after)
      out[out.length - 1] = { ...last, length: last.length + r.length };
    else out.push(r);
  }
  return out;
}

function diffMiddle(before: string, after: string): EqualRun[] | null {
  if (before.length === 0 || after.length === 0) return [];
  const oldStarts = lineStarts(before);
  const newStarts = lineStarts(after);
  const ids = new Map<string, number>();
  const intern = (text: string, starts: readonly number[]): Int32Array => {
    const out = new Int32Array(starts.length - 1);
    for (let i = 0; i + 1 < starts.length; i++) {
      const line = text.slice(starts[i], starts[i + 1]);
      let id = ids.get(line);
      if (id === undefined) ids.set(line, (id = ids.size));
      out[i] = id;
    }
    return out;
  };
  const lineRuns = myersRuns(intern(before, oldStarts), intern(after, newStarts), MAX_LINE_EDITS);
  if (lineRuns === null) return null;
  const runs: EqualRun[] = [];
  let oldLine = 0;
  let newLine = 0;
  const changedGroup = (oldEnd: number, newEnd: number): void => {
    const from = oldStarts[oldLine] ?? 0;
    const to = oldStarts[oldEnd] ?? 0;
    const newFrom = newStarts[newLine] ?? 0;
    const newTo = newStarts[newEnd] ?? 0;
    if (to > from && newTo > newFrom) {
      const chars =
        diffChars(before.slice(from, to), after.slice(newFrom, newTo)) ??
        pairLines(before, after, oldStarts.slice(oldLine, oldEnd + 1), newStarts.slice(newLine, newEnd + 1), from, newFrom);
      for (const r of chars) runs.push({ before: r.before + from, after: r.after + newFrom, length: r.length });
    }
  };
  for (const r of [...lineRuns, { before: oldStarts.length - 1, after: newStarts.length - 1, length: 0 }]) {
    changedGroup(r.before, r.after);
    if (r.length > 0) {
      const from = oldStarts[r.before] ?? 0;
      runs.push({ before: from, after: newStarts[r.after] ?? 0, length: (oldStarts[r.before + r.length] ?? 0) - from });
    }
    oldLine = r.before + r.length;
    newLine = r.after + r.length;
  }
  return runs;
}

/**
 * Character runs of one changed group of lines: common head and tail first (so text pasted
 * before its own copy stays one insertion, not a scatter of matched characters), then Myers on
 * the rest; null when that needs more than MAX_CHAR_EDITS edits.
 */
function diffChars(before: string, after: string): EqualRun[] | null {
  let head = 0;
  const shortest = Math.min(before.length, after.length);
  while (head < shortest && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < shortest - head && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  const runs: EqualRun[] = head > 0 ? [{ before: 0, after: 0, length: head }] : [];
  const oldMiddle = before.slice(head, before.length - tail);
  const newMiddle = after.slice(head, after.length - tail);
  if (oldMiddle.length > 0 && newMiddle.length > 0) {
    const middle = myersRuns(codes(oldMiddle), codes(newMiddle), MAX_CHAR_EDITS);
    if (middle === null) return null;
    for (const r of middle) runs.push({ before: r.before + head, after: r.after + head, length: r.length });
  }
  if (tail > 0) runs.push({ before: before.length - tail, after: after.length - tail, length: tail });
  return runs;
}

/** Units two lines share at their start, or else at their end (line breaks left out). */
function sharedEdge(lineA: string, lineB: string): number {
  const a = lineA.endsWith('\n') ? lineA.slice(0, -1) : lineA;
  const b = lineB.endsWith('\n') ? lineB.slice(0, -1) : lineB;
  const shortest = Math.min(a.length, b.length);
  let head = 0;
  while (head < shortest && a.charCodeAt(head) === b.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < shortest && a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)) tail++;
  return Math.max(head, tail);
}

/** Lines must share this many units at an edge to be taken as one line edited. */
const MIN_SHARED_EDGE = 8;

/**
 * A changed group too far apart for one character diff (a long passage deleted next to a line
 * that was edited): pair each new line, in order, with the next old line it shares an edge
 * with, and diff the pairs alone; unpaired lines are deleted or inserted whole. Offsets are
 * relative to `from` and `newFrom`, as `diffChars` returns them.
 */
function pairLines(before: string, after: string, oldStarts: readonly number[], newStarts: readonly number[], from: number, newFrom: number): EqualRun[] {
  const runs: EqualRun[] = [];
  let next = 0;
  for (let j = 0; j + 1 < newStarts.length; j++) {
    const newLine = after.slice(newStarts[j], newStarts[j + 1]);
    for (let i = next; i + 1 < oldStarts.length; i++) {
      const oldLine = before.slice(oldStarts[i], oldStarts[i + 1]);
      if (sharedEdge(oldLine, newLine) < MIN_SHARED_EDGE) continue;
      const o = (oldStarts[i] ?? 0) - from;
      const n = (newStarts[j] ?? 0) - newFrom;
      for (const r of diffChars(oldLine, newLine) ?? []) runs.push({ before: r.before + o, after: r.after + n, length: r.length });
      next = i + 1;
      break;
    }
  }
  return runs;
}

/** What became of [start, end) of the earlier text. */
export interface MappedRange {
  /** Units of it that still stand unchanged. */
  readonly kept: number;
  /** Where its first and last kept units now stand ([start, end) of the current text); start = end when none is kept. */
  readonly start: number;
  readonly end: number;
  /** All of it kept, in one piece: the same words, only moved by edits around them. */
  readonly whole: boolean;
}

/** First run ending after `offset` (runs are sorted and disjoint in both texts). */
function firstRunAfter(runs: readonly EqualRun[], offset: number, key: 'before' | 'after'): number {
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const r = runs[mid]!;
    if (r[key] + r.length <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Map [start, end) of the earlier text through the runs. O(log runs + runs it touches). */
export function mapRange(runs: readonly EqualRun[], start: number, end: number): MappedRange {
  let kept = 0;
  let first = -1;
  let last = -1;
  let pieces = 0;
  for (let i = firstRunAfter(runs, start, 'before'); i < runs.length; i++) {
    const r = runs[i]!;
    if (r.before >= end) break;
    const from = Math.max(start, r.before);
    const to = Math.min(end, r.before + r.length);
    if (to <= from) continue;
    pieces++;
    kept += to - from;
    if (first === -1) first = r.after + (from - r.before);
    last = r.after + (to - r.before);
  }
  if (first === -1) return { kept: 0, start: 0, end: 0, whole: false };
  return { kept, start: first, end: last, whole: pieces === 1 && kept === end - start };
}

/** Units of [start, end) of the current text that were already in the earlier text (anywhere). */
export function keptUnitsIn(runs: readonly EqualRun[], start: number, end: number): number {
  let kept = 0;
  for (let i = firstRunAfter(runs, start, 'after'); i < runs.length; i++) {
    const r = runs[i]!;
    if (r.after >= end) break;
    kept += Math.max(0, Math.min(end, r.after + r.length) - Math.max(start, r.after));
  }
  return kept;
}

/** An earlier version of the current text, with the diff from it (see `textChange`). */
export interface TextChange {
  /** `contentHash` of the earlier text: targets made on it can be mapped. */
  readonly hash: string;
  readonly before: string;
  /** Unchanged runs, or null when the texts are too far apart to map. */
  readonly runs: readonly EqualRun[] | null;
  /** The same runs with pure insertions and deletions slid left, and right (`slideRuns`). */
  readonly slid: readonly (readonly EqualRun[])[];
}

/** Diff an earlier version (`before`, hashed `hash`) against the current text, once per article. */
export function textChange(hash: string, before: string, after: string): TextChange {
  const runs = diffTexts(before, after);
  const slid = runs === null ? [] : [slideRuns(runs, before, after, 'left'), slideRuns(runs, before, after, 'right')];
  return { hash, before, runs, slid };
}

/**
 * The same diff with every pure insertion and pure deletion slid as far left (or right) as the
 * text allows. `X` inserted before `X…` is the same edit as `X` inserted after it; a minimal
 * diff picks one arbitrarily. Mapping a span through both extremes shows whether its fate
 * depends on that choice (then its own context decides, or it is an orphan).
 */
export function slideRuns(runs: readonly EqualRun[], before: string, after: string, direction: 'left' | 'right'): EqualRun[] {
  // Empty runs at both ends, so an insertion or deletion at the very start or end slides too.
  const list = [{ before: 0, after: 0, length: 0 }, ...runs.map((r) => ({ ...r })), { before: before.length, after: after.length, length: 0 }];
  for (let i = 0; i + 1 < list.length; i++) {
    const p = list[i]!;
    const r = list[i + 1]!;
    const oldGap = r.before - (p.before + p.length);
    const newGap = r.after - (p.after + p.length);
    if ((oldGap === 0) === (newGap === 0)) continue;
    // A pure insertion slides over the current text, a pure deletion over the earlier one.
    const text = newGap > 0 ? after : before;
    const g0 = newGap > 0 ? p.after + p.length : p.before + p.length;
    const g1 = newGap > 0 ? r.after : r.before;
    let shift = 0;
    if (direction === 'left') while (shift < p.length && text.charCodeAt(g0 - 1 - shift) === text.charCodeAt(g1 - 1 - shift)) shift++;
    else while (shift < r.length && text.charCodeAt(g0 + shift) === text.charCodeAt(g1 + shift)) shift++;
    if (shift === 0) continue;
    const k = direction === 'left' ? -shift : shift;
    p.length += k;
    r.before += k;
    r.after += k;
    r.length -= k;
  }
  return merge(list);
}

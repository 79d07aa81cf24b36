/**
 * The anchoring oracle (issue 14): random edits of every kind applied to real article texts
 * while the highlighted span's true position is carried through each edit, so every re-anchor
 * can be classified as correct, orphan or wrong without trusting the resolver. Shared by the
 * property test (`oracle.property.test.ts`, a few thousand trials) and the bench section
 * (`build/bench/anchoring-bench.ts`, 100,000 trials).
 */
import fc from 'fast-check';
import { describeRange, resolveAnchor, snapSelection, textChange, type AnchorResult, type AnchorTarget } from '../../../corpus/anchoring';
import { BLOCK_SEPARATOR, contentHash } from '../../../corpus/model';

/** One text edit: replace `remove` units at `at` by `insert`. */
export interface Edit {
  readonly at: number;
  readonly remove: number;
  readonly insert: string;
  /** A character-for-character rewrite (punctuation width): every offset keeps its place. */
  readonly inPlace?: true;
}

export const EDIT_KINDS = [
  'insert-far',
  'delete-far',
  'insert-near',
  'delete-near',
  'edit-inside',
  'paragraph-insert',
  'paragraph-delete',
  'span-deleted',
  'duplicate-near',
  'duplicate-far',
  'punctuation-width',
  'list-items',
] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

/** What became of the span: still the same words, edited inside, or gone. */
export type SpanFate = 'intact' | 'edited' | 'deleted';
/** How a re-anchor is judged against the span's tracked position. */
export type Verdict = 'correct' | 'orphan' | 'wrong';

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Where [start, end) lands after one edit; start ≥ end means nothing of it is left. */
export function mapSpan(span: Span, edit: Edit): Span {
  if (edit.inPlace) return span;
  const delta = edit.insert.length - edit.remove;
  const cut = edit.at + edit.remove;
  // An insertion exactly at an edge lies outside the span; a replaced piece that held an edge joins it.
  const start = span.start < edit.at ? span.start : span.start >= cut ? span.start + delta : edit.at;
  const end = span.end <= edit.at ? span.end : span.end > cut ? span.end + delta : edit.at + edit.insert.length;
  const wholeSpanRemoved = edit.at <= span.start && cut >= span.end && edit.remove > 0;
  return wholeSpanRemoved ? { start: edit.at, end: edit.at } : { start, end };
}

export function applyEdit(text: string, edit: Edit): string {
  return text.slice(0, edit.at) + edit.insert + text.slice(edit.at + edit.remove);
}

/** A generated trial: the original text and span, the edits (applied in order) and their kind. */
export interface Trial {
  readonly kind: EditKind;
  readonly text: string;
  readonly span: Span;
  readonly edits: readonly Edit[];
}

/** A trial's outcome, with what the judgement was based on. */
export interface Outcome {
  readonly kind: EditKind;
  readonly fate: SpanFate;
  readonly verdict: Verdict;
  readonly result: AnchorResult;
  readonly expected: Span;
  readonly edited: string;
  readonly quote: string;
}

const HALF_TO_FULL: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）', '!': '！', '?': '？' };
const FULL_TO_HALF: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(HALF_TO_FULL).map(([h, f]) => [f, h]));

/** Every ASCII punctuation mark turned full-width, or every full-width one half-width: lengths kept. */
export function togglePunctuationWidth(text: string, toFull: boolean): string {
  const table = toFull ? HALF_TO_FULL : FULL_TO_HALF;
  return Array.from(text, (c) => table[c] ?? c).join('');
}

/**
 * What the resolver is told: the earlier text too (as on re-import and for every note made on a
 * replaced version, which the app keeps under its hash), or only the stored selectors (a note
 * whose earlier text is not known, e.g. from another machine's backup).
 */
export type ResolveMode = 'earlier-text' | 'selector-only';

/** Run a trial: apply the edits, track the span, resolve, judge. */
export function runTrial(trial: Trial, mode: ResolveMode = 'earlier-text'): Outcome {
  const quote = trial.text.slice(trial.span.start, trial.span.end);
  const { quote: selector, position } = describeRange(trial.text, trial.span.start, trial.span.end);
  const target: AnchorTarget = { contentHash: contentHash(trial.text), selector: [selector, position] };
  let edited = trial.text;
  let tracked = trial.span;
  // The same edits slid along repeated text (see `equivalentEdits`): every place the span can have gone.
  let places: Span[] = [trial.span];
  for (const edit of trial.edits) {
    const variants = equivalentEdits(edited, edit);
    places = dedupe(places.flatMap((p) => variants.map((v) => mapSpan(p, v))));
    edited = applyEdit(edited, edit);
    tracked = mapSpan(tracked, edit);
  }
  const result = resolveAnchor(edited, contentHash(edited), target, mode === 'earlier-text' ? textChange(target.contentHash, trial.text, edited) : undefined);
  const now = tracked.end > tracked.start ? edited.slice(tracked.start, tracked.end) : '';
  const fate: SpanFate = now === quote ? 'intact' : now.length * 2 <= quote.length ? 'deleted' : 'edited';
  const verdict = judge(fate, result, tracked);
  // Also right: the span's words, intact, where an equally small edit giving the same text put them.
  const alsoRight =
    verdict === 'wrong' &&
    result.status !== 'orphan' &&
    places.some((p) => p.start === result.start && p.end === result.end && edited.slice(p.start, p.end) === quote);
  return { kind: trial.kind, fate, verdict: alsoRight ? 'correct' : verdict, result, expected: tracked, edited, quote };
}

const dedupe = (spans: readonly Span[]): Span[] => [...new Map(spans.map((s) => [`${s.start}:${s.end}`, s])).values()];

/**
 * Edits that turn `text` into exactly the same result as `edit`: a pure insertion or deletion
 * slid along repeated text (`X` inserted before `X` or after it; one of two identical dots
 * deleted). No reader — and no resolver — can tell which of them was made, so a span that
 * survives intact under any of them has not been misplaced when it is found there. Replacements
 * and in-place rewrites are taken as they are.
 */
export function equivalentEdits(text: string, edit: Edit): Edit[] {
  if (edit.inPlace || edit.remove > 0 === edit.insert.length > 0) return [edit];
  const out: Edit[] = [edit];
  if (edit.insert.length > 0) {
    for (let at = edit.at, insert = edit.insert; at > 0 && text[at - 1] === insert[insert.length - 1];) {
      insert = `${text[at - 1] ?? ''}${insert.slice(0, -1)}`;
      at--;
      out.push({ at, remove: 0, insert });
    }
    for (let at = edit.at, insert = edit.insert; at < text.length && text[at] === insert[0];) {
      insert = `${insert.slice(1)}${text[at] ?? ''}`;
      at++;
      out.push({ at, remove: 0, insert });
    }
    return out;
  }
  const r = edit.remove;
  for (let at = edit.at; at > 0 && text[at - 1] === text[at - 1 + r];) out.push({ at: --at, remove: r, insert: '' });
  for (let at = edit.at; at + r < text.length && text[at] === text[at + r];) out.push({ at: ++at, remove: r, insert: '' });
  return out;
}

/**
 * Correct = exactly the tracked range (intact), a range sharing at least half of it (edited), or
 * an orphan (deleted). Anything else attached is wrong: a note off by even one character, on a
 * copy, or on text where its words were deleted.
 */
function judge(fate: SpanFate, result: AnchorResult, expected: Span): Verdict {
  if (result.status === 'orphan') return fate === 'deleted' ? 'correct' : 'orphan';
  switch (fate) {
    case 'deleted':
      return 'wrong';
    case 'intact':
      return result.start === expected.start && result.end === expected.end ? 'correct' : 'wrong';
    case 'edited': {
      const shared = Math.min(result.end, expected.end) - Math.max(result.start, expected.start);
      return shared * 2 >= Math.max(result.end - result.start, expected.end - expected.start) ? 'correct' : 'wrong';
    }
  }
}

// ---- generation -------------------------------------------------------------------------------

const NEAR = 32;
const FAR = 80;
const LIST_UNITS = ['万元', '亿元', '万吨', '个', '%', '家', '万人次', '平方米'] as const;

/** Block starts (offsets right after a separator, and 0) of a text. */
function blockStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf(BLOCK_SEPARATOR); at !== -1; at = text.indexOf(BLOCK_SEPARATOR, at + 1)) starts.push(at + 1);
  return starts;
}

/** The block [start, end) (without its separator) containing offset `at`. */
function blockAround(text: string, at: number): Span {
  const start = text.lastIndexOf(BLOCK_SEPARATOR, Math.max(0, at - 1)) + 1;
  const sep = text.indexOf(BLOCK_SEPARATOR, at);
  return { start: at > 0 && text.charAt(at - 1) === BLOCK_SEPARATOR ? at : start, end: sep === -1 ? text.length : sep };
}

/** A position chosen by `u` ∈ [0, 1) among [lo, hi] (empty ranges give lo). */
const pick = (u: number, lo: number, hi: number): number => (hi <= lo ? lo : lo + Math.floor(u * (hi - lo + 1)));

/** A snapped user selection in a text, as the reader stores it; null when it snaps to nothing. */
function selection(text: string, u: number, length: number): Span | null {
  const start = pick(u, 0, Math.max(0, text.length - length));
  const snapped = snapSelection(text, start, Math.min(text.length, start + length));
  return snapped.end > snapped.start ? snapped : null;
}

/** Uniform numbers that drive one trial (fast-check shrinks them as plain numbers). */
interface Dice {
  readonly textIndex: number;
  readonly length: number;
  readonly u: readonly number[];
  readonly extraFar: boolean;
}

const UNIT = 2 ** 30;

const diceArb = (texts: number): fc.Arbitrary<Dice> =>
  fc.record({
    textIndex: fc.integer({ min: 0, max: texts - 1 }),
    // Mostly short, list-like and phrase-length quotes, some whole sentences.
    length: fc.oneof(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 7, max: 30 }), fc.integer({ min: 31, max: 160 })),
    // fc.double is uniform over bit patterns (almost all near 0): integers give uniform fractions.
    u: fc.array(
      fc.integer({ min: 0, max: UNIT - 1 }).map((n) => n / UNIT),
      { minLength: 12, maxLength: 12 },
    ),
    extraFar: fc.boolean(),
  });

/** A piece of some text to insert (1–`max` units, no separator unless asked). */
function chunk(texts: readonly string[], u1: number, u2: number, u3: number, max: number): string {
  const source = texts[pick(u1, 0, texts.length - 1)] ?? '';
  const length = pick(u2, 1, max);
  const at = pick(u3, 0, Math.max(0, source.length - length));
  return source.slice(at, at + length).replaceAll(BLOCK_SEPARATOR, '');
}

/** Outside the span and at least FAR units from it, or null when the text has no such room. */
function farPosition(text: string, span: Span, u: number): number | null {
  const left = Math.max(0, span.start - FAR);
  const right = Math.max(0, text.length - (span.end + FAR));
  if (left + right === 0) return null;
  const k = Math.floor(u * (left + right));
  return k < left ? k : span.end + FAR + (k - left);
}

function buildEdits(kind: EditKind, text: string, span: Span, d: Dice, texts: readonly string[]): Edit[] | null {
  const u = (i: number): number => d.u[i] ?? 0.5;
  const length = span.end - span.start;
  switch (kind) {
    case 'insert-far': {
      const at = farPosition(text, span, u(0));
      return at === null ? null : [{ at, remove: 0, insert: chunk(texts, u(1), u(2), u(3), 40) || '新增' }];
    }
    case 'delete-far': {
      const at = farPosition(text, span, u(0));
      if (at === null) return null;
      const remove = Math.min(pick(u(1), 1, 40), at < span.start ? span.start - FAR - at + 1 : text.length - at);
      return remove > 0 ? [{ at, remove, insert: '' }] : null;
    }
    case 'insert-near': {
      const before = u(0) < 0.5;
      const at = before ? pick(u(1), Math.max(0, span.start - NEAR), span.start) : pick(u(1), span.end, Math.min(text.length, span.end + NEAR));
      return [{ at, remove: 0, insert: chunk(texts, u(2), u(3), u(4), 10) || '的' }];
    }
    case 'delete-near': {
      const before = u(0) < 0.5;
      if (before ? span.start === 0 : span.end === text.length) return null;
      const remove = pick(u(1), 1, 8);
      if (before) {
        const at = pick(u(2), Math.max(0, span.start - NEAR), span.start - 1);
        return [{ at, remove: Math.min(remove, span.start - at), insert: '' }];
      }
      const at = pick(u(2), span.end, Math.min(text.length - 1, span.end + NEAR));
      return [{ at, remove: Math.min(remove, text.length - at), insert: '' }];
    }
    case 'edit-inside': {
      if (length < 4) return null;
      const count = pick(u(0), 1, Math.max(1, Math.floor(length / 10)));
      const edits: Edit[] = [];
      // From the end backwards, so earlier edits' offsets stay valid.
      let limit = span.end;
      for (let i = 0; i < count && limit > span.start; i++) {
        const at = pick(u(1 + (i % 10)), span.start, limit - 1);
        const op = Math.floor(u(11) * 3 + i) % 3;
        const ch = chunk(texts, u(2 + (i % 9)), 0, u(3 + (i % 8)), 1) || '之';
        edits.push(
          op === 0 ? { at, remove: 1, insert: '' } : op === 1 ? { at, remove: 1, insert: ch } : { at: Math.max(at, span.start + 1), remove: 0, insert: ch },
        );
        limit = at;
      }
      return edits;
    }
    case 'paragraph-insert': {
      const starts = blockStarts(text);
      // Half of the time right before or after the span's own block, where context is affected.
      const own = blockAround(text, span.start);
      const near = [own.start, Math.min(text.length, blockAround(text, Math.max(span.start, span.end - 1)).end + 1)];
      const at = u(0) < 0.5 ? (near[u(1) < 0.5 ? 0 : 1] ?? 0) : (starts[pick(u(1), 0, starts.length - 1)] ?? 0);
      const para = chunk(texts, u(2), u(3), u(4), 120) || '新增一段。';
      return at >= text.length
        ? [{ at: text.length, remove: 0, insert: `${BLOCK_SEPARATOR}${para}` }]
        : [{ at, remove: 0, insert: `${para}${BLOCK_SEPARATOR}` }];
    }
    case 'paragraph-delete': {
      const starts = blockStarts(text);
      const ownIndex = starts.filter((s) => s <= span.start).length - 1;
      const choice = u(0) < 0.4 ? ownIndex : u(0) < 0.7 ? ownIndex + (u(1) < 0.5 ? -1 : 1) : pick(u(1), 0, starts.length - 1);
      const index = Math.min(starts.length - 1, Math.max(0, choice));
      if (starts.length < 2) return null;
      const start = starts[index] ?? 0;
      const end = index + 1 < starts.length ? (starts[index + 1] ?? text.length) : text.length;
      // The last block takes the separator before it instead of after.
      return index + 1 < starts.length ? [{ at: start, remove: end - start, insert: '' }] : [{ at: start - 1, remove: end - start + 1, insert: '' }];
    }
    case 'span-deleted': {
      const at = Math.max(0, span.start - pick(u(0), 0, 10));
      const end = Math.min(text.length, span.end + pick(u(1), 0, 10));
      return [{ at, remove: end - at, insert: '' }];
    }
    case 'duplicate-near':
    case 'duplicate-far': {
      const from = Math.max(0, span.start - pick(u(0), 0, 40));
      const to = Math.min(text.length, span.end + pick(u(1), 0, 40));
      const copy = text.slice(from, to);
      let at: number | null;
      if (kind === 'duplicate-near') {
        // Nearby, but outside the span's own stored context: a copy pasted into its context
        // changes the original's context too, and then neither copy is "the" original.
        const before = u(2) < 0.5 && span.start > NEAR;
        at = before
          ? pick(u(3), Math.max(0, span.start - 300), span.start - NEAR - 1)
          : pick(u(3), Math.min(text.length, span.end + NEAR + 1), Math.min(text.length, span.end + 300));
      } else at = farPosition(text, { start: Math.max(0, span.start - 300), end: Math.min(text.length, span.end + 300) }, u(3));
      return at === null ? null : [{ at, remove: 0, insert: copy }];
    }
    case 'punctuation-width':
      return [{ at: 0, remove: text.length, insert: togglePunctuationWidth(text, u(0) < 0.5), inPlace: true }];
    case 'list-items':
      return null; // built with its own text, see listTrial
  }
}

/** Insert a list of near-identical figures (`分别为7263万元、7364万元、…`) and highlight one item. */
function listTrial(text: string, d: Dice): Trial {
  const u = (i: number): number => d.u[i] ?? 0.5;
  const unit = LIST_UNITS[pick(u(0), 0, LIST_UNITS.length - 1)] ?? '万元';
  const count = pick(u(1), 3, 8);
  const lead = pick(u(2), 1, 9);
  const numbers = Array.from({ length: count }, (_, i) => `${lead}${String(pick(u((3 + i) % 12), 0, 999)).padStart(3, '0')}`);
  const items = numbers.map((n) => `${n}${unit}`);
  const sentence = `分别为${items.join('、')}。`;
  const starts = blockStarts(text);
  const insertAt = starts[pick(u(11), 0, starts.length - 1)] ?? 0;
  const withList = `${text.slice(0, insertAt)}${sentence}${BLOCK_SEPARATOR}${text.slice(insertAt)}`;
  const k = pick(u(9), 0, count - 1);
  const itemStart = insertAt + 3 + items.slice(0, k).reduce((sum, it) => sum + it.length + 1, 0);
  const item = items[k] ?? '';
  const numberLength = (numbers[k] ?? '').length;
  const which = pick(u(10), 0, 2);
  const span =
    which === 0
      ? { start: itemStart + numberLength, end: itemStart + item.length }
      : which === 1
        ? { start: itemStart, end: itemStart + item.length }
        : { start: itemStart, end: itemStart + numberLength };
  // One correction to the list: a digit of this or another item, this item's unit, a deleted or an inserted item.
  const op = pick(u(8), 0, 4);
  const other = insertAt + 3 + items.slice(0, (k + 1) % count).reduce((sum, it) => sum + it.length + 1, 0);
  const digit = String(pick(u(7), 0, 9));
  const edit: Edit =
    op === 0
      ? { at: itemStart + numberLength - 1, remove: 1, insert: digit }
      : op === 1
        ? { at: other + 1, remove: 1, insert: digit }
        : op === 2
          ? { at: itemStart + numberLength, remove: unit.length, insert: unit === '亿元' ? '万元' : '亿元' }
          : op === 3
            ? { at: itemStart, remove: item.length + (k + 1 < count ? 1 : 0), insert: '' }
            : { at: itemStart, remove: 0, insert: `${lead}${digit}${digit}${digit}${unit}、` };
  return { kind: 'list-items', text: withList, span, edits: [edit] };
}

/**
 * The stored quote with its context occurs once in the original text. When it occurs twice (a
 * run of dot leaders, a boilerplate block printed twice), no resolver can know which copy the
 * note was on once one is edited: such spans are not trials.
 */
export function uniqueInOriginal(text: string, span: Span): boolean {
  const { quote } = describeRange(text, span.start, span.end);
  const whole = quote.prefix + quote.exact + quote.suffix;
  const first = text.indexOf(whole);
  return first !== -1 && text.indexOf(whole, first + 1) === -1;
}

/** A far-away edit added to half the trials, so the text changes elsewhere too. */
function extraFarEdit(text: string, span: Span, d: Dice, texts: readonly string[]): Edit | null {
  const at = farPosition(text, span, d.u[5] ?? 0.5);
  return at === null ? null : { at, remove: 0, insert: chunk(texts, d.u[6] ?? 0.1, d.u[7] ?? 0.2, d.u[8] ?? 0.3, 20) || '此外' };
}

/** Trials of one edit kind on the given texts; null dice (no room for the edit) are filtered out. */
export function trialArb(kind: EditKind, texts: readonly string[]): fc.Arbitrary<Trial> {
  // Unbiased: fast-check's default bias towards 0 and 1 would put most spans at a text's edges.
  return fc
    .noBias(diceArb(texts.length))
    .map((d): Trial | null => {
      const text = texts[d.textIndex] ?? '';
      if (kind === 'list-items') {
        const trial = listTrial(text, d);
        return uniqueInOriginal(trial.text, trial.span) ? trial : null;
      }
      const span = selection(text, d.u[0] ?? 0, d.length);
      if (span === null || !uniqueInOriginal(text, span)) return null;
      const edits = buildEdits(kind, text, span, { ...d, u: d.u.slice(1) }, texts);
      if (edits === null || edits.length === 0) return null;
      if (!d.extraFar) return { kind, text, span, edits };
      // The far edit comes last, placed against the span's tracked position in the edited text.
      let edited = text;
      let tracked = span;
      for (const e of edits) {
        edited = applyEdit(edited, e);
        tracked = mapSpan(tracked, e);
      }
      const extra = extraFarEdit(edited, tracked, d, texts);
      return { kind, text, span, edits: extra === null ? edits : [...edits, extra] };
    })
    .filter((t): t is Trial => t !== null);
}

/** Per-kind counts of a run. */
export interface Tally {
  trials: number;
  intact: number;
  edited: number;
  deleted: number;
  correct: number;
  orphan: number;
  wrong: number;
  /** Correct among trials whose span survived intact. */
  intactCorrect: number;
}

export const emptyTally = (): Tally => ({ trials: 0, intact: 0, edited: 0, deleted: 0, correct: 0, orphan: 0, wrong: 0, intactCorrect: 0 });

export function count(tally: Tally, outcome: Outcome): void {
  tally.trials++;
  tally[outcome.fate]++;
  tally[outcome.verdict]++;
  if (outcome.fate === 'intact' && outcome.verdict === 'correct') tally.intactCorrect++;
}

/** A readable line for a wrong outcome (what was expected, where the note went). */
export function describeOutcome(o: Outcome): string {
  const around = (s: Span): string => JSON.stringify(o.edited.slice(Math.max(0, s.start - 12), s.end + 12));
  const got = o.result.status === 'orphan' ? `orphan (${o.result.reason})` : `${o.result.status} at ${o.result.start} ${around(o.result)}`;
  return `${o.kind}/${o.fate}: quote ${JSON.stringify(o.quote)} expected at ${o.expected.start} ${around(o.expected)}, got ${got}`;
}

/**
 * Which article already in the library an incoming file is a new version of. Pure: texts in,
 * a match out (no DOM, no storage).
 */

/** Why the incoming file is taken for a version of an existing article. */
export type MatchReason = 'file-name' | 'similar-text';

export interface ExistingMatch<A> {
  readonly article: A;
  readonly reason: MatchReason;
  /** Bigram similarity of the two texts, 0–1. */
  readonly similarity: number;
}

export interface Candidate<A> {
  readonly article: A;
  readonly fileName: string;
  readonly text: string;
}

/**
 * Texts at least this similar are versions of one article. Measured on the real briefings of
 * `../shared/real-briefings/` (tests/renderer/import/reimport.test.ts): a version with a tenth
 * of its paragraphs cut and another briefing's paragraph inserted keeps ≥ 0.92 of its token
 * pairs, while two different briefings share ≤ 0.30 (the language's common pairs: 发展, 工作,
 * "of the"…). The bar sits between, nearer the unrelated side, so heavier edits still match.
 */
export const SIMILAR_TEXT = 0.6;

/** A name as the user sees it: no folder, case and Unicode form folded. */
export const comparableFileName = (name: string): string => (name.split(/[\\/]/).pop() ?? name).normalize('NFC').trim().toLowerCase();

/**
 * Tokens of a text for comparing versions: each Han character on its own (Chinese has no
 * spaces), each run of letters or digits as one word (lower-cased). Letter pairs would make
 * any two English texts look alike (th, he, in…); word pairs do not.
 */
function tokens(text: string): string[] {
  return text.toLowerCase().match(/\p{Script=Han}|[\p{L}\p{N}]+/gu) ?? [];
}

/** The set of adjacent token pairs of a text (punctuation and spacing ignored, so re-wrapping does not count). */
export function bigrams(text: string): Set<string> {
  const list = tokens(text);
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < list.length; i++) pairs.add(`${list[i]!} ${list[i + 1]!}`);
  return pairs;
}

/** Dice coefficient of two bigram sets: 1 for the same text, 0 for nothing in common. O(min(|a|, |b|)). */
export function bigramSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const pair of small) if (large.has(pair)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/**
 * The existing article the incoming text is a version of: one with the same file name (the
 * most similar of several), else the most similar text that reaches SIMILAR_TEXT. Texts whose
 * lengths differ more than twofold are not compared (they cannot reach the bar: a cheap
 * filter before the O(length) set work).
 */
export function findExistingMatch<A>(
  incoming: { readonly fileName: string; readonly text: string },
  library: readonly Candidate<A>[],
): ExistingMatch<A> | undefined {
  const name = comparableFileName(incoming.fileName);
  const mine = bigrams(incoming.text);
  let best: ExistingMatch<A> | undefined;
  // A same-named file outranks any similar text; within a kind the more similar one wins.
  const rank = (m: ExistingMatch<A>) => (m.reason === 'file-name' ? 2 : 0) + m.similarity;
  for (const candidate of library) {
    const sameName = comparableFileName(candidate.fileName) === name;
    const ratio = candidate.text.length / Math.max(1, incoming.text.length);
    const comparable = ratio >= 0.5 && ratio <= 2;
    if (!sameName && !comparable) continue;
    const similarity = comparable ? bigramSimilarity(mine, bigrams(candidate.text)) : 0;
    if (!sameName && similarity < SIMILAR_TEXT) continue;
    const match: ExistingMatch<A> = { article: candidate.article, reason: sameName ? 'file-name' : 'similar-text', similarity };
    if (best === undefined || rank(match) > rank(best)) best = match;
  }
  return best;
}

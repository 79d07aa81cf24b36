import { articleText, type Article, type TextOffset } from '../model';
import { resolveAnchor, type AnchorCandidate, type AnchoredStatus, type AnchorTarget, type EarlierText, type OrphanReason } from './resolve-anchor';
import { textChange, type TextChange } from './text-diff';

/** What anchoring needs from an annotation: its stored target (any richer record passes through). */
export interface Anchorable {
  readonly target: AnchorTarget;
}

/** An annotation attached to [start, end) of its article's current clean text. */
export interface AnchoredAnnotation<A extends Anchorable = Anchorable> {
  readonly annotation: A;
  readonly start: TextOffset;
  readonly end: TextOffset;
  /** How it was attached: unchanged position, the quote with its context, or a fuzzy match. */
  readonly status: AnchoredStatus;
  /** Match score in [0, 1]; 1 for 'exact-position'. */
  readonly score: number;
}

/** An annotation no trustworthy place holds: kept, listed, re-attachable. */
export interface OrphanedAnnotation<A extends Anchorable = Anchorable> {
  readonly annotation: A;
  readonly reason: OrphanReason;
  /** The nearest places to re-attach it to, best first (see `MAX_CANDIDATES`). */
  readonly candidates: readonly AnchorCandidate[];
  /** Score of the best rejected candidate, when there was one. */
  readonly score?: number;
}

/** Every annotation of one article, resolved against its current clean text. */
export interface ArticleAnchors<A extends Anchorable = Anchorable> {
  /** The article's clean text (`articleText`), which the offsets point into. */
  readonly text: string;
  /** Attached annotations in reading order: by start, the longer (outer) one first. */
  readonly anchored: readonly AnchoredAnnotation<A>[];
  /** Annotations that could not be attached, in the order given. */
  readonly orphans: readonly OrphanedAnnotation<A>[];
}

/** Reading order: by start, then the outer of two nested ranges first. */
export const byReadingOrder = (a: { start: number; end: number }, b: { start: number; end: number }): number => a.start - b.start || b.end - a.end;

/**
 * Resolves every annotation of one article on its current clean text: the one place the reader,
 * the notebook, print and export re-anchor. The text is built once; each annotation whose target
 * was made on this text (same content hash, quote still at its position) costs one string
 * comparison, the others one `resolveAnchor` each. Sorting is stable, so equal ranges keep the
 * order given.
 *
 * With `earlier` (the article's replaced versions, `loadEarlierTexts`), an annotation made on one
 * of them follows its own words through the diff of that version to the current text (0 wrong in
 * the oracle's 100,000 trials) instead of the best-fitting copy of its quote; the others resolve
 * by their selectors alone. Each version's diff is computed once and kept (`changeBetween`), so
 * re-anchoring the same article again costs no diff.
 *
 * @param text the article's clean text when the caller already has it (saves one join)
 * @param earlier texts the annotations may have been made on, by their `contentHash`
 */
export function anchorArticle<A extends Anchorable>(
  article: Pick<Article, 'blocks' | 'contentHash'>,
  annotations: readonly A[],
  text: string = articleText(article.blocks),
  earlier: readonly EarlierText[] = [],
): ArticleAnchors<A> {
  const anchored: AnchoredAnnotation<A>[] = [];
  const orphans: OrphanedAnnotation<A>[] = [];
  for (const annotation of annotations) {
    const made = annotation.target.contentHash;
    const version = made === article.contentHash ? undefined : earlier.find((e) => e.hash === made);
    const change = version === undefined ? undefined : changeBetween(version, text, article.contentHash);
    const result = resolveAnchor(text, article.contentHash, annotation.target, change);
    if (result.status === 'orphan') {
      const { reason, candidates, score } = result;
      orphans.push(score === undefined ? { annotation, reason, candidates } : { annotation, reason, candidates, score });
    } else anchored.push({ annotation, start: result.start, end: result.end, status: result.status, score: result.score });
  }
  anchored.sort(byReadingOrder);
  return { text, anchored, orphans };
}

/** Diffs kept, most recently used last: a reader re-anchors on every note edit, a notebook per article. */
const changes = new Map<string, TextChange>();
/** Enough for the open article's versions and a notebook's recently changed articles. */
const KEPT_CHANGES = 32;

/** `textChange(earlier → current)`, computed once per pair of texts (hashes name texts). */
function changeBetween(earlier: EarlierText, text: string, hash: string): TextChange {
  const key = `${earlier.hash}\u0000${hash}\u0000${text.length}`;
  const known = changes.get(key);
  if (known && known.before === earlier.text) {
    changes.delete(key);
    changes.set(key, known);
    return known;
  }
  const change = textChange(earlier.hash, earlier.text, text);
  changes.set(key, change);
  if (changes.size > KEPT_CHANGES) changes.delete(changes.keys().next().value!);
  return change;
}

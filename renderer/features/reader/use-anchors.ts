import { useMemo } from 'react';
import { anchorArticle, type AnchorCandidate, type AnchoredAnnotation as CoreAnchored } from '../../../corpus/anchoring';
import { articleText, type Article } from '../../../corpus/model';
import { useEarlierTexts } from '../../store/article-versions-repo';
import type { StoredAnnotation } from '../../store/records';

/** The one anchored-annotation type (`corpus/anchoring`), over the reader's stored records. */
export type AnchoredAnnotation = CoreAnchored<StoredAnnotation>;

/** A place an unanchored note might belong, shown as a snippet of the current text. */
export interface OrphanCandidate {
  readonly start: number;
  readonly end: number;
  /** Up to SNIPPET_CONTEXT characters before and after the candidate, for the reader to judge. */
  readonly before: string;
  readonly text: string;
  readonly after: string;
}

/** Characters of context shown on each side of a candidate. */
export const SNIPPET_CONTEXT = 12;

/** A candidate as the panel shows it: the passage with a little of the text around it. */
export function candidateSnippet(text: string, c: Pick<AnchorCandidate, 'start' | 'end'>): OrphanCandidate {
  return {
    start: c.start,
    end: c.end,
    before: text.slice(Math.max(0, c.start - SNIPPET_CONTEXT), c.start).replace(/^.*\n/s, ''),
    text: text.slice(c.start, c.end),
    after: text.slice(c.end, c.end + SNIPPET_CONTEXT).replace(/\n.*$/s, ''),
  };
}

export interface Anchors {
  /** Annotations attached to the current text, in reading order. */
  readonly anchored: readonly AnchoredAnnotation[];
  /** Annotations whose passage could not be found: kept, shown, re-attachable. */
  readonly orphans: readonly StoredAnnotation[];
  /** For each orphan (by id), the nearest places to attach it to, best first. */
  readonly orphanCandidates: ReadonlyMap<string, readonly OrphanCandidate[]>;
  readonly text: string;
}

/**
 * Resolves every annotation of the article against its current clean text (`anchorArticle`),
 * through the earlier texts the notes were made on (`useEarlierTexts`): a note an update left
 * unanchored stays unanchored on every reopen instead of landing on a look-alike. While those
 * texts are read the notes wait, as they do while the notes themselves are read.
 */
export function useAnchors(article: Article, annotations: readonly StoredAnnotation[] | undefined): Anchors {
  const text = useMemo(() => articleText(article.blocks), [article]);
  const earlier = useEarlierTexts(article, annotations);
  return useMemo(() => {
    const { anchored, orphans } = anchorArticle(article, earlier === undefined ? [] : (annotations ?? []), text, earlier);
    const orphanCandidates = new Map<string, readonly OrphanCandidate[]>();
    for (const o of orphans)
      orphanCandidates.set(
        o.annotation.id,
        o.candidates.map((c) => candidateSnippet(text, c)),
      );
    return { anchored, orphans: orphans.map((o) => o.annotation), orphanCandidates, text };
  }, [text, article, annotations, earlier]);
}

/** The annotations covering an offset, shortest first (the innermost of nested highlights wins). */
export function annotationsAt(anchored: readonly AnchoredAnnotation[], offset: number): AnchoredAnnotation[] {
  return anchored.filter((a) => a.start <= offset && offset < a.end).sort((a, b) => a.end - a.start - (b.end - b.start));
}

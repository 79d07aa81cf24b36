import { useMemo } from 'react';
import { resolveAll } from '../../../corpus/anchoring';
import { articleText, type Article } from '../../../corpus/model';
import type { StoredAnnotation } from '../../store/records';

export interface AnchoredAnnotation {
  readonly annotation: StoredAnnotation;
  readonly start: number;
  readonly end: number;
}

export interface Anchors {
  /** Annotations attached to the current text, in reading order. */
  readonly anchored: readonly AnchoredAnnotation[];
  /** Annotations whose passage could not be found: kept, shown, re-attachable. */
  readonly orphans: readonly StoredAnnotation[];
  readonly text: string;
}

/** Resolves every annotation of the article against its current clean text. */
export function useAnchors(article: Article, annotations: readonly StoredAnnotation[] | undefined): Anchors {
  const text = useMemo(() => articleText(article.blocks), [article]);
  return useMemo(() => {
    const list = annotations ?? [];
    const results = resolveAll(text, article.contentHash, list.map((a) => a.target));
    const anchored: AnchoredAnnotation[] = [];
    const orphans: StoredAnnotation[] = [];
    results.forEach((result, i) => {
      const annotation = list[i]!;
      if (result.status === 'orphan') orphans.push(annotation);
      else anchored.push({ annotation, start: result.start, end: result.end });
    });
    anchored.sort((a, b) => a.start - b.start || b.end - a.end);
    return { anchored, orphans, text };
  }, [text, article.contentHash, annotations]);
}

/** The annotations covering an offset, shortest first (the innermost of nested highlights wins). */
export function annotationsAt(anchored: readonly AnchoredAnnotation[], offset: number): AnchoredAnnotation[] {
  return anchored.filter((a) => a.start <= offset && offset < a.end).sort((a, b) => a.end - a.start - (b.end - b.start));
}

import type { KeyFigure } from './key-figure';

/** Reading order: by article id, then by position in the article's clean text. */
export function compareByArticleOrder(a: KeyFigure, b: KeyFigure): number {
  if (a.articleId !== b.articleId) return a.articleId < b.articleId ? -1 : 1;
  return a.start - b.start;
}

/**
 * Largest first within a unit: figures are grouped by base unit (so 600万元 and 1188亿元
 * compare as amounts of 元), groups in code-point order of the unit, ties in reading order.
 */
export function compareByValueWithinUnit(a: KeyFigure, b: KeyFigure): number {
  if (a.baseUnit !== b.baseUnit) return a.baseUnit < b.baseUnit ? -1 : 1;
  if (a.value !== b.value) return b.value - a.value;
  return compareByArticleOrder(a, b);
}

export type FigureOrder = 'article' | 'value';

/** A sorted copy; the input is left as it was. */
export function sortFigures(figures: readonly KeyFigure[], order: FigureOrder): KeyFigure[] {
  switch (order) {
    case 'article':
      return [...figures].sort(compareByArticleOrder);
    case 'value':
      return [...figures].sort(compareByValueWithinUnit);
    default: {
      const unknown: never = order;
      throw new Error(`unknown figure order: ${String(unknown)}`);
    }
  }
}

import { extractFigures, matchesFilter, type KeyFigure } from '../../../corpus/figures';
import type { Article } from '../../../corpus/model';
import type { StoredAnnotation } from '../../store/records';

// Figures of an article object, computed once per object: bundled articles never change, and an
// edited imported article arrives as a new object.
const cache = new WeakMap<Article, readonly KeyFigure[]>();

/** extractFigures, memoized per article object. */
export function figuresOf(article: Article): readonly KeyFigure[] {
  let figures = cache.get(article);
  if (!figures) {
    figures = extractFigures(article);
    cache.set(article, figures);
  }
  return figures;
}

export type FigureSort = 'article' | 'value';

export interface FiguresQuery {
  readonly sort: FigureSort;
  /** One unit as written (`亿元`) or empty for all. */
  readonly unit: string;
  /** One place name or empty for all. */
  readonly place: string;
  /** One article id or empty for all briefings. */
  readonly articleId: string;
}

/**
 * The figures of the library that pass the query, sorted. Article order is the library's
 * (bundled first, then imported), then position in the text; value order is the largest
 * first within a base unit. O(n log n).
 */
export function queryFigures(articles: readonly Article[], query: FiguresQuery): KeyFigure[] {
  const order = new Map(articles.map((a, i) => [a.id, i]));
  const source = query.articleId ? articles.filter((a) => a.id === query.articleId) : articles;
  const kept = source
    .flatMap((a) => figuresOf(a))
    .filter((f) => matchesFilter(f, { ...(query.unit ? { units: [query.unit] } : {}), ...(query.place ? { place: query.place } : {}) }));
  const byArticle = (a: KeyFigure, b: KeyFigure) => (order.get(a.articleId) ?? 0) - (order.get(b.articleId) ?? 0) || a.start - b.start;
  const byValue = (a: KeyFigure, b: KeyFigure) => (a.baseUnit !== b.baseUnit ? (a.baseUnit < b.baseUnit ? -1 : 1) : b.value - a.value || byArticle(a, b));
  return kept.sort(query.sort === 'value' ? byValue : byArticle);
}

export interface Counted {
  readonly name: string;
  readonly count: number;
}

/** Units as written with how many figures use each, most used first. */
export function unitCounts(figures: readonly KeyFigure[]): Counted[] {
  const counts = new Map<string, number>();
  for (const f of figures) counts.set(f.unit, (counts.get(f.unit) ?? 0) + 1);
  return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Every place named in the articles' metadata, most frequent first. */
export function placeCounts(articles: readonly Pick<Article, 'meta'>[]): Counted[] {
  const counts = new Map<string, number>();
  for (const a of articles) for (const p of new Set(a.meta.places)) counts.set(p, (counts.get(p) ?? 0) + 1);
  return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh-CN'));
}

/** `${articleId}:${start}:${end}` of every stored highlight, to tell which figures are highlighted. */
export function highlightedSpans(annotations: readonly StoredAnnotation[]): Set<string> {
  return new Set(annotations.map((a) => spanKey(a.articleId, a.target.selector[1].start, a.target.selector[1].end)));
}

export const spanKey = (articleId: string, start: number, end: number): string => `${articleId}:${start}:${end}`;

/** Whether a figure already carries a highlight over exactly its text. */
export const isHighlighted = (spans: ReadonlySet<string>, figure: Pick<KeyFigure, 'articleId' | 'start' | 'end'>): boolean =>
  spans.has(spanKey(figure.articleId, figure.start, figure.end));

/** A sentence cut around its figure for a table cell: at most `max` units, the figure kept whole. */
export function sentenceSnippet(sentence: string, raw: string, max = 90): { before: string; figure: string; after: string } {
  const at = sentence.indexOf(raw);
  if (at < 0) return { before: sentence.length > max ? `${sentence.slice(0, max - 1)}…` : sentence, figure: '', after: '' };
  let before = sentence.slice(0, at);
  let after = sentence.slice(at + raw.length);
  const room = Math.max(0, max - raw.length);
  const keepBefore = Math.min(before.length, Math.max(Math.floor(room / 2), room - after.length));
  const keepAfter = Math.min(after.length, room - keepBefore);
  if (keepBefore < before.length) before = `…${before.slice(before.length - keepBefore + 1)}`;
  if (keepAfter < after.length) after = `${after.slice(0, Math.max(0, keepAfter - 1))}…`;
  return { before, figure: raw, after };
}

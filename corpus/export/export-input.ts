import { anchorArticle, type AnchoredAnnotation, type EarlierText } from '../anchoring';
import type { Annotation, Article, ArticleNote } from '../model';

export interface ArticleAnnotations {
  readonly article: Article;
  /** Attached highlights in reading order. */
  readonly annotations: readonly AnchoredAnnotation<Annotation>[];
  readonly orphans: readonly Annotation[];
  readonly articleNotes: readonly ArticleNote[];
}

/**
 * Re-anchors each article's annotations on its current clean text (`anchorArticle`), in reading
 * order, through the earlier texts they were made on (`earlierByArticle`, by article id), so an
 * export lists a note an update left unanchored as unanchored, never on a look-alike passage.
 * O(annotations + notes) plus the anchoring.
 */
export function annotateArticles(
  articles: readonly Article[],
  annotations: readonly Annotation[],
  notes: readonly ArticleNote[],
  earlierByArticle: ReadonlyMap<string, readonly EarlierText[]> = new Map(),
): ArticleAnnotations[] {
  const byArticle = groupBy(annotations, (a) => a.target.source);
  const notesByArticle = groupBy(notes, (n) => n.articleId);
  return articles.map((article) => {
    const { anchored, orphans } = anchorArticle(article, byArticle.get(article.id) ?? [], undefined, earlierByArticle.get(article.id));
    return { article, annotations: anchored, orphans: orphans.map((o) => o.annotation), articleNotes: notesByArticle.get(article.id) ?? [] };
  });
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const list = out.get(key(item));
    if (list) list.push(item);
    else out.set(key(item), [item]);
  }
  return out;
}

/** A file-name-safe stem from a title: keeps CJK, letters and digits. */
export function fileStem(title: string): string {
  return (
    title
      .replace(/[\\/:*?"<>|\s“”"]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'pizhu'
  );
}

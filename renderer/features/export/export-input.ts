import { resolveAll } from '../../../corpus/anchoring';
import type { ResolvedHighlight } from '../../../corpus/export/print-types';
import { articleText, type Annotation, type Article, type ArticleNote } from '../../../corpus/model';

export interface ArticleAnnotations {
  readonly article: Article;
  readonly annotations: readonly ResolvedHighlight[];
  readonly orphans: readonly Annotation[];
  readonly articleNotes: readonly ArticleNote[];
}

/** Re-anchors each article's annotations on its current clean text, in reading order. */
export function annotateArticles(articles: readonly Article[], annotations: readonly Annotation[], notes: readonly ArticleNote[]): ArticleAnnotations[] {
  const byArticle = new Map<string, Annotation[]>();
  for (const a of annotations) byArticle.set(a.target.source, [...(byArticle.get(a.target.source) ?? []), a]);
  return articles.map((article) => {
    const own = byArticle.get(article.id) ?? [];
    const results = resolveAll(articleText(article.blocks), article.contentHash, own.map((a) => a.target));
    const resolved: ResolvedHighlight[] = [];
    const orphans: Annotation[] = [];
    results.forEach((r, i) => {
      if (r.status === 'orphan') orphans.push(own[i]!);
      else resolved.push({ annotation: own[i]!, start: r.start, end: r.end });
    });
    resolved.sort((x, y) => x.start - y.start || y.end - x.end);
    return { article, annotations: resolved, orphans, articleNotes: notes.filter((n) => n.articleId === article.id) };
  });
}

/** A file-name-safe stem from a title: keeps CJK, letters and digits. */
export function fileStem(title: string): string {
  return title.replace(/[\\/:*?"<>|\s“”"]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'pizhu';
}

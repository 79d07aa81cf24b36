import type { AnchoredAnnotation } from '../anchoring/anchor-article';
import type { Annotation, Article, ArticleNote, HighlightColor } from '../model';

export type PrintLang = 'zh-CN' | 'en';
export type PageSize = 'A4' | 'Letter';

/** Everything needed to print one annotated article. */
export interface ArticlePrintInput {
  readonly article: Article;
  /** Highlights that re-anchored (`anchorArticle`); their offsets are trusted. */
  readonly annotations: readonly AnchoredAnnotation<Annotation>[];
  /** Annotations that could not be re-anchored: printed in the appendix with their quotes. */
  readonly orphans: readonly Annotation[];
  readonly articleNotes: readonly ArticleNote[];
  /** The user's names for the colours ("重点", "待核实"…), shown in notes and the legend. */
  readonly colorNames: Readonly<Record<HighlightColor, string>>;
  readonly lang: PrintLang;
  readonly pageSize: PageSize;
  /** ISO timestamp printed in the header; passed in so output is deterministic. */
  readonly generatedAt: string;
}

/**
 * Annotations follow the W3C Web Annotation data model, narrowed to what Pizhu needs.
 * The target always points into an article's clean text (see `articleText`).
 */

/** W3C TextQuoteSelector: the quote and up to 32 characters of context on each side. */
export interface TextQuoteSelector {
  readonly type: 'TextQuoteSelector';
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

/** W3C TextPositionSelector on the clean text: [start, end). */
export interface TextPositionSelector {
  readonly type: 'TextPositionSelector';
  readonly start: number;
  readonly end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

export const QUOTE_CONTEXT_LENGTH = 32;

export interface AnnotationTarget {
  /** Article id. */
  readonly source: string;
  /** Content hash of the clean text the selectors were made on. */
  readonly contentHash: string;
  readonly selector: readonly [TextQuoteSelector, TextPositionSelector];
}

export const COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColor = (typeof COLORS)[number];

export interface AnnotationBody {
  /** Markdown-lite note text; empty for a plain highlight. */
  readonly note: string;
  readonly tags: readonly string[];
}

/** A highlight (with an optional note) on a passage. */
export interface Annotation {
  /** Stable unique id (UUID). */
  readonly id: string;
  readonly kind: 'highlight';
  readonly target: AnnotationTarget;
  readonly body: AnnotationBody;
  readonly color: HighlightColor;
  /** ISO timestamps. */
  readonly created: string;
  readonly modified: string;
  /** Save counter: 1 when created, +1 per save; absent (read as 0) on notes from before revisions. */
  readonly revision?: number;
}

/** A note about a whole article. */
export interface ArticleNote {
  readonly id: string;
  readonly kind: 'article-note';
  readonly articleId: string;
  readonly body: AnnotationBody;
  readonly created: string;
  readonly modified: string;
  /** Save counter, as on `Annotation`. */
  readonly revision?: number;
}

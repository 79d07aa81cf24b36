import {
  articleText,
  contentHash,
  QUOTE_CONTEXT_LENGTH,
  textOffset,
  type Annotation,
  type Article,
  type ArticleNote,
  type Block,
  type HighlightColor,
} from '../../../corpus/model';
import type { AnchoredAnnotation } from '../../../corpus/anchoring';
import type { ArticlePrintInput } from '../../../corpus/export/print-types';

/** A small hand-made article: blocks given as [kind, text]; paragraphs numbered ¶1, ¶2, … */
export function makeArticle(id: string, blocks: readonly (readonly [Block['kind'], string])[], meta: Partial<Article['meta']> = {}): Article {
  let para = 0;
  const built: Block[] = blocks.map(([kind, text], i) => ({
    id: `b${i + 1}`,
    kind,
    text,
    ...(kind === 'paragraph' ? { para: ++para } : {}),
    ...(kind === 'heading' ? { level: 1 } : {}),
    source: { startLine: i + 1, endLine: i + 1 },
  }));
  const text = articleText(built);
  return {
    id,
    origin: 'imported',
    // As the normalizer does: the meta title is the title block's text, when there is one.
    meta: { title: built.find((b) => b.kind === 'title')?.text ?? `标题 ${id}`, authors: [], places: [], ...meta },
    blocks: built,
    contentHash: contentHash(text),
    wordCount: text.length,
    original: text,
    fileName: `${id}.txt`,
  };
}

const STAMP = '2025-01-02T03:04:05.000Z';

/** An annotation on [start, end) of the article's clean text, with real selectors. */
export function makeAnnotation(
  article: Article,
  id: string,
  start: number,
  end: number,
  options: { color?: HighlightColor; note?: string; tags?: readonly string[] } = {},
): Annotation {
  const text = articleText(article.blocks);
  return {
    id,
    kind: 'highlight',
    target: {
      source: article.id,
      contentHash: article.contentHash,
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: text.slice(start, end),
          prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT_LENGTH), start),
          suffix: text.slice(end, end + QUOTE_CONTEXT_LENGTH),
        },
        { type: 'TextPositionSelector', start, end },
      ],
    },
    body: { note: options.note ?? '', tags: [...(options.tags ?? [])] },
    color: options.color ?? 'yellow',
    created: STAMP,
    modified: STAMP,
  };
}

/** Resolves an annotation at its recorded position (the text did not change). */
export const resolved = (annotation: Annotation): AnchoredAnnotation<Annotation> => ({
  annotation,
  start: textOffset(annotation.target.selector[1].start),
  end: textOffset(annotation.target.selector[1].end),
  status: 'exact-position',
  score: 1,
});

export function makeArticleNote(articleId: string, id: string, note: string, tags: readonly string[] = []): ArticleNote {
  return { id, kind: 'article-note', articleId, body: { note, tags: [...tags] }, created: STAMP, modified: STAMP };
}

export const COLOR_NAMES: Readonly<Record<HighlightColor, string>> = {
  yellow: '重点',
  green: '赞同',
  blue: '数据',
  pink: '存疑',
  purple: '待办',
};

/** The offset of `needle` in the article's clean text (throws when absent: a broken fixture). */
export function offsetOf(article: Article, needle: string): number {
  const at = articleText(article.blocks).indexOf(needle);
  if (at < 0) throw new Error(`fixture: "${needle}" not in ${article.id}`);
  return at;
}

/** A print input with defaults: zh-CN, A4, fixed timestamp. */
export function printInput(article: Article, annotations: readonly Annotation[], extra: Partial<ArticlePrintInput> = {}): ArticlePrintInput {
  return {
    article,
    annotations: annotations.map(resolved),
    orphans: [],
    articleNotes: [],
    colorNames: COLOR_NAMES,
    lang: 'zh-CN',
    pageSize: 'A4',
    generatedAt: '2025-03-01T09:30:00.000Z',
    ...extra,
  };
}

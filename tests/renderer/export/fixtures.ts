import { articleText, QUOTE_CONTEXT_LENGTH, type Annotation, type Article, type ArticleNote, type Block, type HighlightColor } from '../../../corpus/model';

/** A small article with paragraphs numbered ¶1…; content hash is fixed per id. */
export function article(id: string, title: string, paragraphs: readonly string[]): Article {
  const blocks: Block[] = [
    { id: 'b1', kind: 'title', text: title, level: 1, source: { startLine: 1, endLine: 1 } },
    ...paragraphs.map((text, i): Block => ({ id: `b${i + 2}`, kind: 'paragraph', text, para: i + 1, source: { startLine: i + 2, endLine: i + 2 } })),
  ];
  return {
    id,
    origin: 'bundled',
    meta: { title, authors: [], places: [] },
    blocks,
    contentHash: `hash-${id}`,
    wordCount: 100,
    original: '',
    fileName: `${id}.txt`,
  };
}

/** A highlight on the first occurrence of `quote` in the article's clean text. */
export function highlight(a: Article, quote: string, note: string, tags: string[] = [], color: HighlightColor = 'yellow'): Annotation {
  const text = articleText(a.blocks);
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`${quote} not in ${a.id}`);
  const end = start + quote.length;
  return {
    id: `${a.id}-${start}`,
    kind: 'highlight',
    color,
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
    target: {
      source: a.id,
      contentHash: a.contentHash,
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: quote,
          prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT_LENGTH), start),
          suffix: text.slice(end, end + QUOTE_CONTEXT_LENGTH),
        },
        { type: 'TextPositionSelector', start, end },
      ],
    },
    body: { note, tags },
  };
}

export function articleNote(articleId: string, note: string, tags: string[] = []): ArticleNote {
  return {
    id: `${articleId}-note`,
    kind: 'article-note',
    articleId,
    body: { note, tags },
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
  };
}

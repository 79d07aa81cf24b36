import { articleText, contentHash, type Article, type ArticleMeta, type ArticleOrigin, type Block } from '../model';

export interface NormalizeInput {
  readonly fileName: string;
  readonly text: string;
  readonly origin: ArticleOrigin;
  /** Overrides for inferred metadata (from a `.meta.json` sidecar). */
  readonly meta?: Partial<ArticleMeta>;
}

export interface NormalizeOutput {
  readonly article: Article;
}

/** The article id for a file name: its base name without extension. */
export function articleIdFor(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}

/**
 * Raw text → clean article model. (Basic parser: `#` headings and paragraphs; the full
 * cleaner replaces it.)
 */
export function normalizeArticle(input: NormalizeInput): NormalizeOutput {
  const lines = input.text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  let para = 0;
  lines.forEach((line, i) => {
    const trimmed = line.trim();
    if (!trimmed) return;
    const heading = /^(#{1,6})\s*(.+)$/.exec(trimmed);
    const id = `b${blocks.length + 1}`;
    const source = { startLine: i + 1, endLine: i + 1 };
    if (heading) blocks.push({ id, kind: 'heading', level: heading[1]!.length, text: heading[2]!.trim(), source });
    else blocks.push({ id, kind: 'paragraph', text: trimmed, para: ++para, source });
  });
  const title = blocks.find((b) => b.kind === 'heading')?.text ?? articleIdFor(input.fileName);
  const text = articleText(blocks);
  const meta: ArticleMeta = { title, authors: [], places: [], ...input.meta };
  return {
    article: {
      id: articleIdFor(input.fileName),
      origin: input.origin,
      meta,
      blocks,
      contentHash: contentHash(text),
      wordCount: text.replace(/\s/g, '').length,
      original: input.text,
      fileName: input.fileName,
    },
  };
}

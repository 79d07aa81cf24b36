import { BLOCK_SEPARATOR, type Article, type Block } from '../model';
import { normalizeForSearch, normalizeWithMap, type NormalizedText } from './normalize-text';

/** What the search engine needs to know about one article. */
export interface SearchDoc {
  readonly articleId: string;
  readonly title: string;
  /** The article's content hash: a loaded index is only used with the text it was built on. */
  readonly contentHash: string;
  readonly blocks: readonly Pick<Block, 'id' | 'kind' | 'text'>[];
}

/** The article → search document adapter used by the build script and the app. */
export function searchDocFromArticle(article: Article): SearchDoc {
  return { articleId: article.id, title: article.meta.title, contentHash: article.contentHash, blocks: article.blocks };
}

const HEADING_KINDS: ReadonlySet<string> = new Set(['title', 'subtitle', 'heading', 'kicker']);

/**
 * A document prepared for confirming hits: normalized block texts joined by the block
 * separator (a query term never contains a line break, so no match spans two blocks).
 */
export interface PreparedDoc {
  readonly doc: SearchDoc;
  /** Normalized body: every block, joined by '\n'. */
  readonly body: string;
  /** Normalized title and headings, joined by '\n'. */
  readonly headings: string;
  /** Start of each block in `body`. */
  readonly blockStarts: Int32Array;
  /** Per block: normalized text and map back to the block's own text. */
  readonly blocks: readonly NormalizedText[];
}

/** Normalizes a document once (at build or load time), O(text length). */
export function prepareDoc(doc: SearchDoc): PreparedDoc {
  const blocks = doc.blocks.map((b) => normalizeWithMap(b.text));
  const blockStarts = new Int32Array(blocks.length);
  let at = 0;
  blocks.forEach((b, i) => {
    blockStarts[i] = at;
    at += b.text.length + BLOCK_SEPARATOR.length;
  });
  return {
    doc,
    body: blocks.map((b) => b.text).join(BLOCK_SEPARATOR),
    headings: headingText(doc),
    blockStarts,
    blocks,
  };
}

/** Normalized title and title/heading blocks, joined by '\n'. O(heading length). */
export function headingText(doc: SearchDoc): string {
  const parts = [doc.title];
  for (const b of doc.blocks) if (HEADING_KINDS.has(b.kind)) parts.push(b.text);
  return normalizeForSearch(parts.join(BLOCK_SEPARATOR));
}

/**
 * Text the index is built from: the body, plus the title when no block carries it. Headings
 * are not indexed twice, so a one-token query's indexed count equals its body count and
 * ranking can stop confirming early.
 */
export function indexedText(prepared: PreparedDoc): string {
  const title = normalizeForSearch(prepared.doc.title);
  return prepared.blocks.some((b) => b.text === title) ? prepared.body : `${title}${BLOCK_SEPARATOR}${prepared.body}`;
}

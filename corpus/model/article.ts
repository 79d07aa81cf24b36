import type { TextOffset } from './offsets';

/** What a block is, decided by the normalizer. */
export type BlockKind = 'kicker' | 'title' | 'subtitle' | 'byline' | 'heading' | 'paragraph' | 'caption' | 'author-note';

/** Where a clean block came from in the original text (1-based, inclusive line numbers). */
export interface SourceSpan {
  readonly startLine: number;
  readonly endLine: number;
}

export interface Block {
  /** Stable within the article: `b1`, `b2`, … in reading order. */
  readonly id: string;
  readonly kind: BlockKind;
  /** Clean text of the block: no line breaks. */
  readonly text: string;
  /** Heading level (1 = top) for headings and titles. */
  readonly level?: number;
  /** Stable paragraph number (¶n) for paragraphs, assigned when the corpus is built. */
  readonly para?: number;
  /** The original lines this block was cleaned from. */
  readonly source: SourceSpan;
  /**
   * The source breaks off mid-sentence here (a cut-off page, a teaser). The reader shows a
   * gap marker after the block, outside the text: nothing is added to the text itself.
   */
  readonly cut?: true;
}

export interface ArticleMeta {
  readonly title: string;
  readonly subtitle?: string;
  readonly kicker?: string;
  /** Publication, e.g. 江西日报, when evident. */
  readonly source?: string;
  readonly authors: readonly string[];
  readonly year?: number;
  /** ISO date (YYYY-MM-DD) when evident. */
  readonly date?: string;
  readonly places: readonly string[];
  /** Written language: Simplified or Traditional Chinese, or English. */
  readonly language?: 'zh-Hans' | 'zh-Hant' | 'en';
}

export type ArticleOrigin = 'bundled' | 'imported';

/** Why text of the source is not in the clean article (see corpus/normalize/diagnostics.ts). */
export type RemovalKind = 'duplicate' | 'repeat' | 'fragment' | 'stray' | 'residue' | 'extraction';

/** Source text the cleaner left out: listed with the article so the reader can show it. */
export interface RemovedText {
  /** 1-based source line (0: text the format extractor left out before the lines, e.g. a PDF page number). */
  readonly line: number;
  readonly text: string;
  readonly kind: RemovalKind;
  /** The finer reason, for residue and extraction: `editor`, `share`, `navigation`, `page-number (p. 3)` … */
  readonly detail?: string;
}

/** The clean article model every view, search index and annotation works on. */
export interface Article {
  /** Stable id, from the file name for bundled articles. */
  readonly id: string;
  readonly origin: ArticleOrigin;
  readonly meta: ArticleMeta;
  readonly blocks: readonly Block[];
  /** Hash of the clean text (`articleText`), hex. Annotations record it. */
  readonly contentHash: string;
  /** Count of CJK characters plus Latin/number words in the clean text. */
  readonly wordCount: number;
  /** The original text, exactly as read (after decoding). */
  readonly original: string;
  /** File name the article came from. */
  readonly fileName: string;
  /** Every piece of source text the cleaner removed, in source order. */
  readonly removed?: readonly RemovedText[];
}

/** Separator between blocks in the clean text coordinate system. */
export const BLOCK_SEPARATOR = '\n';

/** The clean text: block texts joined by BLOCK_SEPARATOR. Annotations point into this. */
export function articleText(blocks: readonly Pick<Block, 'text'>[]): string {
  return blocks.map((b) => b.text).join(BLOCK_SEPARATOR);
}

/** Start offset of each block in the clean text, in block order. */
export function blockStarts(blocks: readonly Pick<Block, 'text'>[]): TextOffset[] {
  const starts: number[] = [];
  let at = 0;
  for (const block of blocks) {
    starts.push(at);
    at += block.text.length + BLOCK_SEPARATOR.length;
  }
  return starts as TextOffset[];
}

/**
 * Index of the block holding clean-text `offset`: the last block starting at or before it
 * (bisection over `blockStarts`). An offset on a block separator belongs to the block before it;
 * offsets before the text give 0, past it the last block. O(log blocks).
 */
export function blockIndexAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

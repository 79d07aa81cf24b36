import type { LineHint } from '../ingest';
import type { BlockKind } from '../model';

/**
 * A block under construction: text plus the source lines it came from. `lines` lists every
 * source line that contributed (a paragraph re-joined across a figure spans several).
 */
export interface Unit {
  kind: BlockKind;
  text: string;
  start: number;
  end: number;
  level?: number;
  /** Numbering rank of a numbered heading (`一、` above `（一）` above `1.`): see numbered-heading.ts. */
  rank?: number;
  /** Came from a `#` line (its level is fixed by the `#`s). */
  hash?: boolean;
  /** Blank lines before the first source line; 3+ is where a picture stood. */
  gapBefore: number;
  /** What the source format said about the first line (a `<p>`, a Word heading, a table row). */
  hint?: LineHint;
  /** Table rows and code: kept as they are, never joined or re-punctuated. */
  fixed?: boolean;
  /** The source breaks off mid-sentence after this paragraph. */
  cut?: boolean;
}

/** One non-blank source line after the character-level steps. */
export interface CleanLine {
  readonly n: number;
  readonly text: string;
  readonly gapBefore: number;
  readonly hint?: LineHint;
}

/** Three or more blank lines: the layout had a picture here. */
export const IMAGE_GAP = 3;

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
  /** Came from a `#` line (its level is fixed by the `#`s). */
  hash?: boolean;
  /** Blank lines before the first source line; 3+ is where a picture stood. */
  gapBefore: number;
}

/** One non-blank source line after the character-level steps. */
export interface CleanLine {
  readonly n: number;
  readonly text: string;
  readonly gapBefore: number;
}

/** Three or more blank lines: the layout had a picture here. */
export const IMAGE_GAP = 3;

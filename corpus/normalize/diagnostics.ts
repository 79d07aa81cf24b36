/**
 * Every change and removal the normalizer makes is recorded: nothing is altered or dropped
 * silently. The report (`npm run corpus:report`) and golden files print these.
 */

/** Text was altered in place. */
export type ChangeKind =
  /** Kangxi/supplement radical code points folded to the ideographs they stand for (radicals.ts). */
  'radicals' | 'punctuation' | 'quotes' | 'whitespace' | 'inline-tex' | 'ocr-word' | 'subtitle-dash' | 'bracket' | 'join' | 'rejoin' | 'truncated' | 'split';

/**
 * Text was dropped: `residue` is editorial residue (editor sign-offs, share bars, copyright
 * lines, bare URLs: see editorial.ts), `extraction` what the format extractor left out
 * (navigation, running headers, page numbers, front matter).
 */
export type { RemovalKind } from '../model/article';
import type { RemovalKind } from '../model/article';

export type DiagnosticEntry =
  | { readonly action: 'change'; readonly kind: ChangeKind; readonly line: number; readonly before: string; readonly after: string }
  | { readonly action: 'removal'; readonly kind: RemovalKind; readonly line: number; readonly before: string; readonly after: string };

/** The quality counts the issue asks for, measured on the clean blocks. */
export interface CleanCounts {
  /** Half-width `,;:?!()` next to a Han character (target 0). */
  readonly halfWidthNearHan: number;
  /** Spaces between two Han characters in running text: paragraphs, author notes (target 0). */
  readonly spacesBetweenHan: number;
  /** Spaces kept on purpose between phrases or names in titles, headings, bylines, captions. */
  readonly keptPhraseSpaces: number;
  /** Paragraphs not ending in sentence-final punctuation (target 0). */
  readonly unterminatedParagraphs: number;
  /** `#` heading lines in the source. */
  readonly sourceHashHeadings: number;
  /** Of those, how many are present as title/heading blocks (target: all). */
  readonly hashHeadingsPresent: number;
}

export interface ArticleDiagnostics {
  /** In source order of their first line. */
  readonly entries: readonly DiagnosticEntry[];
  readonly changes: number;
  readonly removals: number;
  readonly counts: CleanCounts;
}

/** Collects entries while the pipeline runs; one per article. */
export class DiagnosticLog {
  readonly entries: DiagnosticEntry[] = [];

  change(kind: ChangeKind, line: number, before: string, after: string): void {
    if (before !== after) this.entries.push({ action: 'change', kind, line, before, after });
  }

  /** A flag on unchanged text (a paragraph cut off in the source): logged although nothing changed. */
  mark(kind: ChangeKind, line: number, text: string): void {
    this.entries.push({ action: 'change', kind, line, before: text, after: text });
  }

  removal(kind: RemovalKind, line: number, before: string, after = ''): void {
    this.entries.push({ action: 'removal', kind, line, before, after });
  }
}

/**
 * Offsets into an article's clean text (see `articleText`). Branded so that raw-text,
 * DOM and clean-text positions cannot be mixed by accident.
 */
export type TextOffset = number & { readonly __brand: 'TextOffset' };

export const textOffset = (n: number): TextOffset => n as TextOffset;

/** A half-open range [start, end) of clean-text offsets. */
export interface TextRange {
  readonly start: TextOffset;
  readonly end: TextOffset;
}

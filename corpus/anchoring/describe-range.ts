import { QUOTE_CONTEXT_LENGTH, type TextPositionSelector, type TextQuoteSelector } from '../model';

/** The two selectors stored for a range of clean text. */
export interface RangeDescription {
  readonly quote: TextQuoteSelector;
  readonly position: TextPositionSelector;
}

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/**
 * Describe [start, end) of `text` as a TextQuoteSelector (the exact quote plus up to
 * QUOTE_CONTEXT_LENGTH code units of prefix and suffix) and a TextPositionSelector.
 * Context is shortened by one unit rather than cut through a surrogate pair, so stored
 * selectors never hold half a character. Call `snapSelection` first for user selections.
 *
 * @throws RangeError when the offsets are not a valid, non-empty range of `text` — a
 *   programmer error (the DOM mapping produced offsets outside the clean text).
 */
export function describeRange(text: string, start: number, end: number): RangeDescription {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`describeRange: [${start}, ${end}) is not a non-empty range of a ${text.length}-unit text`);
  }
  let prefixStart = Math.max(0, start - QUOTE_CONTEXT_LENGTH);
  if (prefixStart > 0 && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart++;
  let suffixEnd = Math.min(text.length, end + QUOTE_CONTEXT_LENGTH);
  if (suffixEnd < text.length && isHighSurrogate(text.charCodeAt(suffixEnd - 1))) suffixEnd--;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

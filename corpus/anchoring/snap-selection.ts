import { BLOCK_SEPARATOR, textOffset, type TextRange } from '../model';

/*
 * Snapping rules for a user's selection in Chinese clean text, applied in this order:
 *
 * 1. Offsets are clamped to the text and put in order.
 * 2. Whitespace (incl. U+3000 ideographic space and the block separator) is trimmed at both ends:
 *    a stored quote never starts or ends with a space.
 * 3. A selection that crosses a block separator with only junk (punctuation, symbols,
 *    whitespace — no letter or digit) on one side drops that side: a drag that started on the
 *    `。` ending the previous paragraph starts at the next paragraph instead. Step 2 runs again.
 * 4. Never half a character: an end inside a surrogate pair or before combining marks
 *    (incl. variation selectors) widens over them; a start on a low surrogate or a combining mark
 *    moves back to its base character.
 * 5. Whole sentences keep their ending: when the selection starts at a sentence start (start of
 *    text or block, or after a sentence terminator, ignoring opening quotes/brackets and spaces)
 *    and ends right before a sentence terminator run (`。！？…!?`, then closing quotes `”’」』`),
 *    the run is included. If the selection already ends in a terminator, only the closing quotes
 *    that follow are added. A selection inside a sentence is left alone: highlighting "经济增长"
 *    mid-sentence must not swallow the `。` after it.
 *
 * A selection of nothing but whitespace collapses to an empty range (start === end): nothing to store.
 */

/** A [start, end) while snapping; `snapSelection` returns it as clean-text offsets (`TextRange`). */
interface SnappedRange {
  readonly start: number;
  readonly end: number;
}

const WHITESPACE = /\s/u;
const COMBINING = /\p{M}/u;
const MEANINGFUL = /[\p{L}\p{N}]/u;
const TERMINATORS = '。！？…!?';
const CLOSING_QUOTES = '”’」』';
const OPENING_QUOTES = '“‘「『（(《';

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

function trimWhitespace(text: string, start: number, end: number): SnappedRange {
  let s = start;
  let e = end;
  while (s < e && WHITESPACE.test(text.charAt(s))) s++;
  while (e > s && WHITESPACE.test(text.charAt(e - 1))) e--;
  return { start: s, end: e };
}

/** Step 3: drop a junk-only piece on either side of a crossed block separator. */
function dropJunkAcrossSeparators(text: string, start: number, end: number): SnappedRange {
  let s = start;
  let e = end;
  const firstSep = text.indexOf(BLOCK_SEPARATOR, s);
  if (firstSep !== -1 && firstSep < e && !MEANINGFUL.test(text.slice(s, firstSep))) {
    s = firstSep + BLOCK_SEPARATOR.length;
  }
  const lastSep = text.lastIndexOf(BLOCK_SEPARATOR, e - 1);
  if (lastSep >= s && !MEANINGFUL.test(text.slice(lastSep + BLOCK_SEPARATOR.length, e))) {
    e = lastSep;
  }
  return { start: s, end: Math.max(s, e) };
}

/** Step 4: whole user-perceived code points (pairs and base + combining marks). */
function widenToWholeCharacters(text: string, start: number, end: number): SnappedRange {
  let s = start;
  let e = end;
  for (;;) {
    if (s > 0 && isLowSurrogate(text.charCodeAt(s)) && isHighSurrogate(text.charCodeAt(s - 1))) s--;
    else if (s > 0 && COMBINING.test(text.charAt(s))) s--;
    else break;
  }
  for (;;) {
    if (e > 0 && e < text.length && isHighSurrogate(text.charCodeAt(e - 1)) && isLowSurrogate(text.charCodeAt(e))) e++;
    else if (e < text.length && e > s && COMBINING.test(text.charAt(e))) e++;
    else break;
  }
  return { start: s, end: e };
}

function isSentenceStart(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (OPENING_QUOTES.includes(text.charAt(i)) || (WHITESPACE.test(text.charAt(i)) && text.charAt(i) !== BLOCK_SEPARATOR))) i--;
  if (i < 0 || text.charAt(i) === BLOCK_SEPARATOR) return true;
  // A terminator possibly followed by closing quotes: `……。”` then a new sentence.
  while (i >= 0 && CLOSING_QUOTES.includes(text.charAt(i))) i--;
  return i >= 0 && TERMINATORS.includes(text.charAt(i));
}

/** Step 5: include the sentence ending after a selected whole sentence. */
function includeSentenceEnding(text: string, start: number, end: number): SnappedRange {
  if (start === end || !isSentenceStart(text, start)) return { start, end };
  let e = end;
  const endsInTerminator = TERMINATORS.includes(text.charAt(end - 1));
  if (!endsInTerminator) {
    while (e < text.length && TERMINATORS.includes(text.charAt(e))) e++;
    if (e === end) return { start, end };
  }
  while (e < text.length && CLOSING_QUOTES.includes(text.charAt(e))) e++;
  return { start, end: e };
}

/**
 * Snap a raw selection [start, end) on the clean text to what should be stored: trimmed, whole
 * characters, no junk across a block separator, a whole sentence with its 。！？… (rules at the top
 * of this file).
 * Pure; O(end − start) plus the length of the trailing punctuation run. Returns clean-text
 * offsets; start === end means there is nothing to highlight.
 */
export function snapSelection(text: string, start: number, end: number): TextRange {
  const lo = Math.max(0, Math.min(text.length, Math.min(start, end)));
  const hi = Math.max(0, Math.min(text.length, Math.max(start, end)));
  let range = trimWhitespace(text, lo, hi);
  range = dropJunkAcrossSeparators(text, range.start, range.end);
  range = trimWhitespace(text, range.start, range.end);
  if (range.start !== range.end) {
    range = widenToWholeCharacters(text, range.start, range.end);
    range = includeSentenceEnding(text, range.start, range.end);
  }
  return { start: textOffset(range.start), end: textOffset(range.end) };
}

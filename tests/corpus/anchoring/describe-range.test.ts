import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../corpus/anchoring';
import { QUOTE_CONTEXT_LENGTH } from '../../../corpus/model';
import { seedText } from './fixtures';

describe('describeRange', () => {
  const text = seedText(3);

  it('stores the exact quote, 32 units of context and the position', () => {
    const start = text.indexOf('竞速微短剧赛道');
    const { quote, position } = describeRange(text, start, start + 7);
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: '竞速微短剧赛道',
      prefix: text.slice(start - QUOTE_CONTEXT_LENGTH, start),
      suffix: text.slice(start + 7, start + 7 + QUOTE_CONTEXT_LENGTH),
    });
    expect(quote.prefix).toHaveLength(32);
    expect(quote.prefix.endsWith('\n')).toBe(true);
    expect(position).toEqual({ type: 'TextPositionSelector', start, end: start + 7 });
  });

  it.each([
    ['at the start of the text: empty prefix', 0, 4, 0, 32],
    ['at the end of the text: empty suffix', text.length - 4, text.length, 32, 0],
  ])('%s', (_name, start, end, prefixLength, suffixLength) => {
    const { quote } = describeRange(text, start, end);
    expect(quote.prefix).toHaveLength(prefixLength);
    expect(quote.suffix).toHaveLength(suffixLength);
  });

  it.each([
    ['prefix would start on a low surrogate', '\u{20000}' + 'a'.repeat(31) + '甲', 33, 34, 'a'.repeat(31), ''],
    ['suffix would end on a high surrogate', '甲' + 'a'.repeat(31) + '\u{20000}', 0, 1, '', 'a'.repeat(31)],
  ])('context never holds half a character: %s', (_name, t, start, end, prefix, suffix) => {
    const { quote } = describeRange(t, start, end);
    expect(quote.prefix).toBe(prefix);
    expect(quote.suffix).toBe(suffix);
  });

  it.each([
    ['empty', 3, 3],
    ['reversed', 4, 3],
    ['past the end', 0, text.length + 1],
    ['negative', -1, 2],
  ])('throws RangeError for a %s range (programmer error)', (_name, start, end) => {
    expect(() => describeRange(text, start, end)).toThrow(RangeError);
  });
});

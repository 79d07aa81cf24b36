import { describe, expect, it } from 'vitest';
import { articleText, blockIndexAt, blockStarts, type Block } from '../../../corpus/model';

const blocks = (texts: readonly string[]): Block[] =>
  texts.map((text, i) => ({ id: `b${i + 1}`, kind: 'paragraph', text, source: { startLine: i + 1, endLine: i + 1 } }));

describe('blockIndexAt', () => {
  it.each([
    ['before the first block', [0, 10, 20], -1, 0],
    ['at the first offset', [0, 10, 20], 0, 0],
    ['at a block start', [0, 10, 20], 10, 1],
    ['on the separator before a block (belongs to the block before)', [0, 10, 20], 9, 0],
    ['inside the last block', [0, 10, 20], 25, 2],
    ['past the text', [0, 10, 20], 1_000, 2],
    ['single block', [0], 5, 0],
    ['no blocks', [], 3, 0],
  ])('%s', (_name, starts, offset, expected) => {
    expect(blockIndexAt(starts, offset)).toBe(expected);
  });

  it('agrees with a linear scan for every offset of a real text', () => {
    const b = blocks(['第一段。', '', '第二段有更多的字。', 'x', '最后一段']);
    const starts = blockStarts(b);
    const text = articleText(b);
    for (let offset = 0; offset <= text.length; offset++) {
      let linear = 0;
      starts.forEach((s, i) => {
        if (s <= offset) linear = i;
      });
      expect(blockIndexAt(starts, offset)).toBe(linear);
    }
  });
});

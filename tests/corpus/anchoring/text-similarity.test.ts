import { describe, expect, it } from 'vitest';
import { anchoredDistance, editDistance, similarity } from '../../../corpus/anchoring/text-similarity';

describe('editDistance', () => {
  it.each([
    ['identical', '经济增长', '经济增长', 0],
    ['one replaced', '经济增长', '经济增涨', 1],
    ['one inserted', '经济增长', '经济的增长', 1],
    ['one deleted', '经济增长', '经济长', 1],
    ['full-width comma', '发力,走出', '发力，走出', 1],
    ['empty vs text', '', '增长', 2],
  ])('%s', (_name, a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });

  it('similarity is 1 − distance / longer length', () => {
    expect(similarity('经济增长', '经济增涨')).toBe(0.75);
    expect(similarity('', '')).toBe(1);
  });
});

describe('anchoredDistance (pattern must end where the text ends)', () => {
  it.each([
    ['pattern is the end of the text', '发展数字经济', '赣江新区发展数字经济', 0],
    ['extra text before is free', '数字经济', '很多很多很多数字经济', 0],
    ['one insertion at the edge costs one', '数字经济', '数字经济了', 1],
    ['the same words further back count as shifted, not matching', '数字经济', '数字经济新业态', 3],
    ['text shorter than the pattern', '数字经济', '经济', 2],
  ])('%s', (_name, pattern, text, distance) => {
    expect(anchoredDistance(pattern, text)).toBe(distance);
  });
});

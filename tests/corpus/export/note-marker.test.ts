import { describe, expect, it } from 'vitest';
import { noteMarker } from '../../../corpus/export/note-marker';

describe('noteMarker', () => {
  it.each([
    ['first', 1, '①'],
    ['second', 2, '②'],
    ['tenth', 10, '⑩'],
    ['last circled', 20, '⑳'],
    ['first fallback', 21, '(21)'],
    ['large', 137, '(137)'],
  ])('%s', (_name, n, expected) => {
    expect(noteMarker(n)).toBe(expected);
  });

  it.each([
    ['zero', 0],
    ['negative', -1],
    ['fraction', 1.5],
  ])('rejects %s', (_name, n) => {
    expect(() => noteMarker(n)).toThrow(RangeError);
  });
});

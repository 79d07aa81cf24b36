import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeHtml } from '../../../corpus/export/escape-html';

describe('escapeHtml', () => {
  it.each([
    ['plain Chinese unchanged', '经济增长，稳中求进。', '经济增长，稳中求进。'],
    ['ampersand', 'R&D', 'R&amp;D'],
    ['tags', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['double quote', 'a "b"', 'a &quot;b&quot;'],
    ['single quote', "it's", 'it&#39;s'],
    ['entity stays literal', '&amp;', '&amp;amp;'],
  ])('%s', (_name, input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });

  it('never leaves a markup character in the output', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(escapeHtml(s)).not.toMatch(/[<>"']/);
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});

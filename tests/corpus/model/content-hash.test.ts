import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../../corpus/model';

/** The definition, in BigInt: FNV-1a 64 over UTF-16 code units (what `contentHash` computed before). */
function reference(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

describe('contentHash', () => {
  it.each([
    // Published FNV-1a 64 test vectors (one byte per unit for ASCII).
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8'],
  ])('FNV-1a 64 of %j is %s', (text, hash) => {
    expect(contentHash(text)).toBe(hash);
  });

  it('stored hashes keep their value: Chinese, astral characters, separators, U+FFFF', () => {
    for (const text of ['赣江新区全年实现地区生产总值1188亿元。\n数字经济核心产业', '𠀾𰻝 emoji 😀', '\uffff\u0000\uffff', '\n'.repeat(300)]) {
      expect(contentHash(text)).toBe(reference(text));
    }
  });

  it('equals the BigInt definition for any UTF-16 text (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 400 }).map((units) => String.fromCharCode(...units)),
        (text) => {
          expect(contentHash(text)).toBe(reference(text));
        },
      ),
      { seed: 15_006, numRuns: 2000 },
    );
  });
});

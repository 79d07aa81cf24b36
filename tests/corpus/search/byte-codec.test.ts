import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { base64ToBytes, bytesToBase64, ByteReader, ByteWriter } from '../../../corpus/search/byte-codec';

describe('byte codec', () => {
  it('varints round-trip up to 2^53', () => {
    fc.assert(
      fc.property(fc.array(fc.maxSafeNat()), (values) => {
        const w = new ByteWriter(1);
        values.forEach((v) => w.writeVarint(v));
        const r = new ByteReader(w.view());
        expect(values.map(() => r.readVarint())).toEqual(values);
      }),
      { seed: 6, numRuns: 200 },
    );
  });

  it('base64 round-trips and matches the standard encoding', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = bytesToBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(base64ToBytes(text)).toEqual(bytes);
      }),
      { seed: 6, numRuns: 200 },
    );
  });

  it.each([
    ['bad length', 'abc'],
    ['bad character', 'ab!d'],
    ['non-ASCII', '赣江新区'],
  ])('rejects %s', (_name, text) => {
    expect(base64ToBytes(text)).toBeNull();
  });
});

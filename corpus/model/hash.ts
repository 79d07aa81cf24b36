/**
 * FNV-1a, 64-bit, over UTF-16 code units, as 16 hex digits. Pure and identical in Node and
 * browsers; used to detect that an article's clean text changed, not for security.
 *
 * Computed in four 16-bit limbs of plain numbers rather than BigInt (same digits, about 20×
 * faster): every article read back is checked against its hash, so this runs over the whole
 * library when the app starts. The prime is 2^40 + 435, so `hash * prime` is `hash * 435`
 * plus `hash << 40`, both done limb by limb; every intermediate stays below 2^31.
 */
export function contentHash(text: string): string {
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (let i = 0; i < text.length; i++) {
    h0 ^= text.charCodeAt(i);
    const t0 = h0 * 435;
    const t1 = h1 * 435 + (t0 >>> 16);
    const t2 = h2 * 435 + (t1 >>> 16) + ((h0 & 0xff) << 8);
    const t3 = h3 * 435 + (t2 >>> 16) + (h0 >>> 8) + ((h1 & 0xff) << 8);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  return hex4(h3) + hex4(h2) + hex4(h1) + hex4(h0);
}

const hex4 = (limb: number): string => limb.toString(16).padStart(4, '0');

/**
 * FNV-1a, 64-bit, over UTF-16 code units, as 16 hex digits. Pure and identical in Node and
 * browsers; used to detect that an article's clean text changed, not for security.
 */
export function contentHash(text: string): string {
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * prime) & mask;
  }
  return hash.toString(16).padStart(16, '0');
}

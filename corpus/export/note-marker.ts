/**
 * The printed marker for note n (1-based): ① … ⑳ (Unicode circled digits, which every CJK
 * font carries), then "(21)", "(22)", …: the circled forms above 20 (㉑…) are missing
 * from many fonts and hard to tell apart at footnote size.
 */
export function noteMarker(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`noteMarker: expected a positive integer, got ${n}`);
  if (n <= 20) return String.fromCodePoint(0x2460 + n - 1);
  return `(${n})`;
}

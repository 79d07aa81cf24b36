/**
 * Test-side view of a known extraction gap: Chromium (Skia) prints Noto/Source Han CJK text with
 * a ToUnicode map that names the Kangxi radical (U+2F00…) or CJK radical-supplement code point
 * (⻓ U+2ED3 …) for glyphs the font shares with the unified ideograph (一 U+4E00, 长 U+957F).
 * pdf.js reports those code points as they are; poppler folds them. Until the PDF extractor
 * folds them too, the format e2e compares through this fold and a separate `it.fails` row
 * records the gap, so the suite stays green and flips red when the gap is fixed.
 */
const SUPPLEMENT: Readonly<Record<string, string>> = {
  '⻅': '见', '⻉': '贝', '⻋': '车', '⻓': '长', '⻔': '门', '⻚': '页', '⻛': '风', '⻜': '飞',
  '⻢': '马', '⻥': '鱼', '⻦': '鸟', '⻩': '黄', '⻨': '麦', '⻬': '齐', '⻮': '齿', '⻰': '龙', '⻳': '龟',
};

/** Radical code points → the unified ideographs they stand for; every other character unchanged. */
export function foldRadicals(text: string): string {
  // Kangxi radicals have NFKC decompositions; applying NFKC per character leaves punctuation alone.
  return text.replace(/[\u2E80-\u2EF3\u2F00-\u2FD5]/gu, (c) => SUPPLEMENT[c] ?? c.normalize('NFKC'));
}

/** Whether text holds any radical code point (what a clean extraction never contains for prose). */
export const hasRadicals = (text: string): boolean => /[\u2E80-\u2EF3\u2F00-\u2FD5]/u.test(text);

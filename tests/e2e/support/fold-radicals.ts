/**
 * Chromium (Skia) prints Noto/Source Han CJK text with a ToUnicode map that names Kangxi radical
 * (U+2F00…) or CJK radical-supplement code points (⻓ U+2ED3 …) for glyphs the font shares with
 * the unified ideographs (一 U+4E00, 长 U+957F). The normalizer folds them (corpus/normalize/radicals.ts);
 * the e2e checks that none reach the reader.
 */

/** Whether text holds any radical code point (what a clean extraction never contains for prose). */
export function hasRadicals(text: string): boolean {
  return /[\u2E80-\u2EF3\u2F00-\u2FD5]/u.test(text);
}

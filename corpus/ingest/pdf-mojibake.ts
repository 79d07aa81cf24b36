/**
 * Detects text from fonts whose ToUnicode map is broken. The common case in Chinese PDFs: a
 * GBK/Big5 font whose codes are passed through as Latin-1, so every ideograph shows as two
 * accented letters (`¹ØÓÚ` for 关于). Real text in any language uses such letters sparingly
 * (a French page: a few per cent of its letters); mojibake is made of them. Private-use code
 * points and U+FFFD are glyphs with no character at all.
 */

/**
 * Latin-1 accented letters, where most GBK/Big5 bytes land when read as Latin-1 (lead bytes
 * 0xB0–0xF7). The signs of that block (`§ © ° ± ·`) are left out: reports use them for real.
 */
const HIGH_LATIN = /[\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF]/gu;
/** Runs of private-use code points (glyphs mapped to no character) or U+FFFD; a lone one is a bullet from a symbol font. */
const NO_CHARACTER = /[\uE000-\uF8FF\uFFFD]{3,}/gu;
const LETTERS = /[\p{L}\p{N}]/gu;
const PRIVATE_USE = /[\uE000-\uF8FF]/u;

export interface MojibakeVerdict {
  readonly garbled: boolean;
  /** Share of suspicious characters among letters, digits and ideographs (0…1). */
  readonly share: number;
  readonly suspicious: number;
}

/** Texts with fewer suspicious characters than this are never called garbled: one `é` in a name is fine. */
const MIN_SUSPICIOUS = 6;
/** Above this share of suspicious characters the text is mojibake. French has about 0.04, Vietnamese (mostly outside Latin-1) stays below 0.3. */
const MAX_SHARE = 0.4;

/** Judges one font's (or one document's) text. */
export function judgeMojibake(text: string): MojibakeVerdict {
  const high = text.match(HIGH_LATIN)?.length ?? 0;
  const none = (text.match(NO_CHARACTER) ?? []).reduce((sum, run) => sum + run.length, 0);
  const letters = (text.match(LETTERS)?.length ?? 0) + [...text].filter((c) => PRIVATE_USE.test(c) || c === '\uFFFD').length;
  const suspicious = high + none;
  const share = letters === 0 ? 0 : suspicious / letters;
  return { garbled: suspicious >= MIN_SUSPICIOUS && share > MAX_SHARE, share, suspicious };
}

/**
 * True when any font with enough text is garbled. Judging per font matters: one broken heading
 * font in an otherwise clean report would still put mojibake in front of the reader.
 */
export function hasMojibake(textByFont: ReadonlyMap<string, string>): boolean {
  for (const text of textByFont.values()) if (judgeMojibake(text).garbled) return true;
  return false;
}

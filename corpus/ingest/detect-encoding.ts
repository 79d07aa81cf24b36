import { analyse } from 'chardet';
import { err, ok, type Result } from '../model/result';
import { countControls, decodeWith, detectBom } from '../normalize/decode';

/** The encodings the importer decodes, by their WHATWG labels. */
export type DetectedEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5' | 'windows-1252';

export interface EncodingGuess {
  readonly encoding: DetectedEncoding;
  /** 0 … 1: how sure the detector is; below UNCERTAIN the text is not shown. */
  readonly confidence: number;
}

export type DecodeRefusal =
  | { readonly reason: 'empty' | 'binary' | 'undecodable'; readonly detail?: string }
  /** `detail` names the best guess, e.g. `big5?`. */
  | { readonly reason: 'encoding-uncertain'; readonly detail: string };

export interface DecodedBytes {
  readonly text: string;
  readonly encoding: DetectedEncoding;
}

/** Below this confidence the detector says "uncertain" rather than show possibly garbled text. */
export const UNCERTAIN = 0.5;
/** More than this share of control characters means the bytes are not text. */
const MAX_CONTROL_RATIO = 0.01;
/** A sample this long decides; the detector's cost stays bounded on a 20 MB file. */
const SAMPLE_BYTES = 64 * 1024;
/** With fewer non-ASCII characters than this, two CJK encodings cannot be told apart reliably. */
const MIN_EVIDENCE_CHARS = 12;

/** A declared charset (`<meta charset>`, HTTP, a caller) → our label; GB2312 and GBK are subsets of GB18030. */
export function encodingLabel(declared: string | undefined): DetectedEncoding | undefined {
  const label = declared?.trim().toLowerCase().replace(/^x-/, '');
  if (!label) return undefined;
  if (/^utf-?8$/.test(label)) return 'utf-8';
  if (/^utf-?16-?le$|^utf-?16$/.test(label)) return 'utf-16le';
  if (/^utf-?16-?be$/.test(label)) return 'utf-16be';
  if (/^(gb2312|gbk|gb18030|cp936|euc-cn|x-gbk|csgb2312)$/.test(label)) return 'gb18030';
  if (/^(big5|big5-hkscs|cn-big5|x-x-big5|cp950|csbig5)$/.test(label)) return 'big5';
  if (/^(windows-1252|iso-8859-1|latin1|us-ascii|ascii|cp1252)$/.test(label)) return 'windows-1252';
  return undefined;
}

/**
 * UTF-16 without a BOM: text with ASCII in it (digits, spaces, newlines) has a NUL in
 * every such code unit, all at odd positions (LE) or all at even ones (BE).
 */
function utf16ByNuls(bytes: Uint8Array): DetectedEncoding | undefined {
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const units = n / 2;
  if (odd / units >= 0.2 && even / units <= 0.02) return 'utf-16le';
  if (even / units >= 0.2 && odd / units <= 0.02) return 'utf-16be';
  return undefined;
}

/** Chinese sentence punctuation: correct decodings of Chinese prose are full of it; mojibake has almost none. */
const CJK_PUNCTUATION = new Set([...'，。、；：？！“”‘’（）《》【】…—']);

/**
 * How much a decoding reads like real text, from the blocks its non-ASCII characters fall
 * in: common Han ideographs, CJK and full-width punctuation, Latin letters count for it;
 * kana, bopomofo, Hangul, Greek/Cyrillic, box drawing, vertical forms, private-use and
 * compatibility ideographs — what GBK bytes read as Big5 (and the reverse) turn into —
 * count against it. O(length).
 */
export function plausibility(text: string): { readonly score: number; readonly evidence: number } {
  let plausible = 0;
  let implausible = 0;
  let punctuation = 0;
  let evidence = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) continue;
    evidence++;
    if (CJK_PUNCTUATION.has(ch)) punctuation++;
    if (
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0xff01 && c <= 0xff5e) ||
      (c >= 0x2010 && c <= 0x203a) ||
      (c >= 0xc0 && c <= 0xff) ||
      c === 0xb7
    )
      plausible++;
    else if (
      (c >= 0x80 && c <= 0x9f) ||
      (c >= 0x370 && c <= 0x4ff) ||
      (c >= 0x2500 && c <= 0x259f) ||
      (c >= 0x3040 && c <= 0x312f) ||
      (c >= 0xac00 && c <= 0xd7af) ||
      (c >= 0xe000 && c <= 0xf8ff) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe10 && c <= 0xfe6f) ||
      (c >= 0xff61 && c <= 0xff9f) ||
      c === 0xfffd
    )
      implausible++;
  }
  if (evidence === 0) return { score: 1, evidence };
  return { score: (plausible - 4 * implausible + punctuation) / evidence, evidence };
}

const CHARDET_NAMES: Readonly<Record<string, DetectedEncoding>> = {
  'UTF-8': 'utf-8',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
  GB18030: 'gb18030',
  Big5: 'big5',
  'ISO-8859-1': 'windows-1252',
  'windows-1252': 'windows-1252',
};

/**
 * The encoding of bytes without a BOM that are not UTF-8. chardet proposes and ranks the
 * candidates (its multi-byte recognisers count common characters); each candidate that
 * decodes strictly is then read back and scored for plausibility, which is what tells
 * GB18030 from Big5 (both byte streams are valid in the other). Confidence is the margin
 * between the best and the runner-up, and low when there is little text to judge.
 */
function rankLegacy(sample: Uint8Array, declared: DetectedEncoding | undefined): EncodingGuess {
  const ranked = analyse(sample);
  const chardetConfidence = new Map<DetectedEncoding, number>();
  for (const match of ranked) {
    const name = CHARDET_NAMES[match.name];
    if (name && !chardetConfidence.has(name)) chardetConfidence.set(name, match.confidence / 100);
  }
  const candidates = new Set<DetectedEncoding>(['gb18030', 'big5', ...chardetConfidence.keys()]);
  if (sample.length % 2 === 0) candidates.add('utf-16le').add('utf-16be');
  candidates.delete('utf-8');
  const scored = [...candidates]
    .flatMap((encoding) => {
      // A sample cut mid-character is malformed at its end only: ignore up to 3 trailing bytes.
      const text = decodeWith(encoding, sample) ?? decodeWith(encoding, sample.subarray(0, Math.max(0, sample.length - 3)));
      if (text === undefined) return [];
      const { score, evidence } = plausibility(text);
      const bonus = 0.2 * (chardetConfidence.get(encoding) ?? 0) + (encoding === declared ? 0.1 : 0);
      return [{ encoding, score: score + bonus, plain: score, evidence }];
    })
    .sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (!best) return { encoding: declared ?? 'gb18030', confidence: 0 };
  const second = scored[1];
  const margin = second ? best.score - second.score : 1;
  const evidence = Math.min(1, best.evidence / MIN_EVIDENCE_CHARS);
  const confidence = Math.max(0, Math.min(1, best.plain)) * Math.min(1, margin / 0.3) * evidence;
  return { encoding: best.encoding, confidence: Math.round(confidence * 100) / 100 };
}

/**
 * Which encoding the bytes are in. A BOM decides; then valid UTF-8 (a declared `gb2312`
 * that the bytes contradict loses: files 20 and 28 of the real corpus); then UTF-16 by
 * its NUL pattern; then chardet's candidates scored by plausibility. `declared` is a hint
 * that breaks near-ties, never more.
 */
export function detectEncoding(bytes: Uint8Array, declared?: string): EncodingGuess {
  const bom = detectBom(bytes);
  if (bom) return { encoding: bom.encoding, confidence: 1 };
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const utf16 = utf16ByNuls(sample);
  if (utf16) return { encoding: utf16, confidence: 0.95 };
  if (!sample.includes(0) && decodeWith('utf-8', bytes) !== undefined) return { encoding: 'utf-8', confidence: 1 };
  return rankLegacy(sample, encodingLabel(declared));
}

/**
 * Bytes → text, or why not. Empty and binary input are refused as `corpus/normalize`'s
 * decoder refuses them (no bytes or no text; NUL or more than 1 % control characters);
 * bytes that decode in no candidate are `undecodable`; a guess below UNCERTAIN is
 * `encoding-uncertain` with the guess in `detail`. The BOM is not part of the text.
 */
export function decodeBytes(bytes: Uint8Array, declared?: string): Result<DecodedBytes, DecodeRefusal> {
  if (bytes.length === 0) return err({ reason: 'empty' });
  const guess = detectEncoding(bytes, declared);
  const bom = detectBom(bytes);
  const body = bom ? bytes.subarray(bom.length) : bytes;
  if (!bom && !guess.encoding.startsWith('utf-16') && bytes.includes(0)) return err({ reason: 'binary', detail: 'NUL bytes' });
  const text = decodeWith(guess.encoding, body);
  if (text === undefined) return err({ reason: 'undecodable', detail: `malformed ${guess.encoding}` });
  if (text.trim().length === 0) return err({ reason: 'empty' });
  if (text.includes('\u0000')) return err({ reason: 'binary', detail: 'NUL characters' });
  const controls = countControls(text);
  if (controls / text.length > MAX_CONTROL_RATIO) return err({ reason: 'binary', detail: `${controls} control characters` });
  if (guess.confidence < UNCERTAIN) return err({ reason: 'encoding-uncertain', detail: `${guess.encoding}?` });
  return ok({ text, encoding: guess.encoding });
}

/** How far into an HTML file a `<meta charset>` may be found (the HTML standard's prescan reads 1024 bytes; saved pages put comments first). */
const CHARSET_PRESCAN_BYTES = 4096;

/**
 * The charset an HTML file declares (`<meta charset=…>` or `<meta http-equiv=Content-Type
 * content="…; charset=…">`) in its first bytes, read as ASCII; undefined when none. A
 * declaration is only a hint to detectEncoding: saved pages often declare what they are not.
 */
export function declaredHtmlCharset(bytes: Uint8Array): string | undefined {
  let head = '';
  for (const b of bytes.subarray(0, CHARSET_PRESCAN_BYTES)) head += b < 0x80 ? String.fromCharCode(b) : ' ';
  const m = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m?.[1];
}

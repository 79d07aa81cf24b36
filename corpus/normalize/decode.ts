import { err, ok, type Result } from '../model';
import { strictDecoder } from './text-decoder';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
}

/** More than this share of control characters means the bytes are not text. */
const MAX_CONTROL_RATIO = 0.01;

/**
 * Bytes → text. BOM first (UTF-8, UTF-16 LE/BE), then strict UTF-8, then GB18030 (a
 * superset of GBK/GB2312, how Chinese files that are not UTF-8 are usually saved).
 * Refuses empty input, binary data (NUL bytes or many control characters) and bytes that
 * are valid in neither encoding. The BOM is not part of the returned text.
 */
export function decodeText(bytes: Uint8Array): Result<DecodedText> {
  if (bytes.length === 0) return err('empty file: no bytes to read');
  const bom = detectBom(bytes);
  if (bom) return checked(decodeWith(bom.encoding, bytes.subarray(bom.length)), bom.encoding);
  // NUL never occurs in UTF-8 or GB18030 text; UTF-16 without a BOM is not guessed.
  if (bytes.includes(0)) return err('binary file: contains NUL bytes');
  const utf8 = decodeWith('utf-8', bytes);
  if (utf8 !== undefined) return checked(utf8, 'utf-8');
  const gb = decodeWith('gb18030', bytes);
  if (gb !== undefined) return checked(gb, 'gb18030');
  return err('undecodable text: not valid UTF-8 or GB18030');
}

/** The encoding a byte-order mark names, and its length. */
export function detectBom(bytes: Uint8Array): { encoding: TextEncodingName; length: number } | undefined {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** Strictly decodes `bytes` as `encoding` (a WHATWG label), or undefined when they are not valid in it. */
export function decodeWith(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return strictDecoder(encoding).decode(bytes);
  } catch {
    // A fatal decoder throws on malformed input: that only means "not this encoding".
    return undefined;
  }
}

function checked(text: string | undefined, encoding: TextEncodingName): Result<DecodedText> {
  if (text === undefined) return err(`undecodable text: malformed ${encoding}`);
  if (text.trim().length === 0) return err('empty file: no text after decoding');
  if (text.includes('\u0000')) return err('binary file: contains NUL characters');
  const controls = countControls(text);
  if (controls / text.length > MAX_CONTROL_RATIO) return err(`binary file: ${controls} control characters`);
  return ok({ text, encoding });
}

/** C0 controls other than tab, newline, form feed and carriage return, plus DEL. */
export function countControls(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) n++;
  }
  return n;
}

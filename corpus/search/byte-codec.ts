/**
 * Compact binary helpers for the n-gram index: unsigned LEB128 varints (exact up to 2^53,
 * using arithmetic rather than 32-bit bit operations) and base64, so the index can travel
 * inside JSON without Node's Buffer or the DOM's atob.
 */

/** A growable byte buffer that writes varints. */
export class ByteWriter {
  private bytes: Uint8Array;
  private used = 0;

  constructor(initialCapacity = 64) {
    this.bytes = new Uint8Array(Math.max(8, initialCapacity));
  }

  get length(): number {
    return this.used;
  }

  /** Appends an unsigned integer (0 ≤ n < 2^53) as a varint. */
  writeVarint(n: number): void {
    if (this.used + 8 > this.bytes.length) this.grow(8);
    let v = n;
    while (v >= 0x80) {
      this.bytes[this.used++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.bytes[this.used++] = v;
  }

  /** Appends raw bytes. */
  writeBytes(src: Uint8Array): void {
    if (this.used + src.length > this.bytes.length) this.grow(src.length);
    this.bytes.set(src, this.used);
    this.used += src.length;
  }

  /** The bytes written so far (a view, not a copy). */
  view(): Uint8Array {
    return this.bytes.subarray(0, this.used);
  }

  private grow(atLeast: number): void {
    const next = new Uint8Array(Math.max(this.bytes.length * 2, this.used + atLeast));
    next.set(this.bytes.subarray(0, this.used));
    this.bytes = next;
  }
}

/** Reads varints from a byte array; `pos` advances. Reading past the end yields NaN-free 0s. */
export class ByteReader {
  pos: number;

  constructor(
    readonly bytes: Uint8Array,
    start = 0,
  ) {
    this.pos = start;
  }

  readVarint(): number {
    let result = 0;
    let scale = 1;
    for (;;) {
      const b = this.bytes[this.pos++];
      if (b === undefined) return result;
      result += (b & 0x7f) * scale;
      if (b < 0x80) return result;
      scale *= 0x80;
    }
  }
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 with padding. O(n). */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 3 * 4096;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    let s = '';
    for (let i = start; i < end; i += 3) {
      const a = bytes[i] ?? 0;
      const b = bytes[i + 1] ?? 0;
      const c = bytes[i + 2] ?? 0;
      const n = (a << 16) | (b << 8) | c;
      s += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
      s += i + 1 < end ? ALPHABET[(n >> 6) & 63]! : '=';
      s += i + 2 < end ? ALPHABET[n & 63]! : '=';
    }
    parts.push(s);
  }
  return parts.join('');
}

let decodeTable: Int16Array | null = null;

function decodeTableOnce(): Int16Array {
  if (decodeTable) return decodeTable;
  const table = new Int16Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  decodeTable = table;
  return table;
}

/** Decodes standard base64; returns null on any character outside the alphabet. O(n). */
export function base64ToBytes(text: string): Uint8Array | null {
  if (text.length % 4 !== 0) return null;
  let pad = 0;
  if (text.endsWith('==')) pad = 2;
  else if (text.endsWith('=')) pad = 1;
  const DECODE = decodeTableOnce();
  const out = new Uint8Array((text.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    for (let k = 0; k < 4; k++) {
      const code = text.charCodeAt(i + k);
      const v = code === 61 ? 0 : code < 128 ? (DECODE[code] ?? -1) : -1;
      if (v < 0) return null;
      n = (n << 6) | v;
    }
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

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
  const codes = new Uint8Array(128);
  for (let i = 0; i < 64; i++) codes[i] = ALPHABET.charCodeAt(i);
  const parts: string[] = [];
  // Encode into a byte buffer and convert in chunks: string concatenation per character is
  // several times slower on multi-megabyte indexes.
  const CHUNK = 3 * 8192;
  const out = new Uint8Array((CHUNK / 3) * 4);
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    let o = 0;
    for (let i = start; i < end; i += 3) {
      const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
      out[o++] = codes[(n >> 18) & 63]!;
      out[o++] = codes[(n >> 12) & 63]!;
      out[o++] = i + 1 < end ? codes[(n >> 6) & 63]! : 61;
      out[o++] = i + 2 < end ? codes[n & 63]! : 61;
    }
    parts.push(String.fromCharCode(...out.subarray(0, o)));
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

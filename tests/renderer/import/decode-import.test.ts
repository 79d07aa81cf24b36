import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeImportBytes } from '../../../renderer/features/import/decode-import';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(import.meta.dirname, '../../fixtures/import', name)));
const utf16le = (s: string): Uint8Array => {
  const out = new Uint8Array(2 + s.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    out[2 + i * 2] = s.charCodeAt(i) & 0xff;
    out[3 + i * 2] = s.charCodeAt(i) >> 8;
  }
  return out;
};

describe('decodeImportBytes', () => {
  it.each<[string, Uint8Array, string, string]>([
    ['GB18030 by hand: 中文', new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]), '中文', 'gb18030'],
    ['GB18030 4-byte sequence (not in GBK)', new Uint8Array([0xd6, 0xd0, 0x95, 0x34, 0xb2, 0x35]), '中𠮷', 'gb18030'],
    ['UTF-8 without BOM', new TextEncoder().encode('中文'), '中文', 'utf-8'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('中文')]), '中文', 'utf-8'],
    ['UTF-16LE with BOM', utf16le('中文'), '中文', 'utf-16le'],
    ['UTF-16BE with BOM', new Uint8Array([0xfe, 0xff, 0x4e, 0x2d, 0x65, 0x87]), '中文', 'utf-16be'],
  ])('%s', (_name, bytes, text, encoding) => {
    expect(decodeImportBytes(bytes)).toEqual({ ok: true, value: { text, encoding } });
  });

  it.each<[string, Uint8Array, string]>([
    ['no bytes', new Uint8Array(), 'empty'],
    ['only whitespace', new TextEncoder().encode(' \n\t\n'), 'empty'],
    ['NUL bytes', new Uint8Array([0x41, 0x00, 0x42]), 'binary'],
    ['PNG under a .txt name', fixture('scan.txt'), 'binary'],
    ['many control characters', new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 2 ? 0x01 : 0x41))), 'binary'],
    ['invalid in UTF-8 and GB18030', new Uint8Array([0x41, 0xff, 0xff, 0xff, 0x42]), 'undecodable'],
  ])('refuses %s', (_name, bytes, reason) => {
    const result = decodeImportBytes(bytes);
    expect(result.ok ? 'ok' : result.error.reason).toBe(reason);
  });

  it('the GB18030 fixture really is GB18030 (中文 = D6 D0 CE C4 after "# ")', () => {
    const bytes = fixture('gb18030-briefing.txt');
    expect([...bytes.subarray(2, 6)]).toEqual([0xd6, 0xd0, 0xce, 0xc4]);
    const decoded = decodeImportBytes(bytes);
    expect(decoded.ok && decoded.value.encoding).toBe('gb18030');
    expect(decoded.ok && decoded.value.text).toContain('赣江新区数字经济发展');
    expect(decoded.ok && decoded.value.text).toContain('𠮷');
  });

  it('the UTF-16 fixture decodes', () => {
    const decoded = decodeImportBytes(fixture('utf16-briefing.txt'));
    expect(decoded.ok && decoded.value).toMatchObject({ encoding: 'utf-16le' });
  });
});

import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../corpus/normalize/decode';

const bytes = (...b: number[]): Uint8Array => new Uint8Array(b);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

// GB18030 bytes from the standard's table: 中文 = D6D0 CEC4, 赣江新区， = B8D3 BDAD D0C2 C7F8 A3AC,
// 😀 (U+1F600) = the four-byte sequence 9439 FC36.
const GB_ZHONGWEN = [0xd6, 0xd0, 0xce, 0xc4];
const GB_GANJIANG = [0xb8, 0xd3, 0xbd, 0xad, 0xd0, 0xc2, 0xc7, 0xf8, 0xa3, 0xac];
const GB_EMOJI = [0x94, 0x39, 0xfc, 0x36];

describe('decodeText', () => {
  it.each([
    ['UTF-8 without BOM', utf8('中文 10.8%'), '中文 10.8%', 'utf-8'],
    ['UTF-8 with BOM (BOM dropped)', bytes(0xef, 0xbb, 0xbf, ...utf8('中文')), '中文', 'utf-8'],
    ['UTF-16 LE with BOM', bytes(0xff, 0xfe, 0x2d, 0x4e, 0x87, 0x65), '中文', 'utf-16le'],
    ['UTF-16 BE with BOM', bytes(0xfe, 0xff, 0x4e, 0x2d, 0x65, 0x87), '中文', 'utf-16be'],
    ['GB18030 two-byte', bytes(...GB_ZHONGWEN), '中文', 'gb18030'],
    ['GB18030 with ASCII and full-width comma', bytes(...GB_GANJIANG, 0x35, 0x47), '赣江新区，5G', 'gb18030'],
    ['GB18030 four-byte sequence', bytes(...GB_ZHONGWEN, ...GB_EMOJI), '中文😀', 'gb18030'],
  ])('%s', (_name, input, text, encoding) => {
    expect(decodeText(input)).toEqual({ ok: true, value: { text, encoding } });
  });

  it.each([
    ['empty input', bytes(), /empty file/],
    ['only a BOM', bytes(0xef, 0xbb, 0xbf), /empty file/],
    ['whitespace only', utf8(' \n\n'), /empty file/],
    ['NUL bytes (binary)', bytes(0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a), /binary file: contains NUL/],
    ['many control characters', utf8('ab\u0001\u0002\u0003\u0004cd'), /binary file: 4 control characters/],
    ['valid in neither encoding', bytes(0xff, 0xff, 0xff, 0x80), /undecodable text/],
    ['UTF-16 LE BOM with an odd byte', bytes(0xff, 0xfe, 0x2d), /malformed utf-16le/],
  ])('refuses %s', (_name, input, message) => {
    const result = decodeText(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

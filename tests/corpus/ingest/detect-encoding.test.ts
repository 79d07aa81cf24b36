import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { declaredHtmlCharset, decodeBytes, detectEncoding, encodingLabel } from '../../../corpus/ingest/detect-encoding';

const dir = `${resolve(process.cwd(), '../shared/real-briefings')}/`;
const hasCorpus = existsSync(dir);

/**
 * An encoder for a legacy double-byte encoding, by inverting its decoder: every two-byte
 * sequence decoded with the platform's TextDecoder, the first byte sequence kept per
 * character. (TextEncoder only speaks UTF-8.)
 */
function legacyEncoder(label: string): (text: string) => Uint8Array {
  const decoder = new TextDecoder(label, { fatal: true });
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      try {
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (!table.has(ch)) table.set(ch, [lead, trail]);
      } catch {
        // Not a character in this encoding.
      }
    }
  }
  return (text) => {
    const out: number[] = [];
    for (const ch of text) {
      const code = ch.codePointAt(0) ?? 0;
      if (code < 0x80) out.push(code);
      else {
        const bytes = table.get(ch);
        if (!bytes) throw new Error(`${label} cannot encode ${ch}`);
        out.push(...bytes);
      }
    }
    return new Uint8Array(out);
  };
}

const big5 = legacyEncoder('big5');
const gbk = legacyEncoder('gbk');
const utf16 = (text: string, le: boolean, bom: boolean): Uint8Array => {
  const out: number[] = bom ? (le ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    out.push(...(le ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff]));
  }
  return new Uint8Array(out);
};
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Traditional: the lead of a real Hong Kong article (file 10 of the corpus), typed in here so the test runs without it. */
const TRADITIONAL =
  '曾經被視為前特首梁振英「愛將」的財政司司長陳茂波，今天發表林鄭月娥政府首份財政預算案，內容不乏中港合作項目，也有梁振英政策的延續。香港科技園主席為「梁粉」羅范淑芬。科技園在新一份預算案中，獲撥款100億元，用作科研基建及支援租戶發展創科，具體措施有待科技園公布。';
/** Simplified, written for this test (not from the corpus): a county weather notice. */
const SIMPLIFIED =
  '县气象台今天上午发布暴雨蓝色预警，预计未来十二小时内全县大部分乡镇将出现大到暴雨，局部地区伴有雷电和短时强降水。请各乡镇做好防范工作，加强对山洪、泥石流等地质灾害隐患点的巡查，必要时组织群众转移。';
const ENGLISH = 'The county weather office issued a blue rainstorm warning this morning.\n';

describe('decodeBytes: encodings', () => {
  it.each<[string, Uint8Array, string, string]>([
    ['UTF-8 without BOM', utf8(SIMPLIFIED), 'utf-8', SIMPLIFIED],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TRADITIONAL)]), 'utf-8', TRADITIONAL],
    ['UTF-16LE with BOM', utf16(SIMPLIFIED, true, true), 'utf-16le', SIMPLIFIED],
    ['UTF-16BE with BOM', utf16(TRADITIONAL, false, true), 'utf-16be', TRADITIONAL],
    ['UTF-16LE without BOM (ASCII)', utf16(ENGLISH, true, false), 'utf-16le', ENGLISH],
    ['UTF-16BE without BOM (ASCII)', utf16(ENGLISH, false, false), 'utf-16be', ENGLISH],
    ['UTF-16LE without BOM (Chinese, digits)', utf16(SIMPLIFIED, true, false), 'utf-16le', SIMPLIFIED],
    ['UTF-16BE without BOM (Chinese, digits)', utf16(TRADITIONAL, false, false), 'utf-16be', TRADITIONAL],
    ['GBK (Simplified)', gbk(SIMPLIFIED), 'gb18030', SIMPLIFIED],
    ['Big5 (Traditional)', big5(TRADITIONAL), 'big5', TRADITIONAL],
    ['GBK (Traditional characters in GBK)', gbk(TRADITIONAL), 'gb18030', TRADITIONAL],
    ['UTF-8 that declares gb2312', utf8(`<meta charset="gb2312">${SIMPLIFIED}`), 'utf-8', `<meta charset="gb2312">${SIMPLIFIED}`],
    ['plain ASCII', utf8(ENGLISH), 'utf-8', ENGLISH],
  ])('%s', (_name, bytes, encoding, text) => {
    const decoded = decodeBytes(bytes);
    expect(decoded).toEqual({ ok: true, value: { encoding, text } });
  });

  it('a Big5 file is not read as GB18030 even when it declares gb2312 (the declaration only breaks ties)', () => {
    expect(decodeBytes(big5(TRADITIONAL), 'gb2312')).toMatchObject({ ok: true, value: { encoding: 'big5' } });
  });
});

describe('decodeBytes: refusals', () => {
  const random = (seed: number, n: number): Uint8Array => {
    let x = seed;
    return Uint8Array.from({ length: n }, () => ((x = (x * 1103515245 + 12345) >>> 0) >>> 16) & 0xff);
  };
  it.each<[string, Uint8Array, string]>([
    ['no bytes', new Uint8Array(), 'empty'],
    ['only whitespace', utf8(' \n\t '), 'empty'],
    ['random bytes', random(7, 4096), 'binary'],
    ['a PNG header', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'binary'],
    ['control characters', utf8('a\u0001b\u0002c\u0003d\u0004'), 'binary'],
    // Four bytes, two Han characters in both GBK and Big5: there is no way to know which.
    ['4 ambiguous bytes', new Uint8Array([0xb0, 0xa1, 0xb0, 0xa2]), 'encoding-uncertain'],
  ])('%s → %s', (_name, bytes, reason) => {
    const decoded = decodeBytes(bytes);
    expect(decoded.ok ? 'ok' : decoded.error.reason).toBe(reason);
  });

  it('uncertain names its best guess', () => {
    const decoded = decodeBytes(new Uint8Array([0xb0, 0xa1, 0xb0, 0xa2]));
    expect(decoded.ok ? '' : decoded.error.detail).toMatch(/^(gb18030|big5)\?$/);
  });
});

describe('detectEncoding', () => {
  it.each([
    ['meta charset', '<html><head><meta charset="gb2312">', 'gb2312'],
    ['http-equiv', '<meta http-equiv="Content-Type" content="text/html; charset=GBK" />', 'GBK'],
    ['unquoted', '<META CHARSET=big5>', 'big5'],
    ['none', '<html><head><title>x</title>', undefined],
  ])('declaredHtmlCharset: %s', (_name, html, charset) => {
    expect(declaredHtmlCharset(utf8(html))).toBe(charset);
  });

  it('labels declared charsets', () => {
    expect([encodingLabel('GB2312'), encodingLabel('x-gbk'), encodingLabel('Big5-HKSCS'), encodingLabel('UTF8'), encodingLabel('koi8-r')]).toEqual([
      'gb18030',
      'gb18030',
      'big5',
      'utf-8',
      undefined,
    ]);
  });

  it('any Traditional sentence of 40+ characters in Big5 is detected as Big5, any Simplified one in GBK as GB18030', () => {
    const han = (chars: string) => fc.array(fc.constantFrom(...chars), { minLength: 40, maxLength: 120 }).map((a) => a.join(''));
    const tradChars = [...new Set(TRADITIONAL.replace(/[\p{ASCII}]/gu, ''))].join('');
    const simpChars = [...new Set(SIMPLIFIED.replace(/[\p{ASCII}]/gu, ''))].join('');
    fc.assert(
      fc.property(han(tradChars), (s) => detectEncoding(big5(s)).encoding === 'big5'),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(han(simpChars), (s) => detectEncoding(gbk(s)).encoding === 'gb18030'),
      { numRuns: 100 },
    );
  });
});

describe.skipIf(!hasCorpus)(`decodeBytes on the real corpus in ${dir} (skipped when absent)`, () => {
  it.each([
    ['04_hunan_fazhan_2011_annual_summary_gbk_pdfextract.txt', 'gb18030', '湖南发展'],
    ['12_wushi_huangshi_investment_fair_2021_gb2312.html', 'gb18030', '产业投资推介会'],
    ['03_policy_xiangcun_zhenxing_yijian_2018_bom.txt', 'utf-8', '乡村振兴'],
    ['20_netease_wuxi_jiangyin_expressway_2019_charset_mismatch.html', 'utf-8', '京沪高速'],
    ['28_qq_finance_data_industry_2019_charset_mismatch.html', 'utf-8', '数据业大整顿'],
    ['10_hkcnews_10420_hetao_innovation_budget_zh-Hant.md', 'utf-8', '陳茂波'],
  ])('%s → %s', (file, encoding, phrase) => {
    const decoded = decodeBytes(new Uint8Array(readFileSync(dir + file)), file.includes('gb2312') || file.includes('mismatch') ? 'gb2312' : undefined);
    expect(decoded.ok && decoded.value.encoding).toBe(encoding);
    expect(decoded.ok && decoded.value.text).toContain(phrase);
  });

  it('the Traditional article re-encoded as Big5 decodes back to the same text', () => {
    const text = readFileSync(`${dir}10_hkcnews_10420_hetao_innovation_budget_zh-Hant.md`, 'utf8');
    // Lines with characters Big5 lacks (an emoji, a rare name) cannot be re-encoded; the rest is most of the article.
    const encodable = text
      .split('\n')
      .filter((line) => {
        try {
          big5(line);
          return true;
        } catch {
          return false;
        }
      })
      .join('\n');
    expect(encodable.length).toBeGreaterThan(text.length / 2);
    expect(decodeBytes(big5(encodable))).toEqual({ ok: true, value: { encoding: 'big5', text: encodable } });
  });
});

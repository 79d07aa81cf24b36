import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textDocument } from '../../../corpus/ingest';
import { loadNodePdfJs } from '../../../build/report/node-pdf';
import { generateLongBriefing } from '../../../build/bench/long-briefing';
import { BENCH_LIMIT_CHARS } from '../../../build/bench/large-import-bench';
import { extractDocument } from '../../../renderer/features/import/extract/extract-document';
import { checkImportFile, sourceFromBytes } from '../../../renderer/features/import/import-file';
import { checkArticleLength, countTextChars, MAX_ARTICLE_CHARS, tooLongDetail } from '../../../renderer/features/import/import-limits';
import { refusalMessage } from '../../../renderer/features/import/refusal-message';
import { translator } from '../../../renderer/ui/i18n';
import { prepareImport } from '../../../renderer/features/import/prepare-import';

const REAL = resolve(import.meta.dirname, '../../../../shared/real-briefings');
const NODE_EXTRACT = { loadPdf: loadNodePdfJs };
const NOW = new Date('2026-12-01T00:00:00Z');

describe('MAX_ARTICLE_CHARS', () => {
  it('is the length `npm run bench` measures as the limit (build/ cannot import it)', () => {
    expect(BENCH_LIMIT_CHARS).toBe(MAX_ARTICLE_CHARS);
  });
});

describe('countTextChars', () => {
  it.each([
    { name: 'empty document', lines: [], chars: 0 },
    { name: 'Han characters and punctuation', lines: ['经济增长。'], chars: 5 },
    { name: 'spaces, tabs and ideographic spaces are not counted', lines: ['  经济\t增长\u3000。 '], chars: 5 },
    { name: 'blank lines count nothing', lines: ['一', '', '   ', '二'], chars: 2 },
    { name: 'ASCII words and digits count per character', lines: ['GDP 5.2%'], chars: 7 },
    { name: 'a character outside the BMP counts as two UTF-16 units', lines: ['𠮷'], chars: 2 },
  ])('$name', ({ lines, chars }) => {
    expect(countTextChars({ lines: lines.map((text) => ({ text })) })).toBe(chars);
  });

  it('does not change when whitespace is added anywhere (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), fc.array(fc.constantFrom(' ', '\t', '\u3000', '\u00a0')), (lines, spaces) => {
        const spaced = lines.map((text, i) => ({ text: `${spaces[i % Math.max(1, spaces.length)] ?? ''}${text}${spaces.join('')}` }));
        expect(countTextChars({ lines: spaced })).toBe(countTextChars({ lines: lines.map((text) => ({ text })) }));
      }),
    );
  });
});

describe('tooLongDetail', () => {
  it.each([
    { name: 'a 20 MB text', chars: 7_243_268, limit: 200_000, detail: '约 724 万字，超过 20 万字的上限' },
    { name: 'just over the limit keeps a decimal', chars: 212_345, limit: 200_000, detail: '约 21.2 万字，超过 20 万字的上限' },
    { name: 'a limit that is not whole 万', chars: 3_000_000, limit: 150_000, detail: '约 300 万字，超过 15 万字的上限' },
  ])('$name', ({ chars, limit, detail }) => {
    expect(tooLongDetail(chars, limit)).toBe(detail);
  });
});

describe('checkArticleLength', () => {
  const doc = (chars: number) => textDocument('经'.repeat(chars));
  it.each([
    { name: 'well under the limit', chars: 10, limit: 100, ok: true },
    { name: 'exactly at the limit', chars: 100, limit: 100, ok: true },
    { name: 'one over the limit', chars: 101, limit: 100, ok: false },
  ])('$name', ({ chars, limit, ok }) => {
    const checked = checkArticleLength(doc(chars), limit);
    expect(checked.ok).toBe(ok);
    if (!checked.ok) expect(checked.error).toEqual({ reason: 'too-long', detail: String(chars) });
  });

  it('refuses exactly the documents longer than the limit (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 30 }), { maxLength: 20 }), fc.nat({ max: 300 }), (lines, limit) => {
        const document = textDocument(lines.join('\n'));
        expect(checkArticleLength(document, limit).ok).toBe(countTextChars(document) <= limit);
      }),
    );
  });
});

describe('prepareImport with the length limit', () => {
  const encode = (text: string) => new TextEncoder().encode(text);

  it('refuses a generated 1 MB briefing (under the 20 MB byte limit) as too-large, with its length', async () => {
    const { text } = generateLongBriefing(1024 * 1024, 5);
    const bytes = encode(text);
    expect(checkImportFile({ name: 'long.txt', size: bytes.length }).ok).toBe(true);
    const result = await prepareImport(sourceFromBytes('long.txt', bytes), new Map(), NOW, NODE_EXTRACT);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.reason).toBe('too-long');
      expect(refusalMessage(translator('zh-CN'), result.error)).toMatch(/^文章太长（3\d\d,\d{3} 字，上限 200,000 字），阅读器无法流畅显示；请拆分后再导入$/);
      expect(refusalMessage(translator('en'), result.error)).toMatch(/^the text is too long to read smoothly \(3\d\d,\d{3} characters; the limit is 200,000\)/);
    }
  });

  it('imports a generated briefing just under the limit, with every paragraph', async () => {
    const briefing = generateLongBriefing(MAX_ARTICLE_CHARS * 2.6, 6);
    const document = textDocument(briefing.text);
    expect(countTextChars(document)).toBeLessThanOrEqual(MAX_ARTICLE_CHARS);
    expect(countTextChars(document)).toBeGreaterThan(MAX_ARTICLE_CHARS * 0.8);
    const result = await prepareImport(sourceFromBytes('near-limit.txt', encode(briefing.text)), new Map(), NOW, NODE_EXTRACT);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.blocks.filter((b) => b.kind === 'paragraph').length).toBeGreaterThanOrEqual(briefing.paragraphs);
      expect(result.value.blocks.at(-1)?.text).toBe(briefing.lastParagraph);
    }
  });
});

describe.skipIf(!existsSync(REAL))('the length limit on the real briefings', () => {
  const files = existsSync(REAL) ? readdirSync(REAL).filter((f) => /\.(txt|md|html|docx|pdf)$/.test(f)) : [];
  it('refuses none of them, with room to spare', async () => {
    const lengths: number[] = [];
    for (const name of files) {
      const format = checkImportFile({ name, size: 1 });
      if (!format.ok) continue;
      const extracted = await extractDocument(format.value, new Uint8Array(readFileSync(join(REAL, name))), NODE_EXTRACT);
      if (!extracted.ok) continue; // scanned, encrypted, garbled: refused for their own reason
      lengths.push(countTextChars(extracted.value));
      expect(checkArticleLength(extracted.value).ok, name).toBe(true);
    }
    expect(lengths.length).toBeGreaterThan(20);
    // Headroom: the longest real one (a fund's annual report PDF, about 5.2 万字) is under half of it.
    expect(Math.max(...lengths)).toBeLessThan(MAX_ARTICLE_CHARS / 2);
  }, 120_000);
});

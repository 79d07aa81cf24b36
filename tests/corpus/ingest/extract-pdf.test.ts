import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as legacy from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { extractPdfWith } from '../../../renderer/features/import/extract/extract-pdf';
import type { PdfJsEnvironment, PdfJsModule } from '../../../renderer/features/import/extract/pdf-js-types';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dir = path.resolve(repoRoot, '../shared/real-briefings');
const node: PdfJsEnvironment = {
  pdfjs: legacy as unknown as PdfJsModule,
  assets: { standardFontDataUrl: path.join(repoRoot, 'node_modules/pdfjs-dist/standard_fonts/') },
};

/** A minimal PDF written by hand: Helvetica text shown with `Td`/`Tj`, one content stream per page. */
function handWrittenPdf(pages: readonly string[], info = ''): Uint8Array {
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 4 + 2 * i);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  pages.forEach((content, i) => {
    objects[4 + 2 * i] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * i} 0 R >>`;
    objects[5 + 2 * i] = `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
  });
  const infoId = objects.length;
  objects[infoId] = `<< ${info} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = out.length;
    out += `${id} 0 obj\n${objects[id] ?? ''}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R /Info ${infoId} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

/** A page of the fixture: a running head, wrapped body lines at 12 pt, and a folio. */
const briefingPage = (n: number, body: readonly string[]): string =>
  [
    'BT /F1 9 Tf 72 760 Td (City Economy Briefing) Tj ET',
    ...body.map((line, i) => `BT /F1 12 Tf 72 ${700 - i * 16} Td (${line}) Tj ET`),
    `BT /F1 9 Tf 300 40 Td (- ${n} -) Tj ET`,
  ].join('\n');

describe('extractPdfWith on a hand-written PDF (not tuned on)', () => {
  const body = [
    'The city reported steady growth in the first quarter, with retail sales and',
    'industrial output both rising faster than the national average while the',
    'service sector kept adding jobs in every district of the metropolitan',
    'area.',
  ];
  const bytes = handWrittenPdf(
    [briefingPage(1, body), briefingPage(2, body), briefingPage(3, body)],
    "/Title (Quarterly Briefing) /CreationDate (D:20240105120000+08'00')",
  );

  it('rejoins wrapped English with spaces, removes the running head and folios, reads the info', async () => {
    const progress: number[] = [];
    const result = await extractPdfWith(node, bytes, { onPage: (done) => progress.push(done) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const doc = result.value;
    expect(doc.lines.map((l) => l.text)).toEqual(Array(3).fill(body.join(' ')));
    expect(doc.lines.map((l) => l.hint?.page)).toEqual([1, 2, 3]);
    expect(doc.removed.filter((r) => r.reason === 'running-header').map((r) => r.text)).toEqual(Array(3).fill('City Economy Briefing'));
    expect(doc.removed.filter((r) => r.reason === 'page-number').map((r) => r.text)).toEqual(['- 1 -', '- 2 -', '- 3 -']);
    expect(doc.meta).toEqual({ title: 'Quarterly Briefing', date: '2024-01-05' });
    expect(progress).toEqual([1, 2, 3]);
  });

  it('leaves the caller’s bytes intact (pdf.js may transfer its copy)', async () => {
    const before = bytes.length;
    await extractPdfWith(node, bytes);
    expect(bytes.length).toBe(before);
  });

  it.each([
    ['not a PDF', new TextEncoder().encode('hello, this is plain text')],
    ['a truncated PDF', bytes.slice(0, 200)],
  ])('refuses %s as corrupt', async (_name, input) => {
    const result = await extractPdfWith(node, input);
    expect(result.ok ? undefined : result.error.reason).toBe('corrupt');
  });

  it('refuses a page without text as scanned', async () => {
    const result = await extractPdfWith(node, handWrittenPdf(['0 0 m 100 100 l S']));
    expect(result.ok ? undefined : result.error.reason).toBe('pdf-scanned');
  });
});

interface Expected {
  readonly file: string;
  readonly title: string;
}

const squash = (s: string): string => s.replace(/\s+/gu, '');
const MOJIBAKE = /[\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF\uFFFD\uE000-\uF8FF]/u; // Latin-1 letters (not × ÷), U+FFFD, private use

describe.skipIf(!existsSync(dir))('extractPdfWith on ../shared/real-briefings (skipped when the folder is absent)', () => {
  const expected: Expected[] = existsSync(dir) ? (JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected[]) : [];
  const titleOf = (prefix: string): string => expected.find((e) => e.file.startsWith(prefix))?.title ?? '';
  const extract = (name: string, password?: string) => {
    const file = readdirPdf(name);
    return extractPdfWith(node, new Uint8Array(readFileSync(path.join(dir, file))), password === undefined ? {} : { password });
  };

  it.each([
    ['pdf_06', 'pdf-garbled'],
    ['pdf_07', 'pdf-garbled'],
    ['pdf_08', 'pdf-scanned'],
    ['pdf_09', 'pdf-encrypted'],
  ])('%s is refused: %s', async (name, reason) => {
    const result = await extract(name);
    expect(result.ok ? undefined : result.error.reason).toBe(reason);
  });

  it('pdf_09 opens with its user password, pdf_10 (owner password only) opens without one', async () => {
    const withPassword = await extract('pdf_09', 'abc');
    expect(withPassword.ok && withPassword.value.lines.map((l) => l.text)).toEqual(['Issue 6010']);
    const wrong = await extract('pdf_09', 'nope');
    expect(wrong.ok ? undefined : wrong.error).toEqual({ reason: 'pdf-encrypted', detail: 'incorrect password' });
    const owner = await extract('pdf_10');
    expect(owner.ok && owner.value.lines.map((l) => l.text)).toEqual(['Dummy PDF file']);
  });

  it.each([
    ['pdf_01', '人口性别比是指报告期末，男性人数与女性人数之比，通常用每 100 个女性人口相应有多少男性人口表示，下同。'],
    ['pdf_02', '宜春市2022年度考试录用公务员面试递补人员名单（71人）'],
    ['pdf_03', '公司在山西长治金刚线生产厂区采购电力的平均单价较青岛金刚线生产厂区采购电力的平均单价低'],
    ['pdf_04', '湖南发展集团股份有限公司 2011 年年度报告摘要'],
    ['pdf_05', '基金托管人中国银行股份有限公司根据本基金合同规定，于 2017 年 3 月 24 日复核了本报告中的财务指标'],
  ])('%s: title up front, no folios, no mojibake, a wrapped sentence whole', async (name, sentence) => {
    const result = await extract(name);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const lines = result.value.lines;
    expect(
      squash(
        lines
          .slice(0, 30)
          .map((l) => l.text)
          .join(''),
      ),
    ).toContain(squash(titleOf(name)));
    // Folios: no `第 N 页` / `- N -` line is left, and no page keeps a line that is just its own number.
    expect(lines.filter((l) => /^(第\s*\d+\s*页.*|-\s*\d+\s*-)$/u.test(l.text.trim()))).toEqual([]);
    expect(
      lines.filter(
        (l) =>
          l.text.trim() === String(l.hint?.page) &&
          l.hint?.table !== true &&
          !result.value.removed.some((r) => r.page === l.hint?.page && r.reason === 'page-number'),
      ),
    ).toEqual([]);
    expect(lines.filter((l) => MOJIBAKE.test(l.text))).toEqual([]);
    expect(lines.some((l) => l.text.includes(sentence))).toBe(true);
    expect(lines.every((l) => typeof l.hint?.page === 'number')).toBe(true);
  });

  it('pdf_05: the running header is removed on every page but the cover, and never left in the text', async () => {
    const result = await extract('pdf_05');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const header = '嘉实货币 2016 年年度报告';
    expect(result.value.lines.filter((l) => l.text === header)).toEqual([]);
    expect(result.value.removed.filter((r) => r.text === header && r.reason === 'running-header').length).toBeGreaterThanOrEqual(60);
  });

  it('pdf_03: the main column is read in order before the narrow sidebar, its title whole', async () => {
    const result = await extract('pdf_03');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const texts = result.value.lines.map((l) => l.text);
    const title = texts.findIndex((t) => squash(t) === squash(titleOf('pdf_03')));
    const points = ['投资要点', '事件：', '顺应下游需求扩张', '依托壶关低成本电价', '切割工艺的持续进步领先', '盈利预测与投资建议', '风险提示'].map((p) =>
      texts.findIndex((t) => t.startsWith(p)),
    );
    expect(title).toBeGreaterThanOrEqual(0);
    expect(points.every((p, i) => p > title && (i === 0 || p > (points[i - 1] ?? Infinity)))).toBe(true);
  });

  function readdirPdf(prefix: string): string {
    return `${expected.find((e) => e.file.startsWith(prefix))?.file ?? prefix}`;
  }
});

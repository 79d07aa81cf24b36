import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractDocx } from '../../../renderer/features/import/extract/extract-docx';
import { docxFile, storedZip } from '../../support/docx-fixture';

const zip = storedZip;

const para = (text: string, style?: string, bold = false): string =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const cell = (text: string): string => `<w:tc>${para(text)}</w:tc>`;

/** A minimal Word document (the shared fixture builder; `para` above stays local: it takes raw XML text on purpose). */
const docx = docxFile;

describe('extractDocx on generated documents', () => {
  it('headings, bold paragraphs, body text and table rows', async () => {
    const bytes = docx(
      [
        para('关于开展春季植树活动的通知', 'Heading1'),
        para('一、活动时间', 'Heading2'),
        para('三月十二日上午九时。'),
        para('二、注意事项', undefined, true),
        `<w:tbl><w:tr>${cell('组别')}${cell('地点')}</w:tr><w:tr>${cell('第一组')}${cell('东山公园')}</w:tr></w:tbl>`,
      ].join(''),
    );
    const result = await extractDocx(bytes);
    expect(result.ok && result.value.lines).toEqual([
      { text: '关于开展春季植树活动的通知', hint: { heading: 1, block: true } },
      { text: '一、活动时间', hint: { heading: 2, block: true } },
      { text: '三月十二日上午九时。', hint: { block: true } },
      { text: '二、注意事项', hint: { bold: true, block: true } },
      { text: '组别\t地点', hint: { table: true, block: true } },
      { text: '第一组\t东山公园', hint: { table: true, block: true } },
    ]);
    expect(result.ok && result.value.format).toBe('docx');
  });

  it('markup-looking text in a run stays text and nothing runs', async () => {
    const result = await extractDocx(docx(para('&lt;img src=x onerror=window.__pwned=1&gt;') + para('正文。')));
    expect(result.ok && result.value.lines.map((l) => l.text)).toEqual(['<img src=x onerror=window.__pwned=1>', '正文。']);
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
  });

  it('footnotes come at the end, without the back-link arrow mammoth adds', async () => {
    const body = '<w:p><w:r><w:t>正文有注。</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>';
    const result = await extractDocx(docx(body, '<w:footnote w:id="1"><w:p><w:r><w:t>注释的内容。</w:t></w:r></w:p></w:footnote>'));
    const texts = result.ok ? result.value.lines.map((l) => l.text) : [];
    expect(texts.at(-1)).toBe('注释的内容。');
    expect(texts.join('')).not.toContain('↑');
  });

  it('a document without text is empty', async () => {
    expect(await extractDocx(docx(para('') + para('   ')))).toEqual({ ok: false, error: { reason: 'empty' } });
  });
});

const dir = `${resolve(process.cwd(), '../shared/real-briefings')}/`;
const hasCorpus = existsSync(dir);

describe('extractDocx refuses what is not a Word document', () => {
  const random = (n: number): Uint8Array => {
    let x = 42;
    return Uint8Array.from({ length: n }, () => ((x = (x * 1103515245 + 12345) >>> 0) >>> 16) & 0xff);
  };
  it.each<[string, () => Uint8Array]>([
    ['random bytes', () => random(4000)],
    ['no bytes', () => new Uint8Array()],
    ['a PDF renamed .docx', () => new TextEncoder().encode('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n')],
    ['a zip without a Word document', () => zip({ 'hello.txt': '你好' })],
    ...(hasCorpus
      ? [
          ['a truncated real .docx', () => new Uint8Array(readFileSync(`${dir}docx_01_central_civil_service_exam_outline_2022.docx`)).slice(0, 9000)] as [
            string,
            () => Uint8Array,
          ],
        ]
      : []),
  ])('%s → corrupt', async (_name, bytes) => {
    const result = await extractDocx(bytes());
    expect(result.ok ? 'ok' : result.error.reason).toBe('corrupt');
    expect(result.ok ? '' : result.error.detail).toBeTruthy();
  });
});

const expected = hasCorpus ? (JSON.parse(readFileSync(`${dir}expected.json`, 'utf8')) as { file: string; title: string }[]) : [];
const key = (s: string): string => s.replace(/[\s\p{P}\p{S}]+/gu, '');
const report: string[] = [];

describe.skipIf(!hasCorpus)(`extractDocx on the real Word files in ${dir} (skipped when absent)`, () => {
  afterAll(() => console.log(['file | title within first N lines | lines | tables rows | ms', ...report].join('\n')));

  it.each([
    ['docx_01_central_civil_service_exam_outline_2022.docx', '行政职业能力测验主要包括常识判断、言语理解与表达'],
    ['docx_02_jiangxi_foreign_affairs_exam_outline_2022.docx', '本次共招录1个英语类职位'],
    ['docx_03_normal_major_accreditation_midterm_list_2022_tables.docx', '北京师范大学\t汉语言文学'],
    ['docx_04_nuclear_psr_standard_explanatory_note_2023.docx', '本标准来源于国家能源局2021年下达的能源行业核电标准制修订计划'],
  ])('%s', async (file, sentence) => {
    const started = performance.now();
    const result = await extractDocx(new Uint8Array(readFileSync(dir + file)));
    const ms = performance.now() - started;
    if (!result.ok) throw new Error(`${file}: ${result.error.reason} ${result.error.detail ?? ''}`);
    const lines = result.value.lines;
    const title = key(expected.find((e) => e.file === file)?.title ?? '');
    const within = [1, 2, 3, 4, 5, 6].find((n) =>
      key(
        lines
          .slice(0, n)
          .map((l) => l.text)
          .join(''),
      ).includes(title),
    );
    const rows = lines.filter((l) => l.hint?.table).length;
    report.push(`${file.slice(0, 44)} | ${within ?? 'NO'} | ${lines.length} | ${rows} | ${ms.toFixed(0)}`);
    expect(title.length).toBeGreaterThan(0);
    expect(within).toBeDefined();
    expect(lines.map((l) => l.text).join('\n')).toContain(sentence);
    if (file.includes('tables')) expect(rows).toBeGreaterThan(50);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitColumns } from '../../../corpus/ingest/pdf-columns';
import { assemblePdfDocument } from '../../../corpus/ingest/pdf-document';
import { buildLines } from '../../../corpus/ingest/pdf-lines';
import { pdfDate, pdfMeta } from '../../../corpus/ingest/pdf-meta';
import { judgeMojibake } from '../../../corpus/ingest/pdf-mojibake';
import { isPageNumber, removeRunningText } from '../../../corpus/ingest/pdf-running-text';
import type { PdfPageText, PdfTextItem } from '../../../corpus/ingest/pdf-text-item';

/** A run whose width is its character count × its size × `advance` (1 for CJK, about 0.5 for Latin). */
const run = (text: string, x: number, y: number, size = 10, advance = 1, extra: Partial<PdfTextItem> = {}): PdfTextItem => ({
  text,
  x,
  y,
  width: text.length * size * advance,
  size,
  font: 'f1',
  ...extra,
});

const page = (n: number, items: PdfTextItem[], height = 800): PdfPageText => ({ page: n, width: 600, height, items });
const texts = (pages: PdfPageText[]): string[] => {
  const result = assemblePdfDocument(pages);
  if (!result.ok) throw new Error(result.error.reason);
  return result.value.lines.map((l) => l.text);
};

describe('buildLines', () => {
  it.each([
    ['CJK runs on one baseline join without a space', [run('经济', 100, 500), run('增长', 120, 500)], ['经济增长']],
    [
      'a whitespace run between Latin words becomes one space',
      [run('Hello', 100, 500, 10, 0.5), run(' ', 125, 500, 10, 30), run('world', 128, 500, 10, 0.5)],
      ['Hello world'],
    ],
    ['a small gap between Latin runs is a space', [run('Hello', 100, 500, 10, 0.5), run('world', 128, 500, 10, 0.5)], ['Hello world']],
    ['a wide gap makes two chunks', [run('姓名', 100, 500), run('职位', 200, 500)], ['姓名', '职位']],
    ['baselines a little apart share a line', [run('上', 100, 500), run('下', 110, 501.5)], ['上下']],
  ])('%s', (_name, items, chunks) => {
    const { lines } = buildLines(items);
    expect(lines.flatMap((l) => l.chunks.map((c) => c.text))).toEqual(chunks);
  });

  it('takes a raised footnote mark out of the line and lists it', () => {
    const { lines, removed } = buildLines([run('常住人口', 100, 500), run('1', 140, 505, 6, 0.5), run('1761', 146, 500, 10, 0.5)]);
    expect(lines.map((l) => l.chunks.map((c) => c.text).join(''))).toEqual(['常住人口1761']);
    expect(removed).toEqual([{ text: '1', reason: 'footnote-mark' }]);
  });
});

describe('splitColumns', () => {
  it('reads a two-column page column by column, after the full-width title', () => {
    const items: PdfTextItem[] = [run('标题横跨两栏的一行很长的文字内容在这里结束了', 50, 760, 20)];
    for (let i = 0; i < 6; i++) {
      items.push(run(`左栏第${i}行的正文文字内容`, 50, 700 - i * 14));
      items.push(run(`右栏第${i}行的正文文字内容`, 320, 700 - i * 14));
    }
    const { lines } = buildLines(items);
    const order = splitColumns(lines).flatMap((f) => f.lines.map((l) => l.chunks.map((c) => c.text).join('')));
    expect(order[0]).toMatch(/^标题/);
    expect(order.slice(1, 7).every((t) => t.startsWith('左栏'))).toBe(true);
    expect(order.slice(7).every((t) => t.startsWith('右栏'))).toBe(true);
  });

  it('does not split a table of short aligned cells into columns', () => {
    const items: PdfTextItem[] = [];
    for (let i = 0; i < 8; i++) items.push(run(`${i}`, 50, 700 - i * 14), run('张三', 300, 700 - i * 14));
    const flows = splitColumns(buildLines(items).lines);
    expect(flows).toHaveLength(1);
  });
});

describe('running heads and page numbers', () => {
  it.each([
    ['3', true],
    ['- 3 -', true],
    ['第 3 页 共 62 页', true],
    ['第 1 页，共 5 页', true],
    ['Page 3 of 9', true],
    ['3/9', true],
    ['2016 年年度报告', false],
    ['一、总体要求', false],
  ])('isPageNumber(%j) is %s', (text, expected) => {
    expect(isPageNumber(text)).toBe(expected);
  });

  it('removes a header repeated on most pages and the folios, keeping body text', () => {
    const pages = [1, 2, 3, 4].map((n) =>
      page(n, [run('某某基金 2016 年年度报告', 400, 780, 9), run(`正文第${n}页的内容`, 80, 400), run(`第 ${n} 页 共 4 页`, 250, 40, 9)]),
    );
    const result = assemblePdfDocument(pages);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.lines.map((l) => l.text)).toEqual(['正文第1页的内容', '正文第2页的内容', '正文第3页的内容', '正文第4页的内容']);
    expect(result.value.removed.filter((r) => r.reason === 'running-header')).toHaveLength(4);
    expect(result.value.removed.filter((r) => r.reason === 'page-number').map((r) => r.page)).toEqual([1, 2, 3, 4]);
  });

  it('keeps a line that repeats only in the body', () => {
    const pages = [1, 2, 3].map((n) => page(n, [run('单位：万元', 80, 400), run(`数据${n}`, 80, 380)]));
    expect(texts(pages)).toContain('单位：万元');
    const { pages: kept } = removeRunningText(pages.map((p) => ({ page: p.page, height: p.height, lines: buildLines(p.items).lines })));
    expect(kept.every((p) => p.lines.length === 2)).toBe(true);
  });
});

describe('paragraphs', () => {
  /** A paragraph whose lines run to x = 500 except the last, then an indented second paragraph. */
  const paragraphs = (first: string[], second: string[]): PdfTextItem[] => {
    const items: PdfTextItem[] = [];
    let y = 600;
    for (const lines of [first, second])
      lines.forEach((text, i) => {
        const x = i === 0 ? 100 : 80;
        const last = i === lines.length - 1;
        items.push({ text, x, y, width: last ? text.length * 5 : 500 - x, size: 10, font: 'f1' });
        y -= 16;
      });
    return items;
  };

  it.each([
    [
      'Chinese wrapped at the margin is rejoined without a space',
      ['经济运行总体平稳，', '稳中有进，结构优化，', '就业形势稳定，', '物价温和。'],
      '经济运行总体平稳，稳中有进，结构优化，就业形势稳定，物价温和。',
    ],
    [
      'English wrapped at the margin is rejoined with a space',
      ['The economy grew', 'steadily this year', 'in all regions', 'of the country.'],
      'The economy grew steadily this year in all regions of the country.',
    ],
  ])('%s', (_name, source, expected) => {
    const result = assemblePdfDocument([page(1, paragraphs(source, ['下一段开始了，', '继续写。']))]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.lines.map((l) => l.text)).toEqual([expected, '下一段开始了，继续写。']);
    expect(result.value.lines.every((l) => l.hint?.block === true && l.hint.page === 1)).toBe(true);
  });

  it('marks table rows with tab-separated cells and large type as a heading', () => {
    const items = [
      run('年度报告', 100, 760, 24),
      run('正文的字号是十磅的正文文字', 80, 700),
      run('地区', 80, 660),
      run('人口', 200, 660),
      run('占比', 320, 660),
      run('福田', 80, 644),
      run('124.88', 200, 644, 10, 0.5),
      run('9.3%', 320, 644, 10, 0.5),
    ];
    const result = assemblePdfDocument([page(1, items)]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const lines = result.value.lines;
    expect(lines[0]).toMatchObject({ text: '年度报告', hint: { heading: 1, page: 1 } });
    expect(lines.filter((l) => l.hint?.table).map((l) => l.text)).toEqual(['地区\t人口\t占比', '福田\t124.88\t9.3%']);
  });
});

describe('refusals from the text layer', () => {
  it.each([
    ['no text at all (a scan)', [page(1, []), page(2, [run('   ', 10, 10)])], 'pdf-scanned'],
    ['GBK bytes read as Latin-1', [page(1, [run('¹ØÓÚºì¾ü×÷Õ½µÄÔ­Ôò', 80, 500), run('Ò»¾ÅÈýÆßÄê°ËÔÂÒ»ÈÕ', 80, 480)])], 'pdf-garbled'],
    ['glyphs mapped to private-use code points', [page(1, [run('\uE001\uE002\uE003\uE004\uE005\uE006\uE007', 80, 500)])], 'pdf-garbled'],
  ])('%s', (_name, pages, reason) => {
    const result = assemblePdfDocument(pages);
    expect(result.ok ? undefined : result.error.reason).toBe(reason);
  });

  it.each([
    ['French prose', "L'économie française a progressé de 0,9 % en 2023, portée par la consommation des ménages et l'été.", false],
    ['a Chinese report with § and °', '§1 重要提示 气温 25°C，增长 ±3%', false],
    ['one accented name in English', 'José Martí visited Beijing.', false],
    ['Latin-1 mojibake', 'È« ÊÀ ½ç ÎÞ ²ú Õß£¬Áª ºÏ Æð À´', true],
  ])('judgeMojibake: %s', (_name, text, garbled) => {
    expect(judgeMojibake(text).garbled).toBe(garbled);
  });

  it('a lone symbol-font bullet is removed and listed, not refused', () => {
    const result = assemblePdfDocument([page(1, [run('\uF06C', 70, 500), run('事件：公司签署协议。', 80, 500)])]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.lines.map((l) => l.text)).toEqual(['事件：公司签署协议。']);
    expect(result.value.removed).toContainEqual({ text: '\uF06C', reason: 'symbol-glyph', page: 1 });
  });
});

describe('pdfMeta', () => {
  it.each([
    [
      'a real title and date',
      { title: '2021 年深圳市社会性别统计报告', creationDate: "D:20221202092106+08'00'" },
      { title: '2021 年深圳市社会性别统计报告', date: '2022-12-02' },
    ],
    ['a Word placeholder title', { title: 'Microsoft Word - 报告.doc' }, {}],
    ['a file name as title', { title: '德邦证券-高测股份-220719.pdf' }, {}],
    ['a template key as title and a one-letter author', { title: 'gongGaoMingCheng', author: 'a' }, {}],
    ['an empty title', { title: '  ' }, {}],
    ['a mojibake title', { title: 'ºÚÌå±¨¸æÎÄ¼þ' }, {}],
    ['modification date when no creation date', { modDate: "D:20220719212540+08'00'" }, { date: '2022-07-19' }],
    ['XMP title preferred', { title: 'x', xmpTitle: 'Quarterly Briefing' }, { title: 'Quarterly Briefing' }],
  ])('%s', (_name, fields, expected) => {
    expect(pdfMeta(fields)).toEqual(expected);
  });

  it.each([
    ['D:20170328191634', '2017-03-28'],
    ['2019-05-01T10:00:00Z', '2019-05-01'],
    ['D:2017', '2017'],
    ['D:18000101', undefined],
    ['garbage', undefined],
  ])('pdfDate(%j) = %j', (input, expected) => {
    expect(pdfDate(input)).toBe(expected);
  });
});

describe('never invent, never lose', () => {
  const word = fc.string({ unit: fc.constantFrom(...'经济增长数据ABCdef123，。 '.split('')), minLength: 1, maxLength: 8 });
  const items = fc.array(
    fc.record({ text: word, x: fc.integer({ min: 20, max: 560 }), y: fc.integer({ min: 20, max: 780 }), size: fc.constantFrom(8, 10, 12, 20) }),
    { minLength: 1, maxLength: 40 },
  );
  const count = (s: string): Map<string, number> => {
    const m = new Map<string, number>();
    for (const c of s.replace(/\s/gu, '')) m.set(c, (m.get(c) ?? 0) + 1);
    return m;
  };

  it('every non-space character of the runs ends up in the lines or in removed, and nothing else does', () => {
    fc.assert(
      fc.property(items, (raw) => {
        const runs = raw.map((r) => ({ ...r, width: r.text.length * r.size * 0.8, font: 'f' }));
        const result = assemblePdfDocument([page(1, runs)]);
        if (!result.ok) return result.error.reason === 'pdf-scanned';
        const out = result.value.lines.map((l) => l.text).join('') + result.value.removed.map((r) => r.text).join('');
        expect(count(out)).toEqual(count(runs.map((r) => r.text).join('')));
        return true;
      }),
      { numRuns: 200 },
    );
  });
});

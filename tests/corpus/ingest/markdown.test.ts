import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { markdownDocument } from '../../../corpus/ingest/markdown';
import type { SourceLine } from '../../../corpus/ingest';

const texts = (md: string): string[] => markdownDocument(md).lines.map((l) => l.text);

describe('markdownDocument: blocks and hints', () => {
  it.each<[string, string, SourceLine[]]>([
    ['ATX heading', '## 一、总体要求', [{ text: '一、总体要求', hint: { heading: 2, block: true } }]],
    ['Setext heading', '关于做好春耕工作的通知\n===', [{ text: '关于做好春耕工作的通知', hint: { heading: 1, block: true } }]],
    ['Chinese soft break joins without a space', '第一行文字\n接着第二行。', [{ text: '第一行文字接着第二行。', hint: { block: true } }]],
    ['Latin soft break joins with a space', 'first line\nsecond line', [{ text: 'first line second line', hint: { block: true } }]],
    ['hard break splits without block', '前半句  \n后半句。', [{ text: '前半句' }, { text: '后半句。', hint: { block: true } }]],
    ['javascript link keeps its text only', '点击[这里](javascript:alert(1))查看。', [{ text: '点击这里查看。', hint: { block: true } }]],
    ['ordinary link keeps its text only', '见[通知](https://example.org/a)。', [{ text: '见通知。', hint: { block: true } }]],
    ['bold paragraph', '**一、压实防火责任**', [{ text: '一、压实防火责任', hint: { bold: true, block: true } }]],
    ['escaped pipe', '◎作者 \\| 张三', [{ text: '◎作者 | 张三', hint: { block: true } }]],
    [
      'fenced code stays lines of code',
      '```\nconst a = 1;\n  b();\n```\n紧跟的段落。',
      [
        { text: 'const a = 1;', hint: { code: true, block: true } },
        { text: '  b();', hint: { code: true, block: true } },
        { text: '紧跟的段落。', hint: { block: true } },
      ],
    ],
    [
      'nested lists',
      '- 上级\n  - 下级\n- 同级',
      [
        { text: '上级', hint: { list: true, block: true } },
        { text: '下级', hint: { list: true, block: true } },
        { text: '同级', hint: { list: true, block: true } },
      ],
    ],
    [
      'ordered list keeps its number',
      '1. 第一条\n2. 第二条',
      [
        { text: '1. 第一条', hint: { list: true, block: true } },
        { text: '2. 第二条', hint: { list: true, block: true } },
      ],
    ],
    ['block quote', '> 本报记者 王明', [{ text: '本报记者 王明', hint: { quote: true, block: true } }]],
    [
      'table rows',
      '| 指标 | 数值 |\n| --- | --- |\n| GDP | 3.2 |',
      [
        { text: '指标\t数值', hint: { table: true, block: true } },
        { text: 'GDP\t3.2', hint: { table: true, block: true } },
      ],
    ],
    ['image alone is its alt as a caption', '![会场全景](a.jpg)', [{ text: '会场全景', hint: { caption: true, block: true } }]],
    [
      'raw figure block → caption text',
      '<figure>\n<img src="x.png" alt="">\n<figcaption>图为会场。</figcaption>\n</figure>',
      [{ text: '图为会场。', hint: { caption: true, block: true } }],
    ],
    ['raw div wrapper → its text', '<div class="note">\n注意事项\n</div>', [{ text: '注意事项', hint: { block: true } }]],
    ['inline html tags dropped, text kept', '这是<span style="color:red">重点</span>内容。', [{ text: '这是重点内容。', hint: { block: true } }]],
    ['entities decoded in raw html', '<p>A &amp; B&nbsp;&lt;C&gt;</p>', [{ text: 'A & B <C>', hint: { block: true } }]],
  ])('%s', (_name, md, expected) => {
    expect(markdownDocument(md).lines).toEqual(expected);
  });

  it('script and style blocks show nothing and are listed as html', () => {
    const doc = markdownDocument('<script>alert(1)</script>\n\n<style>p{}</style>\n\n正文。');
    expect(doc.lines.map((l) => l.text)).toEqual(['正文。']);
    expect(doc.removed.map((r) => r.reason)).toEqual(['html', 'html']);
  });

  it('a thematic break is listed, not shown', () => {
    const doc = markdownDocument('甲\n\n---\n\n乙');
    expect(doc.lines.map((l) => l.text)).toEqual(['甲', '乙']);
    expect(doc.removed).toEqual([{ text: '---', reason: 'rule' }]);
  });
});

describe('markdownDocument: front matter', () => {
  it.each([
    ['at the top', '---\ntitle: 标题\n---\n正文'],
    ['after a BOM', '\uFEFF---\ntitle: 标题\n---\n正文'],
    ['after blank lines', '\n\n---\ntitle: 标题\n---\n正文'],
    ['closed with ...', '---\ntitle: 标题\n...\n正文'],
    ['blank lines between keys', '---\n\ntitle: 标题\n\nlayout: post\n\n---\n正文'],
  ])('%s', (_name, md) => {
    const doc = markdownDocument(md);
    expect(doc.meta.title).toBe('标题');
    expect(doc.lines.map((l) => l.text)).toEqual(['正文']);
    expect(doc.removed.every((r) => r.reason === 'front-matter')).toBe(true);
    expect(doc.removed.map((r) => r.text)).toContain('title: 标题');
  });

  it('maps fields: date, authors, source, language, description; tags ignored', () => {
    const doc = markdownDocument(
      '---\ntitle: "T"\ndate: 2025-03-18\nauthors: [甲, 乙]\npublisher: 某报\nlang: zh-CN\ndescription: 摘要\ntags: [a, b]\n---\n正文',
    );
    expect(doc.meta).toEqual({ title: 'T', date: '2025-03-18', authors: ['甲', '乙'], source: '某报', language: 'zh-CN', description: '摘要' });
  });

  it('an empty author is no author', () => {
    expect(markdownDocument('---\nauthor: ""\n---\n正文').meta.authors).toBeUndefined();
  });

  it('a document opening with a rule and prose is not front matter', () => {
    const doc = markdownDocument('---\n这不是 YAML: 而是: 正文: 的一部分\n---\n后文');
    expect(doc.meta).toEqual({});
  });
});

describe('markdownDocument: invariants', () => {
  it('never shows markup or link syntax from generated documents with links and raw html', () => {
    const word = fc.stringMatching(/^[一-龥a-z]{1,8}$/);
    const block = fc.oneof(
      word.map((w) => `[${w}](javascript:alert(1))`),
      word.map((w) => `<span onclick="x()">${w}</span>`),
      word.map((w) => `<div>\n${w}\n</div>`),
      word.map((w) => `**${w}**`),
      word.map((w) => `![${w}](x.png)`),
      word,
    );
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 8 }), (blocks) => {
        const lines = texts(blocks.join('\n\n'));
        return lines.every((l) => !/<[a-z/]|javascript:|\]\(|\*\*/.test(l));
      }),
    );
  });

  it('every output character of plain prose paragraphs comes from the source', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[一-龥，。a-z ]{1,30}$/), { minLength: 1, maxLength: 6 }), (paras) => {
        const md = paras.join('\n\n');
        const source = new Set(md);
        return texts(md).every((l) => [...l].every((ch) => source.has(ch)));
      }),
    );
  });
});

const dir = `${resolve(process.cwd(), '../shared/real-briefings')}/`;
const expected = existsSync(`${dir}expected.json`) ? (JSON.parse(readFileSync(`${dir}expected.json`, 'utf8')) as { file: string; title: string }[]) : [];
const key = (s: string): string => s.replace(/[\s\p{P}\p{S}]+/gu, '');
/** Markdown residue the issue counted: markup, link syntax, front matter keys, bare URLs. */
const RESIDUE = /<[a-z/!]|\]\(|^\s*(title|date|author|layout|tags):|https?:\/\//i;
const report: string[] = [];

describe.skipIf(!existsSync(dir))(`markdownDocument on the real Markdown files in ${dir} (skipped when absent)`, () => {
  afterAll(() => console.log(['file | title in first 3 | lines | removed | residue | ms', ...report].join('\n')));

  it.each([
    ['06_rmrb_20250318_shaanxi_energy_transition.md', '陕西能源产业链不断升级'],
    ['07_rmrb_20250317_xinhua_consumption_action_plan_policy.md', '促进工资性收入合理增长'],
    ['08_rmrb_20250318_heilongjiang_grain_yield.md', '连续15年居全国首位'],
    ['09_vista_shouguang_flood_2018.md', '香菜近30元一斤'],
    ['10_hkcnews_10420_hetao_innovation_budget_zh-Hant.md', '預留500億元予創科發展'],
    ['11_hkcnews_11430_gba_office_budget_zh-Hant.md', '其中約630萬元為人手開支'],
    ['30_rmrb_20250224_jiangsu_coastal_spatial_plan.md', '这是江苏首部海岸带及海洋空间规划'],
    ['31_zhenghedao_2019_china_economy_outlook.md', '保守估计全年累计增速将落至6.3%左右'],
  ])('%s', (file, sentence) => {
    const started = performance.now();
    const doc = markdownDocument(readFileSync(dir + file, 'utf8'));
    const ms = performance.now() - started;
    const title = expected.find((e) => e.file === file)?.title ?? '';
    const head = key(
      doc.lines
        .slice(0, 3)
        .map((l) => l.text)
        .join(''),
    );
    const found = key(title).length > 0 && (head.includes(key(title)) || key(doc.meta.title ?? '') === key(title));
    const residue = doc.lines.filter((l) => !l.hint?.code && RESIDUE.test(l.text));
    report.push(`${file.slice(0, 40)} | ${found ? 'yes' : 'NO'} | ${doc.lines.length} | ${doc.removed.length} | ${residue.length} | ${ms.toFixed(1)}`);
    expect(found).toBe(true);
    expect(doc.lines.map((l) => l.text).join('')).toContain(sentence);
    expect(residue.map((l) => l.text)).toEqual([]);
    expect(doc.removed.some((r) => r.reason === 'front-matter')).toBe(true);
  });
});

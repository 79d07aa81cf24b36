import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { residueReason, splitTrailingEditor } from '../../../corpus/normalize/editorial';
import { isNumberedHeading, numberingRank } from '../../../corpus/normalize/numbered-heading';
import { detectLanguage, languageFromTag } from '../../../corpus/normalize/language';
import { sentenceParagraphs, splitRunOn } from '../../../corpus/normalize/run-on';
import { foldRadicals } from '../../../corpus/normalize/radicals';
import { removeTandemRepeats } from '../../../corpus/normalize/repairs';

describe('editorial residue', () => {
  it.each([
    ['editor sign-off', '责任编辑：王明', 'editor'],
    ['bracketed editor', '（责任编辑： HN666）', 'editor'],
    ['Traditional editor', '責任編輯：陳大文', 'editor'],
    ['English web editor', '(Web editor: Hongyu, Bianji)', 'editor'],
    ['share bar', '分享到：', 'share'],
    ['QR prompt', '扫一扫在手机打开当前页', 'share'],
    ['print/close', '【打印本页】【关闭窗口】', 'page-control'],
    ['next article', '下一篇：常德市第二中学召开会议', 'navigation'],
    ['copyright', 'Copyright © 2019 当代商报 版权所有', 'copyright'],
    ['ICP number', '苏ICP备17065836号', 'copyright'],
    ['bare URL', 'https://www.hkcnews.com/article/10420', 'url'],
  ])('%s', (_name, line, reason) => expect(residueReason(line)).toBe(reason));

  it.each([
    ['a sentence about editors', '编辑部门表示，将进一步提高稿件质量。'],
    ['a sentence about sharing', '分享经济正在改变城市生活，数据显示增长迅速。'],
    ['a heading', '一、总体要求'],
  ])('content is kept: %s', (_name, line) => expect(residueReason(line)).toBeUndefined());

  it('splits an editor sign-off off the end of a paragraph, keeping the sentence', () => {
    expect(splitTrailingEditor('会议作出部署。（责任编辑：王明）')).toEqual(['会议作出部署。', '（责任编辑：王明）']);
    expect(splitTrailingEditor('会议作出部署。')).toBeUndefined();
  });
});

describe('numbered headings (national conventions, any issuer)', () => {
  it.each([
    ['第一章 总则', 1, true],
    ['一、新时代实施乡村振兴战略的重大意义', 3, true],
    ['（一）重大意义', 4, true],
    ['(二)总体要求', 4, true],
    ['1. 工业生产稳中有升', 5, true],
    ['3、加强组织领导', 5, true],
    ['（1）坚持党的领导', 6, true],
    ['（一）加快建设。各地要结合实际推进。', 4, false],
    ['一、', undefined, false],
    ['2024年，赣江新区', undefined, false],
    ['10.8%的增速', undefined, false],
  ])('%s → rank %s, heading %s', (text, rank, heading) => {
    expect(numberingRank(text)).toBe(rank);
    expect(isNumberedHeading(text)).toBe(heading);
  });
});

describe('language', () => {
  it.each([
    ['Simplified', '赣江新区发展数字经济，取得了积极成效。', 'zh-Hans'],
    ['Traditional', '延續梁振英政策，陳茂波撥二百億河套區創科工程未提具體設施。', 'zh-Hant'],
    ['English', 'Suining, an important town located in the central part of southwest China.', 'en'],
    ['English with a Chinese name', 'The city of 遂宁 has sped up its transformation as a hub linking Chengdu and Chongqing.', 'en'],
  ])('%s', (_name, text, lang) => expect(detectLanguage(text)).toBe(lang));

  it.each([
    ['zh-TW', 'zh-Hant'],
    ['zh_HK', 'zh-Hant'],
    ['zh-CN', 'zh-Hans'],
    ['en-US', 'en'],
    ['zh', undefined],
  ])('tag %s', (tag, lang) => expect(languageFromTag(tag)).toBe(lang));
});

describe('run-on text is cut, never lost', () => {
  const squash = (s: string): string => s.replace(/\s+/g, '');

  it('sentence paragraphs concatenate back to the text (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('经济', '增长', '。', '！', ' ', 'The', ' City', '.', '54.1', 'billion', '”', 'A'), { maxLength: 400 }), (parts) => {
        const text = parts.join('');
        expect(squash(sentenceParagraphs(text).join(''))).toBe(squash(text));
      }),
    );
  });

  it('keeps a decimal number inside a sentence (54.1 billion)', () => {
    const text = `${'The vibrant business vibe in Wenzhou is a sign of momentum. '.repeat(10)}Despite the pandemic, exports reached 54.1 billion yuan, a growth of 8.6 percent. The end.`;
    expect(squash(sentenceParagraphs(text).join(''))).toBe(squash(text));
    expect(sentenceParagraphs(text).join(' ')).toContain('54.1 billion yuan');
  });

  it('a flattened English page: navigation and widgets removed (listed), headline, credit and body kept', () => {
    const headline = 'City of entrepreneurs: Wenzhou, centre of the private economy';
    const body = 'In the year of 1131, merchants arrived. '.repeat(40);
    const line = `${headline} - Example Daily Home World Business English >> ${headline} By Kou Jie ( Example Daily ) 11:22, October 28, 2020 ${body}(Web editor: A, B) Most Read 1 Other story`;
    const parts = splitRunOn(line, 1)!;
    expect(parts[0]).toEqual({ text: `${headline} - Example Daily Home World Business English >>`, removed: 'navigation' });
    expect(parts[1]).toEqual({ text: headline });
    expect(parts[2]!.text).toBe('By Kou Jie ( Example Daily ) 11:22, October 28, 2020');
    expect(parts.at(-1)).toEqual({ text: '(Web editor: A, B) Most Read 1 Other story', removed: 'residue' });
    expect(squash(parts.map((p) => p.text).join(''))).toBe(squash(line));
  });

  it('a one-line Chinese dump: the headline glued to the byline and body', () => {
    const line = `某市一季度经济运行稳中向好 本报记者 王明 ${'今年一季度，全市地区生产总值同比增长5.2%，工业生产稳中有升。'.repeat(40)}`;
    const parts = splitRunOn(line, 1)!;
    expect(parts[0]).toEqual({ text: '某市一季度经济运行稳中向好' });
    expect(parts[1]).toEqual({ text: '本报记者 王明' });
    expect(squash(parts.map((p) => p.text).join(''))).toBe(squash(line));
  });

  it('ordinary files are not run-on text', () => {
    expect(splitRunOn('短的一行。', 1)).toBeUndefined();
    expect(splitRunOn('很长的一行。'.repeat(400), 10)).toBeUndefined();
  });
});

describe('radical code points from PDF fonts', () => {
  it.each([
    ['Kangxi one and go', '⼀季度⾏业', '一季度行业'],
    ['supplement long and see', '⻓江⻅闻', '长江见闻'],
    ['ordinary text unchanged', '一季度行业长江', '一季度行业长江'],
  ])('%s', (_name, text, folded) => expect(foldRadicals(text)).toBe(folded));

  it('is length-preserving (offsets into the line stay valid)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('⼀', '⾏', '⻓', '经', 'a', '。') }), (s) => {
        expect(foldRadicals(s)).toHaveLength(s.length);
      }),
    );
  });
});

describe('phrases printed twice (an OCR defect) versus text that repeats on purpose', () => {
  it.each([
    ['an OCR doubling is removed', '已掌握多项核心技术与模式，已掌握多项核心技术与模式，已掌握多项专利。', '已掌握多项核心技术与模式，已掌握多项专利。'],
    ['an enumeration keeps its items', '包括：1名高级政务主任、1名政务主任、1名高级行政主任。', '包括：1名高级政务主任、1名政务主任、1名高级行政主任。'],
    ['table cells keep their words', '项目\t已实现部分\t未实现部分\t未分配利润合计', '项目\t已实现部分\t未实现部分\t未分配利润合计'],
  ])('%s', (_name, line, expected) => expect(removeTandemRepeats(line).text).toBe(expected));
});

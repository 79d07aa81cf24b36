import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures, scanFigures, type FigureKind } from '../../../corpus/figures';
import { normalizeArticle } from '../../../corpus/normalize';

type Seen = readonly [raw: string, value: number, unit: string, kind: FigureKind];
const seen = (text: string): Seen[] => scanFigures(text).map((m) => [m.raw, m.value, m.unit, m.kind] as const);

describe('durations, deadlines and reference periods are told apart', () => {
  it.each<readonly [string, string, readonly Seen[]]>([
    ['十年时间 is a duration', '十年时间，南昌市青山湖区', [['十年', 10, '年', 'duration']]],
    [
      'N年内 is a deadline',
      '力争两年内突破，3年内将有近万人',
      [
        ['两年', 2, '年', 'deadline'],
        ['3年', 3, '年', 'deadline'],
        ['近万人', 10_000, '万人', 'quantity'],
      ],
    ],
    ['到 + year is a deadline', '力争到2025年实现', [['2025年', 2025, '年', 'deadline']]],
    ['截至 + year is a reference date', '截至2024年底', [['2024年', 2024, '年', 'reference-period']]],
    ['近三年 is a reference period', '从近三年青山湖区科技支出看', [['三年', 3, '年', 'reference-period']]],
    ['过去五年 is a reference period', '过去五年，全省', [['五年', 5, '年', 'reference-period']]],
    ['过去的一年 is a reference period', '过去的一年，全省', [['一年', 1, '年', 'reference-period']]],
    ['在不到2年里 frames the figures in it', '在不到2年里落地', [['2年', 2, '年', 'reference-period']]],
    ['十年来 is a reference period', '十年来，新区', [['十年', 10, '年', 'reference-period']]],
    ['连续两年 is a reference period', '连续两年获此殊荣', [['两年', 2, '年', 'reference-period']]],
    ['近 after a verb is "nearly"', '历时近3年建成', [['3年', 3, '年', 'duration']]],
    ['提前3天 is a lead time', '提前3天预警', [['3天', 3, '天', 'duration']]],
    ['within two years', 'to be built within two years', [['two years', 2, 'years', 'deadline']]],
    ['over the past five years', 'over the past five years', [['five years', 5, 'years', 'reference-period']]],
    ['10 years ago', 'adopted 10 years ago', [['10 years', 10, 'years', 'reference-period']]],
    ['more than 10 years', 'After more than 10 years of exploration', [['10 years', 10, 'years', 'duration']]],
    ['by + year', 'by 2025 the city will', [['2025', 2025, '年', 'deadline']]],
  ])('%s', (_name, text, expected) => {
    expect(seen(text)).toEqual(expected);
  });

  it.each<readonly [string, string]>([
    ['rhetoric: a span as a topic', '十年，是一个时间刻度'],
    ['a programme named by its span', '实施优化消费环境三年行动'],
    ['a fiscal year', '2018-19年的开支'],
  ])('%s is not a figure at all', (_name, text) => {
    expect(seen(text)).toEqual([]);
  });

  it('key figures keep quantities and durations and leave deadlines and reference periods out', () => {
    const { article } = normalizeArticle({
      fileName: 'kinds.txt',
      origin: 'imported',
      text: '标题\n\n十年时间，新区投资100亿元。力争两年内突破千亿元，近三年增长明显。',
    });
    expect(extractFigures(article).map((f) => [f.raw, f.kind])).toEqual([
      ['十年', 'duration'],
      ['100亿元', 'quantity'],
      ['千亿元', 'quantity'],
    ]);
  });
});

describe('units from the principled list', () => {
  it.each<readonly [string, string, readonly (readonly [string, number, string])[]]>([
    ['起 counts cases', '已处理侵权案件8起', [['8起', 8, '起']]],
    ['门 counts courses', '18门热门视频剪辑课程', [['18门', 18, '门']]],
    ['帧 counts frames', '直接生成204帧', [['204帧', 204, '帧']]],
    ['升 and a range', '容量500升至2000升', [['500升至2000升', 500, '升']]],
    ['只 counts vessels', '14只流动罐', [['14只', 14, '只']]],
    ['万千瓦 compound', '装机规模突破1500万千瓦', [['1500万千瓦', 15_000_000, '万千瓦']]],
    ['亿美元 compound', '利用外资7亿美元', [['7亿美元', 700_000_000, '亿美元']]],
    ['万吨标准煤', '节约20万吨标准煤', [['20万吨标准煤', 200_000, '万吨标准煤']]],
    ['per-mille', '人口自然增长率8‰', [['8‰', 8, '‰']]],
    ['个百分点', '提高2个百分点', [['2个百分点', 2, '个百分点']]],
    [
      'a Latin symbol',
      '新建10km管网和300MW光伏',
      [
        ['10km', 10, '公里'],
        ['300MW', 300, '兆瓦'],
      ],
    ],
    ['a rate unit', '总流量达到85立方米/秒', [['85立方米/秒', 85, '立方米/秒']]],
    [
      'Traditional 萬 and 億',
      '撥款100億元，津貼12萬元',
      [
        ['100億元', 10_000_000_000, '亿元'],
        ['12萬元', 120_000, '万元'],
      ],
    ],
    [
      'Traditional 個 and 兩',
      '兩個辦公室設有13個職位',
      [
        ['兩個', 2, '个'],
        ['13個', 13, '个'],
      ],
    ],
    ['HK $ before 萬', '首年開支$1350萬', [['$1350萬', 13_500_000, '万港元']]],
    ['a Chinese numeral with a magnitude', '撥二百億', [['二百億', 20_000_000_000, '亿']]],
    ['一 with a unit of measurement', '投资一亿元', [['一亿元', 100_000_000, '亿元']]],
    ['一 after 仅', '仅一家企业', [['一家', 1, '家']]],
    [
      '一年 as a real duration',
      '仅仅一年的赣江新区，不到一年的时间',
      [
        ['一年', 1, '年'],
        ['一年', 1, '年'],
      ],
    ],
    [
      'English amounts and counts',
      'raised $2.3 billion, up 15 percent, hiring 1,200 workers',
      [
        ['$2.3 billion', 2_300_000_000, '$ billion'],
        ['15 percent', 15, '%'],
        ['1,200', 1200, ''],
      ],
    ],
    ['English yuan', 'GDP reached 134.57 billion yuan', [['134.57 billion yuan', 134_570_000_000, 'billion yuan']]],
    ['an English age', 'Fifty-nine-year-old Zhang', [['Fifty-nine-year-old', 59, 'years old']]],
    ['a price: 一斤 is its denominator', '香菜近30元一斤', [['30元', 30, '元']]],
  ])('%s', (_name, text, expected) => {
    expect(scanFigures(text).map((m) => [m.raw, m.value, m.unit])).toEqual(expected);
  });

  it.each<readonly [string, string]>([
    ['a title in 《》', '《关于支持网络微短剧产业高质量发展的十条措施》'],
    ['a quoted document title', '印发“促进消费二十条”'],
    ['二次 is secondary, not a count', '减少企业二次培训成本'],
    ['第二', '第二个国家级新区'],
    ['一 as "a"', '一起攻关，一定，一些，进一步，统一分发，一体化，一次次，一幢幢'],
    ['a rate denominator after 每', '每一斤'],
    ['四处 and 三门峡 are words', '四处奔波，三门峡市'],
    ['round magnitudes are names or words', '千万吨粮食产能提升计划，千万不要，十万火急'],
    ['Chinese-numeral 方 and 度', '四方，一度'],
    ['codes', '5G基站，540P分辨率，RC14001认证'],
    ['English dates, ordinals, ranks, labels', 'On October 16, at 13:00, the 10th plenary, Top 10, Line 3, one of them'],
    ['a Five-Year Plan', 'the 14th Five-Year Plan'],
  ])('%s is not a figure', (_name, text) => {
    expect(scanFigures(text)).toEqual([]);
  });
});

describe('scanFigures invariants', () => {
  const pieces = fc.constantFrom(
    '增长',
    '10.8%',
    '3年内',
    '近三年',
    '1,200 workers',
    '《十条措施》',
    '“三个走前列”',
    '两名',
    '億元',
    '12',
    '，',
    '。',
    ' ',
    '一',
    '万',
    'percent',
    '$',
    '十年时间',
    '第',
    '500升',
    '2025年',
  );
  const texts = fc.array(pieces, { maxLength: 30 }).map((a) => a.join(''));

  it('every match is the raw text at its offsets, in order and without overlap', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const found = scanFigures(text);
        found.forEach((m, i) => {
          expect(text.slice(m.start, m.end)).toBe(m.raw);
          if (i > 0) expect(m.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('full-width digits and signs give the same figures as ASCII', () => {
    const toFullWidth = (s: string): string => s.replace(/[0-9%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(texts, (text) => {
        const project = (t: string) => scanFigures(t).map((m) => [m.start, m.end, m.value, m.unit, m.kind]);
        expect(project(toFullWidth(text))).toEqual(project(text));
      }),
      { numRuns: 300 },
    );
  });
});

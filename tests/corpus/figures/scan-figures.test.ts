import { describe, expect, it } from 'vitest';
import { scanFigures, type FigureMatch } from '../../../corpus/figures';

/** The parts of a match a row checks: raw text, value and unit, plus extras when given. */
type Row = readonly [name: string, text: string, expected: readonly (readonly [raw: string, value: number, unit: string])[]];

const project = (m: FigureMatch): readonly [string, number, string] => [m.raw, m.value, m.unit];

describe('scanFigures: what is a figure', () => {
  it.each<Row>([
    ['percent after 同比增长', '规上工业增加值同比增长10.8%，', [['10.8%', 10.8, '%']]],
    ['亿元 scales the value, keeps the unit', '达1188亿元', [['1188亿元', 118_800_000_000, '亿元']]],
    [
      '万元 with decimals',
      '科技支出分别为616.98万元、1826.38万元',
      [
        ['616.98万元', 6_169_800, '万元'],
        ['1826.38万元', 18_263_800, '万元'],
      ],
    ],
    ['thousands separator', '营业收入1,234.5万元', [['1,234.5万元', 12_345_000, '万元']]],
    ['full-width digits and percent', '增长１０．８％', [['１０．８％', 10.8, '%']]],
    [
      'full-width comma is a list, not thousands',
      '分别增长8.5%，9%以上',
      [
        ['8.5%', 8.5, '%'],
        ['9%', 9, '%'],
      ],
    ],
    ['count with a classifier', '用24项重点改革', [['24项', 24, '项']]],
    ['万 + area unit', '这座1.43万平方米的产业地标', [['1.43万平方米', 14_300, '万平方米']]],
    ['㎡ normalized', '施划斑马线1050㎡', [['1050㎡', 1050, '平方米']]],
    ['千米 is a unit, not 千 × 米', '新建道路5千米', [['5千米', 5, '公里']]],
    ['个百分点 wins over 个', '提高2.5个百分点', [['2.5个百分点', 2.5, '个百分点']]],
    ['个工作日 wins over 个', '备案初审3个工作日', [['3个工作日', 3, '个工作日']]],
    ['名 counts people', '组建16名“剧管家”', [['16名', 16, '人']]],
    [
      '多 and 余 are part of the figure',
      '50多所高校，190余个课时',
      [
        ['50多所', 50, '所'],
        ['190余个课时', 190, '课时'],
      ],
    ],
    ['多 before a magnitude', '总储水能力达3000多万立方米', [['3000多万立方米', 30_000_000, '万立方米']]],
    ['万人 from 万 + 人', '年接待游客3.5万人次', [['3.5万人次', 35_000, '万人次']]],
    ['range with units on both ends', '增速保持在10%-15%之间', [['10%-15%', 10, '%']]],
    ['range with the unit once', '每年新增10-15家', [['10-15家', 10, '家']]],
    ['range with 至', '5至10分钟生活圈', [['5至10分钟', 5, '分钟']]],
    ['Chinese numeral count', '建立三项工作机制', [['三项', 3, '项']]],
    ['Chinese 十八个', '共有十八个片区', [['十八个', 18, '个']]],
    ['Chinese 两倍', '产值翻了两倍', [['两倍', 2, '倍']]],
    ['三成 is 30%', '近三成企业', [['三成', 30, '%']]],
    ['百分之 in words', '占百分之三十', [['百分之三十', 30, '%']]],
    [
      'Chinese hundreds and thousands',
      '一千二百家企业和三百零五个项目',
      [
        ['一千二百家', 1200, '家'],
        ['三百零五个', 305, '个'],
      ],
    ],
    ['Chinese magnitude keeps unit', '三百万元', [['三百万元', 3_000_000, '万元']]],
    ['duration that is not a year', '实现15年安全运行', [['15年', 15, '年']]],
    [
      'N大 counts areas',
      '聚焦6大领域18项重点任务',
      [
        ['6大', 6, '个'],
        ['18项', 18, '项'],
      ],
    ],
    [
      'bare magnitude after a qualifier',
      '价值过亿，挽回损失近亿元',
      [
        ['过亿', 1e8, '亿'],
        ['近亿元', 1e8, '亿元'],
      ],
    ],
    ['Arabic bare magnitude', '圆1.6万户', [['1.6万户', 16_000, '万户']]],
    [
      'fractions read as percentages',
      '约三分之二的企业，3分之1的农户',
      [
        ['三分之二', 66.6666666667, '%'],
        ['3分之1', 33.3333333333, '%'],
      ],
    ],
    [
      '一半 after 的 or before 以上',
      '降至去年的一半，一半以上的门店',
      [
        ['一半', 50, '%'],
        ['一半', 50, '%'],
      ],
    ],
    [
      'a party of N (一行N人)',
      '代表团一行十二人抵达，一行6人',
      [
        ['十二人', 12, '人'],
        ['6人', 6, '人'],
      ],
    ],
    [
      'nights and days of a trip',
      '推出3晚4天行程',
      [
        ['3晚', 3, '晚'],
        ['4天', 4, '天'],
      ],
    ],
    [
      'ship tonnage and containers',
      '可停靠15万总吨邮轮，吞吐量300万标准箱',
      [
        ['15万总吨', 150_000, '万总吨'],
        ['300万标准箱', 3_000_000, '万标准箱'],
      ],
    ],
    ['orders counted in 单', '全天成交2.3万多单', [['2.3万多单', 23_000, '万单']]],
    ['index points above 24', '沪指收于3150点', [['3150点', 3150, '点']]],
    [
      'a lone 百/千 counting people or products',
      '发布千名志愿者、百款新品',
      [
        ['千名', 1000, '人'],
        ['百款', 100, '款'],
      ],
    ],
    ['上 before a bare place word', '年销售额上百亿', [['百亿', 10_000_000_000, '亿']]],
    ['a range across 毛钱 and 块钱', '每斤5毛钱到2块钱', [['5毛钱到2块钱', 0.5, '元']]],
  ])('%s', (_name, text, expected) => {
    expect(scanFigures(text).map(project)).toEqual(expected);
  });
});

describe('scanFigures: what is not a figure', () => {
  it.each<readonly [string, string]>([
    ['a year', '2024年，新区'],
    ['a year with 上半年', '2024年上半年'],
    ['a year range', '2019-2021年'],
    ['a year in a title', '《2026年全面深化改革任务清单》'],
    ['a date', '今年1月2日、10月'],
    ['an ordinal in Chinese', '是全国第十八个国家级新区'],
    ['an ordinal in digits', '第3个'],
    ['a formula name', '“1+5+2”产业体系'],
    ['a formula with quotes and unit', '建立“2+24”小时快速维权机制'],
    ['quoted parts of a formula', '“3”条通道'],
    ['a number with no unit', '获省“2030先锋工程”项目立项'],
    ['an idiom from 0 to 1', '走过从0到1最难的阶段'],
    ['a code', '5G基站和G60科创走廊'],
    ['a metro line', '地铁1号线北延'],
    ['a scale word', '万套级量产，千亿级产业，千亿元级别商业规模'],
    ['the article 一', '一件事、一大批、一座城市、一个人'],
    ['a slogan in quotes', '实现“三个走前列”的目标'],
    ['paired numerals in idioms', '千方百计，三番五次，“三横三纵”'],
    ['a lone 百 or 千', '百年党史，千年文脉'],
    ['Chinese words with 万', '万物生发，千万不要'],
    ['plan names', '“十四五”规划、“十五五”开局'],
    ['a party congress', '党的十八大以来'],
    ['weekdays', '周一至周五工作日，星期三上午，週六'],
    ['vague 数', '数十家企业，数百亿资金'],
    ['a vague pair of numerals', '一两年，三四个'],
    ['一 after a determiner', '无论哪一年，同一天，每一年'],
    ['dates restated as a span', '3日、4日两天'],
    ['an address, not a count', '住在2单元'],
    ['a clock hour', '晚上9点，10点半，3点钟'],
    ['a number in a short quoted slogan', '提出“3个100”目标'],
    ['成千上万', '成千上万游客'],
  ])('%s', (_name, text) => {
    expect(scanFigures(text).map(project)).toEqual([]);
  });
});

describe('scanFigures: qualifiers, change and ranges', () => {
  it.each<readonly [string, string, Partial<FigureMatch>]>([
    ['增长 makes an increase', '同比增长10.8%', { change: 'increase' }],
    ['下降 makes a decrease', '能耗下降了3.2%', { change: 'decrease' }],
    ['提升至 is a level, not a change', '合格率提升至90%', {}],
    ['超 is over', '超10亿元合作项目', { qualifier: 'over' }],
    ['以上 is over', '比重达到30%以上', { qualifier: 'over' }],
    ['近 is nearly', '近20家企业', { qualifier: 'nearly' }],
    ['约 is about', '约600万元', { qualifier: 'about' }],
    ['节约 is not about', '节约产品上市时间3个月', {}],
    ['通过 is not over', '通过3个月攻关', {}],
    ['不足 is under', '不足5%', { qualifier: 'under' }],
    ['range upper end', '10%-15%', { upper: 15 }],
  ])('%s', (_name, text, extras) => {
    const [m] = scanFigures(text);
    expect(m).toBeDefined();
    const picked = { change: m?.change, qualifier: m?.qualifier, upper: m?.upper };
    expect(picked).toEqual({ change: undefined, qualifier: undefined, upper: undefined, ...extras });
  });

  it('offsets point at the raw text in the original string', () => {
    const text = '其中直管区44家，增长４６．７％。';
    for (const m of scanFigures(text)) expect(text.slice(m.start, m.end)).toBe(m.raw);
  });
});

/**
 * The units a figure may carry, as data. Written from the conventions of the language, not
 * from the sample articles:
 * - measure words (量词): the individual and collective classifiers of 《现代汉语量词用法词典》
 *   (郭先珍, 语文出版社) and the 量词 appendix of 《现代汉语词典》, restricted to those that
 *   follow a number in reports (not 把/根 of household speech, which rarely carry a fact);
 * - SI and China's legal units of measurement: GB 3100-1993 (SI units and their use), GB
 *   3101-1993 (symbols), GB 3102 (quantities) and the 《中华人民共和国法定计量单位》 list, which
 *   keeps 公顷, 吨, 升 and 千瓦时 (度) besides the SI ones, plus the market units reports still
 *   use (亩, 公斤, 斤);
 * - currencies by their Chinese names and ISO 4217 codes/symbols;
 * - percentage and per-mille (%, ％, ‰), 个百分点, 成 (tenths) and 倍 (times);
 * - time spans (年, 个月, 周, 天, 小时, 分钟, 个工作日), whose figures are then told apart as
 *   durations, deadlines and reference periods (`figure-kind.ts`).
 * Compound units need no entries: a magnitude (万, 亿, 千万…) before any unit is read as part
 * of it (万平方米, 亿美元, 万千瓦, 万吨标准煤). Traditional forms are folded to Simplified
 * before lookup (萬→万, 億→亿, 個→个, 頃→顷), so they need no entries either.
 */

/** Normalized unit and, for units that are a multiple of another, the factor (三成 → 30 %). */
export interface UnitEntry {
  readonly unit: string;
  readonly factor?: number;
  readonly class: UnitClass;
}

/**
 * `counter`: a measure word counting things or events; `measure`: a unit of measurement,
 * currency or ratio; `time`: a time span.
 */
export type UnitClass = 'counter' | 'measure' | 'time';

/** Individual and collective measure words. 人 and 位/名 count people. */
const COUNTERS = [
  '个',
  '件',
  '起',
  '门',
  '帧',
  '名',
  '位',
  '人',
  '户',
  '家',
  '所',
  '座',
  '条',
  '项',
  '台',
  '辆',
  '艘',
  '架',
  '头',
  '只',
  '匹',
  '次',
  '场',
  '批',
  '套',
  '篇',
  '部',
  '册',
  '本',
  '种',
  '类',
  '对',
  '双',
  '副',
  '块',
  '片',
  '栋',
  '幢',
  '间',
  '张',
  '枚',
  '颗',
  '株',
  '棵',
  '处',
  '宗',
  '例',
  '份',
  '笔',
  '届',
  '轮',
  '趟',
  '列',
  '款',
  '根',
  '支',
  '首',
  '幅',
  '封',
  '层',
  '单',
];

/** Event and vehicle counts written as one word (人次 counts visits, 架次 flights). */
const COMPOUND_COUNTERS = ['人次', '架次', '车次', '航次', '班次', '户次', '件次', '标箱', '个课时', '课时'];

/** Units of measurement (GB 3100/3101 and the 法定计量单位), with synonyms normalized. */
const MEASURES: Readonly<Record<string, string>> = {
  米: '米',
  千米: '公里',
  公里: '公里',
  厘米: '厘米',
  毫米: '毫米',
  纳米: '纳米',
  微米: '微米',
  平方米: '平方米',
  平米: '平方米',
  '㎡': '平方米',
  平方千米: '平方公里',
  平方公里: '平方公里',
  立方米: '立方米',
  方: '立方米',
  公顷: '公顷',
  亩: '亩',
  吨: '吨',
  千克: '千克',
  公斤: '千克',
  克: '克',
  毫克: '毫克',
  斤: '斤',
  升: '升',
  毫升: '毫升',
  瓦: '瓦',
  千瓦: '千瓦',
  兆瓦: '兆瓦',
  吉瓦: '吉瓦',
  千瓦时: '千瓦时',
  度: '千瓦时',
  千伏: '千伏',
  伏: '伏',
  吨标准煤: '吨标准煤',
  // Ship tonnage: gross tonnage (总吨, GT) and deadweight (载重吨, DWT); containers in 标准箱 (TEU).
  总吨: '总吨',
  载重吨: '载重吨',
  标准箱: '标准箱',
  标准煤: '吨标准煤',
  '℃': '℃',
  摄氏度: '℃',
};

/** Latin unit symbols (GB 3101 / SI brochure), read only when no letter follows. */
const LATIN_MEASURES: Readonly<Record<string, string>> = {
  km: '公里',
  km2: '平方公里',
  'km²': '平方公里',
  m2: '平方米',
  'm²': '平方米',
  m3: '立方米',
  'm³': '立方米',
  kg: '千克',
  kW: '千瓦',
  kw: '千瓦',
  MW: '兆瓦',
  GW: '吉瓦',
  kWh: '千瓦时',
  MWh: '兆瓦时',
  GWh: '吉瓦时',
  TWh: '太瓦时',
  MWp: '兆瓦',
  GWp: '吉瓦',
  TB: 'TB',
  GB: 'GB',
  PB: 'PB',
  Mbps: 'Mbps',
  Gbps: 'Gbps',
  nm: '纳米',
  mm: '毫米',
  cm: '厘米',
  ha: '公顷',
};

/** Currencies by name (ISO 4217 names in Chinese). 元 is 人民币 unless another is named. */
const CURRENCIES: Readonly<Record<string, string>> = {
  元: '元',
  人民币: '元',
  块钱: '元',
  美元: '美元',
  欧元: '欧元',
  港元: '港元',
  港币: '港元',
  英镑: '英镑',
  日元: '日元',
  韩元: '韩元',
  澳元: '澳元',
  加元: '加元',
  卢布: '卢布',
  新台币: '新台币',
  澳门元: '澳门元',
  瑞士法郎: '瑞士法郎',
};

/** Ratios. 成 is a tenth (三成 = 30 %). */
const RATIOS: Readonly<Record<string, { unit: string; factor?: number }>> = {
  '%': { unit: '%' },
  '‰': { unit: '‰' },
  个百分点: { unit: '个百分点' },
  百分点: { unit: '个百分点' },
  成: { unit: '%', factor: 10 },
  // 2毛钱: a tenth of a yuan, in speech.
  毛钱: { unit: '元', factor: 0.1 },
  倍: { unit: '倍' },
};

/** Time spans; 个月 and the 个- forms need the 个 (3月 is a date). 岁 is an age. */
const TIMES: Readonly<Record<string, string>> = {
  年: '年',
  个年头: '年',
  个月: '个月',
  个季度: '个季度',
  周: '周',
  个星期: '周',
  星期: '周',
  天: '天',
  // Nights of a stay or a cruise (4晚5天).
  晚: '晚',
  个财政年度: '年',
  个年度: '年',
  个财年: '年',
  个学年: '年',
  个工作日: '个工作日',
  工作日: '个工作日',
  小时: '小时',
  个小时: '小时',
  分钟: '分钟',
  秒: '秒',
  岁: '岁',
};

/** Every written unit → its entry. */
export const UNIT_TABLE: Readonly<Record<string, UnitEntry>> = Object.fromEntries([
  ...COUNTERS.map((w) => [w, { unit: w === '名' || w === '位' ? '人' : w, class: 'counter' }] as const),
  ...COMPOUND_COUNTERS.map((w) => [w, { unit: w === '个课时' ? '课时' : w, class: 'counter' }] as const),
  ...Object.entries(MEASURES).map(([w, unit]) => [w, { unit, class: 'measure' }] as const),
  ...Object.entries(LATIN_MEASURES).map(([w, unit]) => [w, { unit, class: 'measure' }] as const),
  ...Object.entries(CURRENCIES).map(([w, unit]) => [w, { unit, class: 'measure' }] as const),
  ...Object.entries(RATIOS).map(([w, r]) => [w, { ...r, class: 'measure' }] as const),
  ...Object.entries(TIMES).map(([w, unit]) => [w, { unit, class: 'time' }] as const),
  // 六大领域: 大 counts areas (a count of 个).
  ['大', { unit: '个', class: 'counter' }],
]);

/**
 * Units that are also the second character of common words after a Chinese numeral (四方,
 * 八方, 一度): read only after Arabic digits (5000方, 3.5亿度).
 */
export const ARABIC_ONLY_UNITS: ReadonlySet<string> = new Set(['方', '度']);

/** Numeral + measure word pairs that are words, not counts (四处 "everywhere", 三门峡 a city). */
export const NUMERAL_WORDS: readonly string[] = ['四处', '三门峡', '一五一十', '三三两两', '三五成群'];

/** Words that begin with a unit's character after a number (3单元 is an address, 一晚上 an evening). */
export const WORDS_STARTING_WITH_UNIT: readonly string[] = ['单元', '单位', '单独', '单一', '单项', '晚上', '晚会', '晚间', '晚饭', '晚餐', '晚宴'];

/** Latin symbols, which must not run into a following letter (5G, 540P are not units). */
export const LATIN_UNIT_WORDS: ReadonlySet<string> = new Set(Object.keys(LATIN_MEASURES));

/** Magnitudes written between a number and its unit. */
export const MAGNITUDE_TABLE: Readonly<Record<string, number>> = { 万亿: 1e12, 亿: 1e8, 千万: 1e7, 百万: 1e6, 万: 1e4, 千: 1e3 };

/** Currency symbols and codes written before the number (GB/T 12406, ISO 4217). */
export const CURRENCY_PREFIXES: Readonly<Record<string, string>> = {
  US$: '美元',
  HK$: '港元',
  NT$: '新台币',
  A$: '澳元',
  C$: '加元',
  $: '美元',
  '€': '欧元',
  '£': '英镑',
  '¥': '元',
  '￥': '元',
  RMB: '元',
  'RMB ': '元',
};

/**
 * The units a figure may carry, as written → normalized. A magnitude (万, 亿) in front of a
 * unit is kept in the figure's unit (`亿元`, `万人`) and multiplied into its value.
 */

export interface UnitSpec {
  /** Normalized unit without magnitude. */
  readonly unit: string;
  /** Multiplier into the normalized unit (三成 → 30 %). */
  readonly factor?: number;
}

/** Written unit → normalized unit. Words that also start longer units come after them (see `UNIT_PATTERN`). */
const UNITS: Readonly<Record<string, UnitSpec>> = {
  '%': { unit: '%' },
  '‰': { unit: '‰' },
  个百分点: { unit: '个百分点' },
  百分点: { unit: '个百分点' },
  成: { unit: '%', factor: 10 },
  倍: { unit: '倍' },
  元: { unit: '元' },
  美元: { unit: '美元' },
  平方公里: { unit: '平方公里' },
  平方千米: { unit: '平方公里' },
  平方米: { unit: '平方米' },
  '㎡': { unit: '平方米' },
  立方米: { unit: '立方米' },
  公里: { unit: '公里' },
  千米: { unit: '公里' },
  米: { unit: '米' },
  公顷: { unit: '公顷' },
  亩: { unit: '亩' },
  吨: { unit: '吨' },
  千克: { unit: '千克' },
  公斤: { unit: '千克' },
  千瓦时: { unit: '千瓦时' },
  千瓦: { unit: '千瓦' },
  人次: { unit: '人次' },
  人: { unit: '人' },
  名: { unit: '人' },
  位: { unit: '人' },
  户: { unit: '户' },
  家: { unit: '家' },
  个工作日: { unit: '个工作日' },
  工作日: { unit: '个工作日' },
  个月: { unit: '个月' },
  个: { unit: '个' },
  // 六大领域: a count of areas.
  大: { unit: '个' },
  项: { unit: '项' },
  件: { unit: '件' },
  座: { unit: '座' },
  条: { unit: '条' },
  所: { unit: '所' },
  种: { unit: '种' },
  套: { unit: '套' },
  台: { unit: '台' },
  辆: { unit: '辆' },
  架: { unit: '架' },
  栋: { unit: '栋' },
  间: { unit: '间' },
  张: { unit: '张' },
  部: { unit: '部' },
  批: { unit: '批' },
  次: { unit: '次' },
  场: { unit: '场' },
  课时: { unit: '课时' },
  小时: { unit: '小时' },
  分钟: { unit: '分钟' },
  天: { unit: '天' },
  周: { unit: '周' },
  年: { unit: '年' },
  岁: { unit: '岁' },
};

/** Magnitudes written between a number and its unit. */
const MAGNITUDES: Readonly<Record<string, number>> = { 万亿: 1e12, 亿: 1e8, 千万: 1e7, 百万: 1e6, 万: 1e4, 千: 1e3 };

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\%]/g, '\\$&');
const alternation = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

/** Sticky patterns: longest alternatives first so 个百分点 wins over 个. */
export const UNIT_PATTERN = new RegExp(`(?:${alternation(Object.keys(UNITS))})`, 'y');
export const MAGNITUDE_PATTERN = new RegExp(`(?:${alternation(Object.keys(MAGNITUDES))})`, 'y');

export function unitSpec(written: string): UnitSpec | undefined {
  return UNITS[written];
}

export function magnitudeFactor(written: string): number {
  return MAGNITUDES[written] ?? 1;
}

/**
 * Short forms of Chinese administrative names, by the naming conventions of the divisions
 * themselves (not a per-name list): the generic suffix goes (`省`, `市`, `自治区`, `地区`,
 * `盟`, `自治州`, `县`, `区`, `旗`), then the names of the ethnic groups an autonomous
 * division is named for (`广西壮族自治区` → `广西`, `海西蒙古族藏族自治州` → `海西`).
 */

/** The level of a Chinese administrative division. */
export type DivisionLevel = 'province' | 'prefecture' | 'county';

/**
 * China's 56 recognised ethnic groups (without `族`). Multi-character names also appear
 * without `族` in division names (`博尔塔拉蒙古自治州`); one-character names only with it.
 */
const ETHNIC_GROUPS = [
  '汉',
  '蒙古',
  '回',
  '藏',
  '维吾尔',
  '苗',
  '彝',
  '壮',
  '布依',
  '朝鲜',
  '满',
  '侗',
  '瑶',
  '白',
  '土家',
  '哈尼',
  '哈萨克',
  '傣',
  '黎',
  '傈僳',
  '佤',
  '畲',
  '高山',
  '拉祜',
  '水',
  '东乡',
  '纳西',
  '景颇',
  '柯尔克孜',
  '土',
  '达斡尔',
  '仫佬',
  '羌',
  '布朗',
  '撒拉',
  '毛南',
  '仡佬',
  '锡伯',
  '阿昌',
  '普米',
  '塔吉克',
  '怒',
  '乌孜别克',
  '俄罗斯',
  '鄂温克',
  '德昂',
  '保安',
  '裕固',
  '京',
  '塔塔尔',
  '独龙',
  '鄂伦春',
  '赫哲',
  '门巴',
  '珞巴',
  '基诺',
];
const ETHNIC_SUFFIX = new RegExp(`(?:(?:${ETHNIC_GROUPS.join('|')})族|(?:${ETHNIC_GROUPS.filter((g) => g.length > 1).join('|')}))$`, 'u');

const SUFFIX: Record<DivisionLevel, RegExp> = {
  province: /(?:特别行政区|自治区|省|市)$/u,
  prefecture: /(?:自治州|地区|盟|市)$/u,
  county: /(?:自治县|自治旗|新区|县|区|市|旗)$/u,
};

/** A short form must keep at least two characters (`东区` and `和县` have none). */
const MIN_SHORT = 2;

function stripEthnic(name: string): string {
  let out = name;
  for (;;) {
    const m = ETHNIC_SUFFIX.exec(out);
    if (!m || out.length - m[0].length < MIN_SHORT) return out;
    out = out.slice(0, -m[0].length);
  }
}

/**
 * The name without its generic suffix and ethnic-group names, or `undefined` when that would
 * leave fewer than two characters or change nothing.
 */
export function shortName(full: string, level: DivisionLevel): string | undefined {
  const m = SUFFIX[level].exec(full);
  if (!m) return undefined;
  const stem = full.slice(0, -m[0].length);
  if (stem.length < MIN_SHORT) return undefined;
  const short = /自治/u.test(m[0]) ? stripEthnic(stem) : stem;
  return short === full ? undefined : short;
}

/**
 * The form Pizhu lists a division under, as Chinese writers usually name it: provinces and
 * prefecture-level divisions by their short form (`四川`, `遂宁`, `恩施`); among county-level
 * divisions, counties and banners keep `县`/`旗` (`汤原县` — a bare `汤原` reads as a word),
 * while county-level cities and districts drop `市`/`区` (`江阴`, `顺德`).
 */
export function canonicalName(full: string, level: DivisionLevel): string {
  const short = shortName(full, level);
  if (!short) return full;
  if (level !== 'county') return short;
  return /(?:市|区)$/u.test(full) && !/自治/u.test(full) ? short : full;
}

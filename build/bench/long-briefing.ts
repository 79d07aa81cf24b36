/**
 * A long, realistic `.txt` briefing of about a given size, for the large-import benchmark and
 * e2e: a headline, a dateline, then Chinese paragraphs of varying length (one sentence to a
 * dozen) built from a pool of policy-report clauses with numbers, and a numbered section
 * heading (`一、…`, `（二）…`, `3.…`) roughly every 30 paragraphs. Generated, never committed.
 */
import { seededRandom } from './seeded-random';

const SUBJECTS = [
  '全区',
  '新区管委会',
  '各县（市、区）',
  '园区企业',
  '市发展改革委',
  '重点项目',
  '制造业',
  '数字经济',
  '现代农业',
  '文旅产业',
  '科技创新平台',
  '外贸企业',
  '中小微企业',
  '城乡居民',
];
const VERBS = ['加快推进', '持续深化', '统筹抓好', '大力发展', '着力提升', '稳步实施', '全面落实', '积极培育', '不断完善', '扎实推动'];
const OBJECTS = [
  '产业链供应链建设',
  '营商环境优化提升',
  '重大项目落地见效',
  '科技成果转化',
  '城乡融合发展',
  '生态环境保护',
  '民生保障工作',
  '开放型经济发展',
  '要素市场化配置',
  '基础设施补短板',
  '数字化转型',
  '绿色低碳发展',
];
const FACTS = [
  (r: () => number) =>
    `全年完成固定资产投资${(100 + Math.floor(r() * 900)).toString()}.${Math.floor(r() * 10).toString()}亿元，同比增长${(1 + Math.floor(r() * 15)).toString()}.${Math.floor(r() * 10).toString()}%`,
  (r: () => number) => `新签约项目${(10 + Math.floor(r() * 190)).toString()}个，总投资${(50 + Math.floor(r() * 950)).toString()}亿元`,
  (r: () => number) => `规模以上工业增加值增长${(2 + Math.floor(r() * 12)).toString()}.${Math.floor(r() * 10).toString()}%`,
  (r: () => number) => `新增市场主体${(1000 + Math.floor(r() * 9000)).toString()}户`,
  (r: () => number) => `城镇居民人均可支配收入达到${(30000 + Math.floor(r() * 40000)).toString()}元`,
  (r: () => number) => `${(2015 + Math.floor(r() * 10)).toString()}年以来累计建成高标准农田${(10 + Math.floor(r() * 90)).toString()}万亩`,
];
const LINKS = ['，', '，', '，', '；', '，同时', '，并且', '，进一步'];
const HEADS = [
  '坚持创新驱动，培育发展新动能',
  '深化改革开放，激发市场活力',
  '推进城乡融合，促进区域协调发展',
  '加强生态保护，建设美丽家园',
  '保障改善民生，增进人民福祉',
  '统筹发展和安全，守牢风险底线',
  '强化要素保障，推动项目建设',
];
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

function sentence(r: () => number): string {
  const clauses = 1 + Math.floor(r() * 3);
  let s = `${pick(r, SUBJECTS)}${pick(r, VERBS)}${pick(r, OBJECTS)}`;
  for (let i = 1; i < clauses; i++) s += r() < 0.5 ? `${pick(r, LINKS)}${pick(r, FACTS)(r)}` : `${pick(r, LINKS)}${pick(r, VERBS)}${pick(r, OBJECTS)}`;
  return `${s}。`;
}

function heading(r: () => number, n: number): string {
  const numeral = NUMERALS[n % NUMERALS.length]!;
  const style = n % 3;
  const text = pick(r, HEADS);
  return style === 0 ? `${numeral}、${text}` : style === 1 ? `（${numeral}）${text}` : `${(n % 9) + 1}.${text}`;
}

/** Counts of what was generated, so tests can check the reader shows all of it. */
export interface LongBriefing {
  readonly text: string;
  readonly title: string;
  readonly paragraphs: number;
  readonly headings: number;
  /** The last paragraph, to look for at the end of the reader. */
  readonly lastParagraph: string;
}

/**
 * About `targetBytes` of UTF-8 (3 bytes per Han character), reproducible for a given seed.
 * Paragraphs are separated by blank lines, as most `.txt` exports are.
 */
export function generateLongBriefing(targetBytes: number, seed = 12): LongBriefing {
  const r = seededRandom(seed);
  const title = `${(2024 + (seed % 3)).toString()}年区域经济发展情况综合报告（第${seed.toString()}期）`;
  const parts = [title, '', '本报南昌12月1日电（记者 王明 李华）', ''];
  let bytes = (title.length + 30) * 3;
  let paragraphs = 0;
  let headings = 0;
  let lastParagraph = '';
  let untilHeading = 20 + Math.floor(r() * 20);
  while (bytes < targetBytes) {
    if (untilHeading-- <= 0) {
      const h = heading(r, headings++);
      parts.push(h, '');
      bytes += h.length * 3 + 2;
      untilHeading = 20 + Math.floor(r() * 20);
    }
    // Mostly 2–6 sentences, sometimes one line, sometimes a long block of a dozen.
    const roll = r();
    const count = roll < 0.1 ? 1 : roll < 0.9 ? 2 + Math.floor(r() * 5) : 8 + Math.floor(r() * 6);
    let p = '';
    for (let i = 0; i < count; i++) p += sentence(r);
    parts.push(p, '');
    // Mixed Han (3 bytes) and ASCII digits (1 byte): close enough to size the file.
    bytes += p.length * 2.9 + 2;
    paragraphs++;
    lastParagraph = p;
  }
  return { text: parts.join('\n'), title, paragraphs, headings, lastParagraph };
}

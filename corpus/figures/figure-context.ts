/**
 * The words around a figure: its sentence, the year the sentence speaks of, and the short
 * noun phrase it measures. Heuristics over one block's text; all O(length of the block).
 */

const SENTENCE_END = /[。！？!?]/;
const CLOSING = /[”’」』）)]/;

/** [start, end) of the sentence containing [from, to) in a block's text, closing quotes included. */
export function sentenceSpan(text: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  while (start > 0 && !SENTENCE_END.test(text[start - 1]!)) start -= 1;
  // A sentence that begins with the closing quote of the previous one starts after it.
  while (start < from && CLOSING.test(text[start]!)) start += 1;
  let end = to;
  while (end < text.length && !SENTENCE_END.test(text[end]!)) end += 1;
  if (end < text.length) end += 1;
  while (end < text.length && CLOSING.test(text[end]!)) end += 1;
  return { start, end };
}

const YEAR = /((?:19|20)\d\d)年/g;

/** The year of a sentence: the nearest `YYYY年` before `at`, else the first after it. */
export function yearNear(sentence: string, at: number): number | undefined {
  let before: number | undefined;
  let after: number | undefined;
  for (const m of sentence.matchAll(YEAR)) {
    if (m.index < at) before = Number(m[1]);
    else if (after === undefined) after = Number(m[1]);
  }
  return before ?? after;
}

/** Units whose figure usually qualifies the noun after it: counts (24项重点改革) and amounts (100亿元现代产业引导基金). */
const NOUN_AFTER_UNITS = new Set([
  '个',
  '项',
  '家',
  '所',
  '条',
  '座',
  '件',
  '种',
  '套',
  '台',
  '辆',
  '架',
  '栋',
  '部',
  '批',
  '人',
  '户',
  '场',
  '元',
  '美元',
  '平方米',
  '平方公里',
  '公顷',
  '亩',
  '吨',
  '千克',
  '立方米',
]);
const CLAUSE_BREAK = /[，,；;：:。！？!?、（(）)…—]/;
/** Words that end a noun phrase read forward from a figure. */
const FORWARD_STOP = /(?:及|和|与|等|被|在|的|为|提供|加盟|选择|完成|实现|成功|发送|删除|落户|参与|入驻|以上|以下|左右|\d)/;
/** Verbs (and adverbs) between a metric and its figure: 同比增长, 达, 完成投资 → 投资. */
const TRAILING_VERBS =
  /(?:同比|比上年|比去年|分别)?(?:增长|增加|提高|提升|上升|提速|下降|减少|降低|下滑|回落)?(?:了)?(?:达到|达|为|是|至|超过|超|逾|过|突破|约|大约|近|将近|不到|不足)?$/;
const LEADING_VERBS = /^.*(?:完成|实现|获得|获|降低|节约|挽回|带动|达成|吸引|成立|设立|打造|签订|共有|拥有|新增|累计|整合|组建|推出|出台|聚焦|投入|配备|其中)/;

/**
 * The noun phrase a figure measures, when evident: the noun after a count (`24项重点改革` →
 * 重点改革), else the noun phrase before the figure with its verbs stripped
 * (`规上工业增加值同比增长10.8%` → 规上工业增加值). `floor` is where the previous figure ended,
 * so one figure's words are not read as another's metric.
 */
export function metricFor(text: string, start: number, end: number, baseUnit: string, floor: number): string | undefined {
  if (NOUN_AFTER_UNITS.has(baseUnit)) {
    const forward = nounAfter(text, end);
    if (forward) return forward;
  }
  return nounBefore(text, start, floor);
}

function nounAfter(text: string, end: number): string | undefined {
  let i = end;
  if (text[i] === '的') i += 1;
  let phrase = '';
  for (; i < text.length && phrase.length < 12; i++) {
    const c = text[i]!;
    // 230个项目“用脚投票”: a quote after the noun starts a new phrase.
    if (c === '“' && phrase.length > 0) break;
    if (c === '“' || c === '”' || c === '"') continue;
    if (CLAUSE_BREAK.test(c) || !/[\u4e00-\u9fff]/.test(c)) break;
    phrase += c;
    const stop = FORWARD_STOP.exec(phrase);
    if (stop) {
      phrase = phrase.slice(0, stop.index);
      break;
    }
  }
  // One character after a figure is a postposition (3公里外, 2小时内), not a noun.
  return phrase.length >= 2 ? phrase : undefined;
}

function nounBefore(text: string, start: number, floor: number): string | undefined {
  let i = start;
  while (i > floor && !CLAUSE_BREAK.test(text[i - 1]!)) i -= 1;
  let clause = text.slice(i, start).replace(/[“”"]/g, '');
  clause = clause.replace(TRAILING_VERBS, '');
  // 完成率 is a noun: strip a leading verb only when a noun is left after it.
  const object = clause.replace(LEADING_VERBS, '');
  if (object.length >= 2) clause = object;
  clause = clause.replace(/^.*等/, '');
  clause = clause.replace(/^(?:(?:19|20)\d\d年)?(?:赣江新区|新区|全区|全市|全省|这[枚座个项]|该)?/, '');
  if (clause.length < 2) return undefined;
  // Keep the end of a long phrase: the measured noun is there.
  return clause.length > 20 ? clause.slice(-20) : clause;
}

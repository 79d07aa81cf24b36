import { describe, expect, it } from 'vitest';
import { isParagraphEnd } from '../../../corpus/normalize/chars';
import { replaceInlineTex } from '../../../corpus/normalize/inline-tex';
import { bylineNames, countWords } from '../../../corpus/normalize/metadata';
import { normalizePunctuation, normalizeQuotes } from '../../../corpus/normalize/punctuation';
import { removeTandemRepeats, replaceLatinConjunction } from '../../../corpus/normalize/repairs';
import { balanceBrackets } from '../../../corpus/normalize/sections';
import { mergeSplitNames, normalizePhraseSpaces, normalizeRunningSpaces } from '../../../corpus/normalize/whitespace';

describe('normalizePunctuation', () => {
  it.each([
    ['comma after Chinese', '经济,增长', '经济，增长'],
    ['comma before Chinese after a digit', '2024年,新区', '2024年，新区'],
    ['semicolon', '开工;投产', '开工；投产'],
    ['colon', '比如:推广', '比如：推广'],
    ['question mark at line end', '有何独到之处?', '有何独到之处？'],
    ['exclamation mark', '再出发!', '再出发！'],
    ['mark separated by a space', '集群 , 不仅', '集群 ， 不仅'],
    ['parentheses around Latin inside Chinese', '总值(GDP)增速', '总值（GDP）增速'],
    ['parentheses around Chinese', '(本文图片除署名外由赣江新区提供)', '（本文图片除署名外由赣江新区提供）'],
    ['nested parentheses', '当AIGC(人工智能(AI)生成内容)短剧', '当AIGC（人工智能（AI）生成内容）短剧'],
    ['unpaired parenthesis next to Chinese', '注册(二期', '注册（二期'],
    ['Latin ellipsis after Chinese', '足球赛...过去', '足球赛……过去'],
  ])('%s', (_name, input, expected) => {
    expect(normalizePunctuation(input)).toBe(expected);
  });

  it.each([
    ['decimal percentage', '增长10.8%，', '增长10.8%，'],
    ['5G', '5G、AI、VR', '5G、AI、VR'],
    ['plus-joined numbers', '"1+5+2"重点', '"1+5+2"重点'],
    ['thousands separator', '共1,000家', '共1,000家'],
    ['clock time', '晚上9:30开始', '晚上9:30开始'],
    ['URL punctuation', '详见https://example.com/a?b=1,2!', '详见https://example.com/a?b=1,2!'],
    ['Latin function call', 'f(x) = y', 'f(x) = y'],
    ['Latin sentence', 'STATE-LEVEL, NEW AREA!', 'STATE-LEVEL, NEW AREA!'],
  ])('leaves %s alone', (_name, input, expected) => {
    expect(normalizePunctuation(input)).toBe(expected);
  });
});

describe('normalizeQuotes', () => {
  it.each([
    ['pair around Chinese', '发展的"度量衡"。', '发展的“度量衡”。'],
    ['two pairs separated by a space', '"口袋公园" "邮票绿地"', '“口袋公园” “邮票绿地”'],
    ['pair around numbers next to Chinese', '以"1+5+2"重点', '以“1+5+2”重点'],
    ['single quotes around Chinese', "'单项赛'", '‘单项赛’'],
    ['English apostrophe stays', "don't stop", "don't stop"],
    ['quoted Latin outside Chinese stays', 'say "hello" now', 'say "hello" now'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeQuotes(input)).toBe(expected);
  });
});

describe('normalizeRunningSpaces', () => {
  it.each([
    ['between two Han', '经济社 会发展', '经济社会发展'],
    ['after Chinese punctuation', '集群。 不仅是', '集群。不仅是'],
    ['between close and open quote', '“口袋公园” “邮票绿地”', '“口袋公园”“邮票绿地”'],
    ['Latin/number next to Han, consistently dropped', '公司 5G 智慧工厂', '公司5G智慧工厂'],
    ['number and ㎡', '约4900 ㎡', '约4900㎡'],
    ['ideographic space and runs', '经济\u3000 社会', '经济社会'],
    ['leading and trailing', '  经济  ', '经济'],
    ['between Latin words kept', 'Hello  World 你好', 'Hello World你好'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeRunningSpaces(input)).toBe(expected);
  });
});

describe('normalizePhraseSpaces', () => {
  it.each([
    ['phrase separator in a title kept', '凝心聚力 向“新”行', '凝心聚力 向“新”行'],
    ['space after closing quote kept', '聚焦“五大突破” 实现良好开局', '聚焦“五大突破” 实现良好开局'],
    ['space after full-width colon dropped', '赣江新区： 以改革破局', '赣江新区：以改革破局'],
    ['space inside quotes dropped', '“ 新 ”行', '“新”行'],
    ['trailing spaces and runs', '国家级·赣江新区   ', '国家级·赣江新区'],
    ['Latin kicker unchanged', 'STATE-LEVEL GANJIANG NEW AREA', 'STATE-LEVEL GANJIANG NEW AREA'],
  ])('%s', (_name, input, expected) => {
    expect(normalizePhraseSpaces(input)).toBe(expected);
  });
});

describe('mergeSplitNames', () => {
  it.each([
    ['two-character name after a role', '江西日报记者 杨 静', '江西日报记者 杨静'],
    ['name then a second name', '（黄 丽 戴佳伶）', '（黄丽 戴佳伶）'],
    ['name before a credit mark', '图为赣江中药创新中心。陶 婧摄', '图为赣江中药创新中心。陶婧摄'],
    ['name before /文', '熊焕明 王 川/文', '熊焕明 王川/文'],
    ['three names kept apart', '（李书赐 辜现琦 张志豪摄）', '（李书赐 辜现琦 张志豪摄）'],
    ['name followed by a separate 摄', '（江西日报记者 杨 静 摄）', '（江西日报记者 杨静 摄）'],
  ])('%s', (_name, input, expected) => {
    expect(mergeSplitNames(input)).toBe(expected);
  });
});

describe('replaceInlineTex', () => {
  it.each([
    ['Greek letter with padding spaces', '唯铂铍 $\\beta$ -葡聚糖', '唯铂铍β-葡聚糖'],
    ['upper-case Greek', '$\\Delta$值', 'Δ值'],
    ['superscript', '面积100 $m^2$', '面积100 m²'],
    ['symbol', '3 $\\times$ 4', '3 × 4'],
    ['unknown command left alone', '公式 $\\frac{a}{b}$ 如下', '公式 $\\frac{a}{b}$ 如下'],
    ['dollar amounts are not TeX', 'costs $5 and $6', 'costs $5 and $6'],
  ])('%s', (_name, input, expected) => {
    expect(replaceInlineTex(input)).toBe(expected);
  });
});

describe('repairs', () => {
  it.each([
    ['and between Chinese words', '版权确权 and 标准建设', '版权确权和标准建设'],
    ['and in English kept', 'research and development', 'research and development'],
    ['Latin word containing and kept', '国际brand 合作', '国际brand 合作'],
  ])('replaceLatinConjunction: %s', (_name, input, expected) => {
    expect(replaceLatinConjunction(input)).toBe(expected);
  });

  it.each([
    [
      'OCR doubled phrase',
      '研发核心技术与模式，已掌握多项核心技术与模式，已掌握多项核心技术，共有6项',
      '研发核心技术与模式，已掌握多项核心技术，共有6项',
      ['核心技术与模式，已掌握多项'],
    ],
    ['short real reduplication kept', '新质生产力活跃跃的试验场', '新质生产力活跃跃的试验场', []],
    ['parallel phrases kept', '做强存量、做优增量、做大总量', '做强存量、做优增量、做大总量', []],
    ['repeated digits without enough Han kept', '编号123456123456号', '编号123456123456号', []],
  ])('removeTandemRepeats: %s', (_name, input, text, removed) => {
    expect(removeTandemRepeats(input)).toEqual({ text, removed });
  });
});

describe('small helpers', () => {
  it.each([
    ['full stop', '增长。', true],
    ['closing quote after full stop', '他说：“好。”', true],
    ['question mark', '有何独到之处？', true],
    ['ellipsis', '共建医学影像全产业链……', true],
    ['lead-in dash', '奇妙的化学反应正在产生——', true],
    ['comma', '13条扶持政策，', false],
    ['cut mid-word', '提升传统产业信', false],
    ['closing quote without stop', '行业“数据工厂”', false],
  ])('isParagraphEnd: %s', (_name, text, expected) => {
    expect(isParagraphEnd(text)).toBe(expected);
  });

  it.each([
    ['role and name', '江西日报记者 杨静', ['杨静']],
    ['reporter, intern and credit', '本报全媒体记者 杨静 实习生 应恺君 文/图', ['杨静', '应恺君']],
    ['names with /文', '熊焕明 王川/文', ['熊焕明', '王川']],
    ['signature in brackets', '（黄丽 戴佳伶）', ['黄丽', '戴佳伶']],
  ])('bylineNames: %s', (_name, byline, names) => {
    expect(bylineNames(byline)).toEqual(names);
  });

  it.each([
    ['Han only', '赣江新区', 4],
    ['Han, numbers and Latin words', '增长10.8%，5G工厂 AI', 2 + 1 + 1 + 2 + 1],
    ['empty', '', 0],
  ])('countWords: %s', (_name, text, n) => {
    expect(countWords(text)).toBe(n);
  });

  it.each([
    ['unclosed corner bracket', '引爆发展『流量密码', '引爆发展『流量密码』'],
    ['unclosed quote', '激活发展“一池春水', '激活发展“一池春水”'],
    ['balanced stays', '向“新”行', '向“新”行'],
  ])('balanceBrackets: %s', (_name, text, expected) => {
    expect(balanceBrackets(text)).toBe(expected);
  });
});

import { docxFile, docxParagraph } from '../../support/docx-fixture';

/**
 * The briefings the format e2e imports, as data: a PDF body for Chromium to print and a Word
 * document built as a zip. The texts are written for the test (a made-up city and county), long
 * enough that every PDF paragraph wraps across lines on A4.
 */
export const PDF = {
  file: '一季度经济运行.pdf',
  title: '某市2025年一季度经济运行情况',
  byline: '本报记者 王明',
  heading: '一、工业生产稳中有升',
  secondHeading: '二、消费市场持续回暖',
  footer: '某市统计局',
  paragraphs: [
    '今年以来，全市上下坚持稳中求进工作总基调，统筹推进经济社会发展各项工作，一季度全市地区生产总值同比增长百分之五点六，增速比去年同期提高零点八个百分点，主要经济指标保持在合理区间，经济运行开局良好、稳中向好。',
    '一季度，全市规模以上工业增加值同比增长百分之七点二，其中装备制造业增长百分之十一点五，高技术制造业增长百分之十三点一，新能源汽车、工业机器人、集成电路等新产品产量保持较快增长，工业经济的支撑作用进一步增强。',
    '从行业看，三十五个工业大类行业中有二十六个行业增加值实现增长，增长面达到百分之七十四点三；从企业看，全市新增规模以上工业企业八十七家，中小企业生产经营状况持续改善，订单和用工需求总体平稳。',
  ],
  secondPage:
    '一季度，全市社会消费品零售总额同比增长百分之六点一，其中餐饮收入增长百分之九点四，升级类商品消费需求持续释放，文旅消费热度不减，假日期间重点商圈客流量同比增长两成以上，消费对经济增长的拉动作用明显。',
} as const;

export const DOCX = {
  file: '春耕生产工作总结.docx',
  title: '某县2025年春耕生产工作总结',
  heading: '一、春耕备耕有序推进',
  paragraphs: [
    '今年全县计划播种粮食作物八十二万亩，目前已落实种子三千二百吨、化肥一万八千吨，农机具检修率达到百分之九十八。',
    '县农业农村局组织技术人员深入田间地头，开展春耕技术培训四十六场次，培训农民三千余人次。',
  ],
} as const;

/** The PDF body: headline, byline, lead, a numbered section, and a forced second page so the footer repeats. */
export function pdfBody(): string {
  const p = (text: string) => `<p>${text}</p>`;
  return [
    `<h1>${PDF.title}</h1>`,
    `<p class="byline">${PDF.byline}</p>`,
    p(PDF.paragraphs[0]),
    `<h2>${PDF.heading}</h2>`,
    p(PDF.paragraphs[1]),
    p(PDF.paragraphs[2]),
    `<h2 class="new-page">${PDF.secondHeading}</h2>`,
    p(PDF.secondPage),
  ].join('');
}

/** The Word document: Heading 1 title, Heading 2 section, plain paragraphs. */
export function docxBytes(): Uint8Array {
  return docxFile(
    [docxParagraph(DOCX.title, 'Heading1'), docxParagraph(DOCX.heading, 'Heading2'), ...DOCX.paragraphs.map((text) => docxParagraph(text))].join(''),
  );
}

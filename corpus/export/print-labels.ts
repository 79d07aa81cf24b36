import type { PrintLang } from './print-types';

/** Fixed print strings per UI language. */
export interface PrintLabels {
  readonly source: string;
  readonly date: string;
  readonly authors: string;
  readonly generated: string;
  readonly legend: string;
  readonly appendix: string;
  readonly orphans: string;
  readonly orphansHint: string;
  readonly articleNotes: string;
  readonly tags: string;
  readonly contents: string;
  readonly briefings: string;
  readonly allNotes: string;
  readonly untagged: string;
  readonly noNotes: string;
  readonly meetingDate: string;
  readonly passagesOnly: string;
  readonly noHighlights: string;
  readonly listSeparator: string;
  /** "Briefing i of n": opens each article of a meeting pack (also locates its page). */
  briefingOf(i: number, n: number): string;
  pageOf(nSpan: string, mSpan: string): string;
}

const ZH: PrintLabels = {
  source: '来源',
  date: '日期',
  authors: '作者',
  generated: '生成于',
  legend: '颜色图例',
  appendix: '附录',
  orphans: '无法定位的批注',
  orphansHint: '原文已更改，以下批注无法在当前文本中定位，附原引文。',
  articleNotes: '全文批注',
  tags: '标签',
  contents: '目录',
  briefings: '简报',
  allNotes: '全部批注汇总',
  untagged: '无标签',
  noNotes: '（无批注）',
  meetingDate: '会议日期',
  passagesOnly: '仅含批注段落',
  noHighlights: '（本文无标注）',
  listSeparator: '、',
  briefingOf: (i, n) => `简报 ${i} / ${n}`,
  pageOf: (n, m) => `第 ${n} 页 / 共 ${m} 页`,
};

const EN: PrintLabels = {
  source: 'Source',
  date: 'Date',
  authors: 'Authors',
  generated: 'Generated',
  legend: 'Colour legend',
  appendix: 'Appendix',
  orphans: 'Notes that could not be placed',
  orphansHint: 'The text changed; these notes could not be located in it and are shown with their original quotes.',
  articleNotes: 'Notes on the whole article',
  tags: 'Tags',
  contents: 'Contents',
  briefings: 'Briefings',
  allNotes: 'All notes',
  untagged: 'Untagged',
  noNotes: '(no notes)',
  meetingDate: 'Meeting date',
  passagesOnly: 'Annotated passages only',
  noHighlights: '(no highlights in this article)',
  listSeparator: ', ',
  briefingOf: (i, n) => `Briefing ${i} of ${n}`,
  pageOf: (n, m) => `Page ${n} of ${m}`,
};

export function printLabels(lang: PrintLang): PrintLabels {
  switch (lang) {
    case 'zh-CN':
      return ZH;
    case 'en':
      return EN;
  }
}

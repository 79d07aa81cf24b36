/**
 * Kangxi radicals (U+2F00–U+2FD5) and CJK radical supplement forms (U+2E80–U+2EF3) in place
 * of the ideographs they look like: PDFs made with Noto/Source Han fonts (Chrome's "Save as
 * PDF", many office exports) map `一 行 长` to `⼀ ⾏ ⻓`. They draw the same but search, copy
 * and key figures miss them. NFKC maps the Kangxi block; the supplement forms that stand for
 * a standalone Simplified or Traditional character are listed (the others are components,
 * never text, and are left alone). Code points and names from the Unicode CJK Radicals
 * Supplement chart (`CJK RADICAL C-SIMPLIFIED LONG` → 长).
 */
const SUPPLEMENT: Readonly<Record<string, string>> = {
  '\u2E9F': '母',
  '\u2EA0': '民',
  '\u2EC1': '虎',
  '\u2EC5': '见',
  '\u2EC6': '角',
  '\u2EC9': '贝',
  '\u2ECB': '车',
  '\u2ED1': '長',
  '\u2ED3': '长',
  '\u2ED4': '门',
  '\u2ED7': '雨',
  '\u2ED8': '青',
  '\u2ED9': '韦',
  '\u2EDA': '页',
  '\u2EDB': '风',
  '\u2EDC': '飞',
  '\u2EDD': '食',
  '\u2EE1': '首',
  '\u2EE2': '马',
  '\u2EE3': '骨',
  '\u2EE4': '鬼',
  '\u2EE5': '鱼',
  '\u2EE6': '鸟',
  '\u2EE7': '卤',
  '\u2EE8': '麦',
  '\u2EE9': '黄',
  '\u2EEA': '黾',
  '\u2EEC': '齐',
  '\u2EEE': '齿',
  '\u2EF0': '龙',
  '\u2EF1': '龜',
  '\u2EF3': '龟',
};
const RADICAL = /[\u2E80-\u2EF3\u2F00-\u2FD5]/gu;

/** Radical code points → the ideographs they stand for; everything else unchanged. Length-preserving. */
export function foldRadicals(line: string): string {
  return line.replace(RADICAL, (ch) => {
    const code = ch.codePointAt(0)!;
    if (code >= 0x2f00) return ch.normalize('NFKC');
    return SUPPLEMENT[ch] ?? ch;
  });
}

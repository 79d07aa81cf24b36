/**
 * Spans of a text where numbers are names, not facts: titles in 《》 and 〈〉 (`《…十条措施》`,
 * `《2026年…》`), and quotations. A quotation is reported with whether it reads as a title:
 * one that ends in a document word (`“…十条措施”`, `“三年行动计划”`).
 */

export interface EnclosedSpan {
  readonly start: number;
  readonly end: number;
  readonly title: boolean;
}

const PAIRS: Readonly<Record<string, { close: string; title: boolean }>> = {
  '《': { close: '》', title: true },
  '〈': { close: '〉', title: true },
  '“': { close: '”', title: false },
  '「': { close: '」', title: false },
  '『': { close: '』', title: false },
};
/** Longest unclosed run before a stray opening mark is ignored (a quote never spans a block this long). */
const MAX_SPAN = 200;
const DOCUMENT_WORD = /(?:措施|意见|方案|办法|规定|条例|计划|规划|纲要|通知|决定|细则|条|法|报告|清单|白皮书)$/;

/** Title and quotation spans, in order. Nesting is flattened to the outermost span. O(n). */
export function enclosedSpans(text: string): EnclosedSpan[] {
  const spans: EnclosedSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const pair = PAIRS[text[i]!];
    if (!pair) {
      i += 1;
      continue;
    }
    const close = text.indexOf(pair.close, i + 1);
    if (close < 0 || close - i > MAX_SPAN) {
      i += 1;
      continue;
    }
    const inner = text.slice(i + 1, close);
    spans.push({ start: i, end: close + 1, title: pair.title || DOCUMENT_WORD.test(inner) });
    i = close + 1;
  }
  return spans;
}

/** The span containing offset `at`, if any (spans sorted and disjoint). */
export function spanAt(spans: readonly EnclosedSpan[], at: number): EnclosedSpan | undefined {
  return spans.find((s) => s.start < at && at < s.end);
}

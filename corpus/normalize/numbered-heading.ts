/**
 * Numbered headings of Chinese official documents, reports and articles, with their rank
 * (lower = higher in the outline). The numbering conventions are national (GB/T 9704 for
 * official documents: 一、→（一）→ 1. →（1）), so these hold for any issuing body.
 */
const NUMBERED: readonly (readonly [rank: number, pattern: RegExp])[] = [
  [0, /^第[一二三四五六七八九十百零〇\d]+(?:编|部分|篇)(?:\s|$|[：:、])/u],
  [1, /^第[一二三四五六七八九十百零〇\d]+章(?:\s|$|[：:、])/u],
  [2, /^第[一二三四五六七八九十百零〇\d]+节(?:\s|$|[：:、])/u],
  [3, /^[一二三四五六七八九十]{1,3}[、．.]\s*\S/u],
  [4, /^[（(][一二三四五六七八九十]{1,3}[）)]\s*\S/u],
  [5, /^\d{1,2}[、．.](?!\d)\s*\S/u],
  [6, /^[（(]\d{1,2}[）)]\s*\S/u],
  [6, /^\d{1,2}\.\d{1,2}(?:\.\d{1,2}){0,3}(?![\d%％‰.])\s*\S/u],
  [7, /^[①②③④⑤⑥⑦⑧⑨⑩]\s*\S/u],
];

/** Longest text a heading line holds; longer numbered lines are numbered paragraphs. */
const MAX_NUMBERED_HEADING = 40;

/** The numbering rank of a line (its numbering may still start a paragraph: see `isNumberedHeading`). */
export function numberingRank(text: string): number | undefined {
  for (const [rank, pattern] of NUMBERED) if (pattern.test(text)) return rank;
  return undefined;
}

/**
 * A numbered line that is a heading: short, and not a sentence — it does not end in `。；，`
 * (`（一）加快建设。正文…` is a numbered paragraph whose first sentence is its label).
 * `第一条` articles of regulations are paragraphs (their text follows on the same line).
 */
export function isNumberedHeading(text: string): boolean {
  const t = text.trim();
  if (numberingRank(t) === undefined) return false;
  if (t.length > MAX_NUMBERED_HEADING) return false;
  return !/[。；;，,：:]$/u.test(t) && !/[。；]/u.test(t.slice(0, -1));
}

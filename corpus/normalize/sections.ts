import type { Unit } from './units';

/**
 * Heading levels for plain (non-`#`) headings. A heading followed directly by another
 * heading, a byline or a picture is a section label of a multi-piece page (党史学习教育,
 * 赣江速递, 图片新闻): level 2. Once a page has such labels, the other plain headings are
 * the pieces' titles: level 3. Before that they are the article's own sections: level 2.
 * `#` headings keep the level their `#`s give; numbered headings (`一、`, `（一）`, `1.`) nest
 * by their numbering.
 */
export function assignHeadingLevels(units: readonly Unit[]): Unit[] {
  let labelled = false;
  // Numbered headings nest by their numbering: the highest rank used is level 2, the next 3 ….
  const ranks = [...new Set(units.flatMap((u) => (u.kind === 'heading' && u.rank !== undefined ? [u.rank] : [])))].sort((a, b) => a - b);
  return units.map((u, i) => {
    if (u.kind !== 'heading' || u.hash) return u;
    if (u.rank !== undefined) return { ...u, level: Math.min(6, 2 + ranks.indexOf(u.rank)) };
    const next = units[i + 1]?.kind;
    const isLabel = next === 'heading' || next === 'byline' || next === 'caption';
    if (isLabel) labelled = true;
    return { ...u, level: isLabel || !labelled ? 2 : 3 };
  });
}

const PAIRS: readonly (readonly [string, string])[] = [
  ['“', '”'],
  ['『', '』'],
  ['「', '」'],
  ['《', '》'],
  ['（', '）'],
];

/** Closes a quote or bracket a heading opens but never closes (OCR dropped the closer). */
export function balanceBrackets(text: string): string {
  let out = text;
  for (const [open, close] of PAIRS) {
    const opens = out.split(open).length - 1;
    const closes = out.split(close).length - 1;
    if (opens === closes + 1 && out.lastIndexOf(open) > out.lastIndexOf(close)) out += close;
  }
  return out;
}

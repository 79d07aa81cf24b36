/**
 * How colleagues' highlights are told apart (issue 16): each colleague gets one of a few line
 * styles that differ without colour (so a black-and-white print or a colour-blind reader still
 * tells them apart), each with its own hue on screen, plus their initials on the markers.
 *
 * The style follows the author id, so one person keeps the same style on every article, in the
 * legend and for every colleague: the preferred style is a hash of the id, and when two people
 * want the same one, the one whose id sorts first keeps it and the other takes the next free
 * style. With more people than styles, styles repeat (the initials still differ).
 */
export const COLLEAGUE_STYLES = ['dashed', 'dotted', 'double', 'wavy', 'solid', 'overline'] as const;
export type ColleagueStyleName = (typeof COLLEAGUE_STYLES)[number];

/** The CSS highlight (`::highlight(pizhu-team-<n>)`) and class suffix of style n. */
export const colleagueHighlightName = (style: number): string => `pizhu-team-${style}`;

/** FNV-1a over the id's UTF-16 code units: small, stable across devices and versions. */
export function styleHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Author id → style index (0 … COLLEAGUE_STYLES.length − 1) for everyone in `authorIds`. */
export function assignColleagueStyles(authorIds: Iterable<string>, count: number = COLLEAGUE_STYLES.length): Map<string, number> {
  const ids = [...new Set(authorIds)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const out = new Map<string, number>();
  const taken = new Set<number>();
  for (const id of ids) {
    const preferred = styleHash(id) % count;
    let style = preferred;
    if (taken.size < count) {
      while (taken.has(style)) style = (style + 1) % count;
    }
    taken.add(style);
    out.set(id, style);
  }
  return out;
}

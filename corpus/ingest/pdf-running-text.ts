import type { PdfLine } from './pdf-lines';

/** Why a line at the page edge was taken out of the text. */
export type RunningReason = 'running-header' | 'running-footer' | 'page-number';

/** A page's lines with its size, as the running-text pass needs them. */
export interface PdfPageLines {
  readonly page: number;
  readonly height: number;
  readonly lines: readonly PdfLine[];
}

export interface RunningRemoval {
  readonly page: number;
  readonly text: string;
  readonly reason: RunningReason;
}

/** Top and bottom share of the page where running heads, feet and folios live. */
const EDGE_BAND = 0.1;
/** A text is "running" when it recurs on at least this share of the pages (and on two or more). */
const RECUR_SHARE = 0.4;

const PAGE_NUMBER = [
  /^[-–—‒~·•]?\s*\d{1,4}\s*[-–—‒~·•]?$/u,
  /^第\s*\d{1,4}\s*页\s*(?:[,，/]?\s*共\s*\d{1,4}\s*页)?$/u,
  /^共\s*\d{1,4}\s*页\s*[,，]?\s*第\s*\d{1,4}\s*页$/u,
  /^(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/iu,
  /^\d{1,4}\s*\/\s*\d{1,4}$/u,
  /^[ivxlcdm]{1,6}$/iu,
];

/** True for a folio: `3`, `- 3 -`, `第 3 页 共 62 页`, `Page 3 of 9`, `3/9`, `iv`. */
export function isPageNumber(text: string): boolean {
  const t = text.trim();
  return PAGE_NUMBER.some((re) => re.test(t));
}

/** The recurring shape of a running text: digits (page numbers, dates) and spaces do not tell pages apart. */
const shapeOf = (text: string): string => text.replace(/\s+/gu, '').replace(/\d+/gu, '#');

const lineText = (line: PdfLine): string => line.chunks.map((c) => c.text).join(' ');

/**
 * Finds the running headers, footers and page numbers of a document: lines in the top or
 * bottom tenth of a page that are folios, or whose shape recurs in the same band on many
 * pages. Returns each page's remaining lines and what was taken out. A line that recurs
 * only inside the body (a repeated table heading) is left alone. O(lines).
 */
export function removeRunningText(pages: readonly PdfPageLines[]): { pages: PdfPageLines[]; removed: RunningRemoval[] } {
  const band = (page: PdfPageLines, line: PdfLine): 'top' | 'bottom' | undefined =>
    line.y >= page.height * (1 - EDGE_BAND) ? 'top' : line.y <= page.height * EDGE_BAND ? 'bottom' : undefined;
  const counts = new Map<string, Set<number>>();
  for (const page of pages)
    for (const line of page.lines) {
      const where = band(page, line);
      if (!where) continue;
      const key = `${where}:${shapeOf(lineText(line))}`;
      const seen = counts.get(key) ?? new Set<number>();
      seen.add(page.page);
      counts.set(key, seen);
    }
  const needed = Math.max(2, Math.ceil(RECUR_SHARE * pages.length));
  const removed: RunningRemoval[] = [];
  const kept = pages.map((page) => {
    const lines = page.lines.filter((line) => {
      const where = band(page, line);
      if (!where) return true;
      const text = lineText(line);
      const onlyEdgeLine = isOutermost(page, line, where);
      if (isPageNumber(text) && (onlyEdgeLine || pages.length > 1)) {
        removed.push({ page: page.page, text, reason: 'page-number' });
        return false;
      }
      const recurring = (counts.get(`${where}:${shapeOf(text)}`)?.size ?? 0) >= needed;
      if (recurring) {
        removed.push({ page: page.page, text, reason: where === 'top' ? 'running-header' : 'running-footer' });
        return false;
      }
      return true;
    });
    return { ...page, lines };
  });
  return { pages: kept, removed };
}

/** The topmost (or bottommost) line of its page: a lone number there is a folio even in a one-page file. */
function isOutermost(page: PdfPageLines, line: PdfLine, where: 'top' | 'bottom'): boolean {
  const ys = page.lines.map((l) => l.y);
  return where === 'top' ? line.y >= Math.max(...ys) : line.y <= Math.min(...ys);
}

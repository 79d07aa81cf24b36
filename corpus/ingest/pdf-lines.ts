import { isCjkJoin, touchesCjk, type PdfTextItem } from './pdf-text-item';

/** A run of a visual line with no wide gap inside: a phrase, a table cell, one column's part of a line. */
export interface PdfChunk {
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
  readonly size: number;
  readonly bold: boolean;
}

/** One visual line on a page (all runs on one baseline), split into chunks at wide gaps. */
export interface PdfLine {
  readonly y: number;
  readonly size: number;
  readonly chunks: readonly PdfChunk[];
}

/** Text left out while building lines, with why (footnote marks, glyphs drawn twice for faux bold). */
export interface PdfLineRemoval {
  readonly text: string;
  readonly reason: 'footnote-mark' | 'duplicate-glyphs';
}

/** A gap wider than this many ems starts a new chunk (table cell, next column). Word spaces stay far below 1 em. */
const CHUNK_GAP_EM = 1.0;
/** Baselines closer than this share a line. */
const BASELINE_TOLERANCE_EM = 0.3;
/** A raised run at most this size relative to its line is a superscript. */
const SUPERSCRIPT_MAX_RATIO = 0.8;
const FOOTNOTE_MARK = /^[0-9*†‡§a-z\u00B9\u00B2\u00B3\u2070-\u2079\u2460-\u2473]{1,3}$/u;

interface Fragment extends PdfTextItem {
  readonly sup: boolean;
}

interface LineBuild {
  y: number;
  size: number;
  fragments: Fragment[];
}

const isBlank = (s: string): boolean => s.trim() === '';

/**
 * Groups a page's horizontal text runs into visual lines, top to bottom, each with its chunks
 * left to right. Superscript footnote marks are taken out (listed in `removed`) so a mark
 * never glues onto the number that follows it; a run drawn twice at the same spot (faux
 * bold) is kept once and makes the chunk bold. O(n log n + n·k), k = lines within a baseline tolerance.
 */
export function buildLines(items: readonly PdfTextItem[]): { lines: PdfLine[]; removed: PdfLineRemoval[] } {
  const removed: PdfLineRemoval[] = [];
  const sorted = items.filter((i) => !i.rotated && i.text !== '' && i.size > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const builds: LineBuild[] = [];
  for (const item of sorted) {
    const fragment: Fragment = { ...item, sup: false };
    let target: LineBuild | undefined;
    for (let i = builds.length - 1; i >= 0; i--) {
      const line = builds[i];
      if (!line) continue;
      if (line.y - item.y > 2 * Math.max(line.size, item.size)) break;
      if (Math.abs(line.y - item.y) <= BASELINE_TOLERANCE_EM * Math.min(line.size, item.size)) {
        target = line;
        break;
      }
    }
    if (target) {
      target.fragments.push(fragment);
      if (!isBlank(item.text)) target.size = Math.max(target.size, item.size);
    } else builds.push({ y: item.y, size: isBlank(item.text) ? 0 : item.size, fragments: [fragment] });
  }
  const merged = mergeSuperscripts(builds.filter((b) => b.fragments.some((f) => !isBlank(f.text))));
  const lines = merged.map((b) => toLine(b, removed)).filter((l): l is PdfLine => l !== undefined);
  return { lines, removed };
}

/** Moves lines made only of small raised runs into the line just below them, as superscripts. */
function mergeSuperscripts(builds: LineBuild[]): LineBuild[] {
  const out: LineBuild[] = [];
  const byY = [...builds].sort((a, b) => b.y - a.y);
  const absorbed = new Set<LineBuild>();
  for (const small of byY) {
    const x0 = Math.min(...small.fragments.map((f) => f.x));
    const x1 = Math.max(...small.fragments.map((f) => f.x + f.width));
    const host = byY.find(
      (big) =>
        big !== small &&
        !absorbed.has(big) &&
        small.size <= SUPERSCRIPT_MAX_RATIO * big.size &&
        small.y > big.y &&
        small.y - big.y < 0.9 * big.size &&
        big.fragments.some((f) => !isBlank(f.text) && f.x <= x1 + big.size && f.x + f.width >= x0 - big.size),
    );
    if (host && small.fragments.length <= 3) {
      host.fragments.push(...small.fragments.map((f) => ({ ...f, sup: true })));
      absorbed.add(small);
    }
  }
  for (const b of byY) if (!absorbed.has(b)) out.push(b);
  return out;
}

function toLine(build: LineBuild, removed: PdfLineRemoval[]): PdfLine | undefined {
  const fragments = [...build.fragments].sort((a, b) => a.x - b.x);
  const hasBody = fragments.some((f) => !f.sup && !isBlank(f.text));
  const kept: Fragment[] = [];
  for (const f of fragments) {
    if (f.sup && hasBody && FOOTNOTE_MARK.test(f.text.trim())) {
      removed.push({ text: f.text.trim(), reason: 'footnote-mark' });
      continue;
    }
    kept.push(f);
  }
  const chunks: PdfChunk[] = [];
  let text = '';
  let x0 = 0;
  let x1 = 0;
  let size = 0;
  let allBold = true;
  let pendingSpace = false;
  let previous: Fragment | undefined;
  const flush = (): void => {
    const trimmed = text.trim();
    if (trimmed !== '') chunks.push({ text: trimmed, x0, x1, size, bold: allBold });
    text = '';
    allBold = true;
    size = 0;
  };
  for (const f of kept) {
    if (isBlank(f.text)) {
      // Whitespace runs carry no reliable width (some generators give them page-wide advances): only their presence counts.
      pendingSpace = previous !== undefined;
      continue;
    }
    if (previous) {
      const gap = f.x - (previous.x + previous.width);
      const em = Math.max(previous.size, f.size);
      if (f.text === previous.text && Math.abs(f.x - previous.x) < 0.2 * em) {
        removed.push({ text: f.text, reason: 'duplicate-glyphs' });
        continue;
      }
      if (gap > CHUNK_GAP_EM * em) flush();
      else if (text !== '') {
        // Beside CJK only a whitespace run in the file is evidence of a space; between Latin words a gap is enough.
        const space = touchesCjk(text, f.text) ? pendingSpace && (gap > 0.15 * em || !isCjkJoin(text, f.text)) : pendingSpace || gap > 0.2 * em;
        if (space && !text.endsWith(' ')) text += ' ';
      }
    }
    if (text === '') x0 = f.x;
    text += f.text;
    x1 = Math.max(x1, f.x + f.width);
    size = Math.max(size, f.sup ? 0 : f.size);
    if (!f.bold) allBold = false;
    pendingSpace = false;
    previous = f;
  }
  flush();
  if (chunks.length === 0) return undefined;
  return { y: build.y, size: build.size || Math.max(...chunks.map((c) => c.size)), chunks };
}

import { textOffset, type TextOffset, type TextRange } from '../../corpus/model';
import type { TextMap } from './text-map';

/**
 * Paints ranges with the CSS Custom Highlight API: the article DOM is never modified, so the
 * text-offset map stays exact, overlapping highlights simply stack, and (measured in Debian's
 * Chromium 156) the paint also appears in printed PDFs. Hit-testing of clicks goes through
 * the text-offset map instead of elements.
 */
export interface HighlightLayer {
  /** Replaces every range painted under `name` (styled by `::highlight(name)`). */
  set(name: string, ranges: readonly Range[]): void;
  /** Paints clean-text spans under `name` through the text map (spans it cannot map are skipped). */
  paint(name: string, map: TextMap, spans: readonly Span[]): void;
  clear(): void;
}

/** A clean-text span [start, end). */
export type Span = TextRange;

/**
 * The same paint with as few ranges as possible: overlapping or touching spans of one colour
 * merged, in text order. A highlight paints the union of its ranges once (overlaps inside one
 * highlight do not darken: measured in Chromium 156, the screenshots are byte-identical), so the
 * page looks the same while a large article builds (and rebuilds on scroll) a few hundred ranges
 * instead of one per annotation.
 */
export function unionOfSpans(spans: readonly Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: TextOffset; end: TextOffset }[] = [];
  for (const { start, end } of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last.end) last.end = textOffset(Math.max(last.end, end));
    else merged.push({ start, end });
  }
  return merged;
}

export function highlightApiAvailable(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

export function createHighlightLayer(): HighlightLayer {
  const names = new Set<string>();
  const set = (name: string, ranges: readonly Range[]) => {
    if (!highlightApiAvailable()) return;
    names.add(name);
    if (ranges.length === 0) CSS.highlights.delete(name);
    else CSS.highlights.set(name, new Highlight(...ranges));
  };
  return {
    set,
    paint(name, map, spans) {
      set(
        name,
        spans.map((s) => map.rangeOf(s.start, s.end)).filter((r): r is Range => r !== undefined),
      );
    },
    clear() {
      if (!highlightApiAvailable()) return;
      for (const name of names) CSS.highlights.delete(name);
      names.clear();
    },
  };
}

/**
 * Paints ranges with the CSS Custom Highlight API: the article DOM is never modified, so the
 * text-offset map stays exact, overlapping highlights simply stack, and (measured in Debian's
 * Chromium 156) the paint also appears in printed PDFs. Hit-testing of clicks goes through
 * the text-offset map instead of elements.
 */
export interface HighlightLayer {
  /** Replaces every range painted under `name` (styled by `::highlight(name)`). */
  set(name: string, ranges: readonly Range[]): void;
  clear(): void;
}

export function highlightApiAvailable(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

export function createHighlightLayer(): HighlightLayer {
  const names = new Set<string>();
  return {
    set(name, ranges) {
      if (!highlightApiAvailable()) return;
      names.add(name);
      if (ranges.length === 0) CSS.highlights.delete(name);
      else CSS.highlights.set(name, new Highlight(...ranges));
    },
    clear() {
      if (!highlightApiAvailable()) return;
      for (const name of names) CSS.highlights.delete(name);
      names.clear();
    },
  };
}

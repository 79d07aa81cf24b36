/**
 * Selecting text without a mouse. Chromium and Electron have no caret in read-only text unless
 * caret browsing is switched on, so the reader handles Shift+arrows itself: the first press
 * starts at the beginning of the top visible block, later presses extend by character
 * (Shift+←/→), word (Ctrl/Alt+Shift+←/→), line (Shift+↑/↓) or to the line's ends
 * (Shift+Home/End), using Selection.modify.
 */
type Direction = 'forward' | 'backward';
type Granularity = 'character' | 'word' | 'line' | 'lineboundary';

type ModifiableSelection = Selection & { modify?: (alter: 'extend' | 'move', direction: Direction, granularity: Granularity) => void };

/** The Selection.modify step for a key, or undefined when the key does not select. */
export function selectionStep(key: string, shift: boolean, wordKey: boolean): { direction: Direction; granularity: Granularity } | undefined {
  if (!shift) return undefined;
  switch (key) {
    case 'ArrowRight':
      return { direction: 'forward', granularity: wordKey ? 'word' : 'character' };
    case 'ArrowLeft':
      return { direction: 'backward', granularity: wordKey ? 'word' : 'character' };
    case 'ArrowDown':
      return { direction: 'forward', granularity: 'line' };
    case 'ArrowUp':
      return { direction: 'backward', granularity: 'line' };
    case 'End':
      return { direction: 'forward', granularity: 'lineboundary' };
    case 'Home':
      return { direction: 'backward', granularity: 'lineboundary' };
    default:
      return undefined;
  }
}

/**
 * Handles one key press inside `root`; returns true when it changed the selection (the caller
 * then prevents the default scrolling). `startAt` gives the block to start from.
 */
export function extendSelectionByKey(root: HTMLElement, event: KeyboardEvent, startAt: () => HTMLElement | undefined): boolean {
  const step = selectionStep(event.key, event.shiftKey, event.ctrlKey || event.altKey || event.metaKey);
  const selection = window.getSelection() as ModifiableSelection | null;
  if (!step || !selection?.modify) return false;
  const inside = selection.rangeCount > 0 && root.contains(selection.anchorNode);
  if (!inside) {
    const block = startAt();
    const first = block ? root.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT).nextNode() : null;
    if (!first) return false;
    selection.collapse(first, 0);
  }
  selection.modify('extend', step.direction, step.granularity);
  return true;
}

import { COLORS, type HighlightColor } from '../../../corpus/model';
import { color as colorForKey } from './color-keys';

/** What a key press means in the reader, given what is selected. */
export type ReaderCommand =
  | { readonly kind: 'undo' }
  | { readonly kind: 'highlight'; readonly color: HighlightColor; readonly withNote: boolean }
  | { readonly kind: 'recolor'; readonly color: HighlightColor }
  | { readonly kind: 'edit-note' }
  | { readonly kind: 'delete' }
  | { readonly kind: 'dismiss' };

export interface KeyPress {
  readonly key: string;
  readonly ctrl: boolean;
  readonly meta: boolean;
  readonly alt: boolean;
  readonly shift: boolean;
  /** The key went to a text field: it types, it does not command. */
  readonly typing: boolean;
}

export interface ReaderState {
  readonly hasSelection: boolean;
  readonly hasActive: boolean;
}

/**
 * The reader's single-key shortcuts (the `?` dialog lists them): 1–5 highlight a selection or
 * recolour the active highlight, N adds a note, Delete removes the active one, Ctrl/Cmd+Z undoes,
 * Escape dismisses. Pure, so the whole table is tested without a browser.
 */
export function readerCommand(press: KeyPress, state: ReaderState): ReaderCommand | undefined {
  if (press.typing || press.alt) return undefined;
  if ((press.ctrl || press.meta) && press.key.toLowerCase() === 'z' && !press.shift) return { kind: 'undo' };
  if (press.ctrl || press.meta) return undefined;
  const color = colorForKey(press.key);
  if (color) {
    if (state.hasSelection) return { kind: 'highlight', color, withNote: false };
    return state.hasActive ? { kind: 'recolor', color } : undefined;
  }
  if (press.key === 'n' || press.key === 'N') {
    if (state.hasSelection) return { kind: 'highlight', color: COLORS[0], withNote: true };
    return state.hasActive ? { kind: 'edit-note' } : undefined;
  }
  if ((press.key === 'Delete' || press.key === 'Backspace') && state.hasActive) return { kind: 'delete' };
  if (press.key === 'Escape') return { kind: 'dismiss' };
  return undefined;
}

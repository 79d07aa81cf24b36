/** Keyboard helpers shared by every view's shortcuts. */

/** True when a key press goes to a text field (input, textarea, select, contenteditable): single-key shortcuts stay out of it. */
export function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** A key with its modifiers; a modifier left out does not matter. `mod` is Ctrl, or ⌘ on a Mac (either is accepted). */
export interface KeyCombo {
  readonly key: string;
  readonly mod?: boolean;
  readonly shift?: boolean;
  readonly alt?: boolean;
}

type KeyState = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

/** Whether a key press is `combo` (the key compared without case). */
export function matchesKey(e: KeyState, combo: KeyCombo): boolean {
  if (e.key.toLowerCase() !== combo.key.toLowerCase()) return false;
  if (combo.mod !== undefined && combo.mod !== (e.ctrlKey || e.metaKey)) return false;
  if (combo.shift !== undefined && combo.shift !== e.shiftKey) return false;
  if (combo.alt !== undefined && combo.alt !== e.altKey) return false;
  return true;
}

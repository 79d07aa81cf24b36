import type { MessageKey } from '../../ui/i18n';

/**
 * One key in a combination. `Mod` is Ctrl on Windows/Linux and ⌘ on macOS; every other
 * name is shown as written (Enter, Shift, Delete, Esc are printed on keyboards in both languages).
 */
export type Key = 'Mod' | 'Shift' | 'Enter' | 'Delete' | 'Esc' | 'K' | 'F' | 'Z' | 'P' | 'N' | '1–5' | '?' | '←→↑↓';

export type ShortcutGroup = 'anywhere' | 'reader';

export interface Shortcut {
  readonly id: string;
  readonly group: ShortcutGroup;
  /** Alternative combinations; each is a list of keys pressed together. */
  readonly keys: readonly (readonly Key[])[];
  readonly description: MessageKey;
}

/**
 * Every keyboard shortcut of the app, in the order the dialog lists them. The handlers live
 * with their features (GlobalSearch, FindBar, ReaderView, ExportPdf); this is the one list
 * people read, so a new shortcut is added here too.
 */
export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'search', group: 'anywhere', keys: [['Mod', 'K']], description: 'shortcuts.search' },
  { id: 'help', group: 'anywhere', keys: [['?']], description: 'shortcuts.help' },
  { id: 'escape', group: 'anywhere', keys: [['Esc']], description: 'shortcuts.escape' },
  { id: 'find', group: 'reader', keys: [['Mod', 'F']], description: 'shortcuts.find' },
  { id: 'find-next', group: 'reader', keys: [['Enter']], description: 'shortcuts.findNext' },
  { id: 'find-previous', group: 'reader', keys: [['Shift', 'Enter']], description: 'shortcuts.findPrevious' },
  { id: 'select', group: 'reader', keys: [['Shift', '←→↑↓']], description: 'shortcuts.select' },
  { id: 'colors', group: 'reader', keys: [['1–5']], description: 'shortcuts.colors' },
  { id: 'note', group: 'reader', keys: [['N']], description: 'shortcuts.note' },
  { id: 'delete', group: 'reader', keys: [['Delete']], description: 'shortcuts.delete' },
  { id: 'undo', group: 'reader', keys: [['Mod', 'Z']], description: 'shortcuts.undo' },
  { id: 'pdf', group: 'reader', keys: [['Mod', 'P']], description: 'shortcuts.pdf' },
];

export const SHORTCUT_GROUPS: readonly { readonly id: ShortcutGroup; readonly title: MessageKey }[] = [
  { id: 'anywhere', title: 'shortcuts.group.anywhere' },
  { id: 'reader', title: 'shortcuts.group.reader' },
];

/** How a key is printed on this platform. */
export function keyLabel(key: Key, mac: boolean): string {
  return key === 'Mod' ? (mac ? '⌘' : 'Ctrl') : key;
}

/** Whether a keydown asks for the shortcuts dialog: `?` without Ctrl/Cmd/Alt (Shift is how `?` is typed). */
export function isHelpKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
  return e.key === '?' && !e.ctrlKey && !e.metaKey && !e.altKey;
}

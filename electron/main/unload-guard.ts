/**
 * Closing the window (or reloading) while a note has unsaved text. The renderer's
 * `beforeunload` handler cancels the unload; a browser would then ask the user, Electron
 * silently keeps the window open. `will-prevent-unload` is where Electron hands that decision
 * to us: a native "leave / stay" dialog, in the OS language like the menu. The draft is saved
 * as it is typed either way, so "leave" loses nothing that cannot be reopened.
 */

/** The subset of Electron's `MessageBoxSyncOptions` this dialog uses. */
export interface LeaveDialogOptions {
  readonly type: 'question';
  readonly title: string;
  readonly message: string;
  readonly detail: string;
  /** Index 0 leaves, index 1 stays. */
  readonly buttons: readonly [string, string];
  readonly defaultId: number;
  readonly cancelId: number;
  readonly noLink: true;
}

const LEAVE = 0;
const STAY = 1;

/** The dialog's text for an OS locale such as `zh-CN` or `en-US` (zh when it starts with `zh`). */
export function leaveDialogOptions(locale: string): LeaveDialogOptions {
  const zh = locale.toLowerCase().startsWith('zh');
  return {
    type: 'question',
    title: zh ? '批注' : 'Pizhu',
    message: zh ? '有一条笔记还没有保存。要离开吗？' : 'A note has not been saved. Leave anyway?',
    detail: zh ? '草稿已经保存，下次打开这条笔记时会回来。' : 'The draft is kept and comes back when you open the note again.',
    buttons: zh ? ['离开', '留下'] : ['Leave', 'Stay'],
    // Enter and Escape both keep the window: leaving takes a deliberate click.
    defaultId: STAY,
    cancelId: STAY,
    noLink: true,
  };
}

/** The event Electron emits; `preventDefault()` ignores the page's `beforeunload` and unloads. */
export interface PreventUnloadEvent {
  preventDefault(): void;
}

/** Shows a modal message box and returns the index of the button chosen (`dialog.showMessageBoxSync`). */
export type AskUser = (options: LeaveDialogOptions) => number;

/** Handles one `will-prevent-unload`: asks, and lets the unload go ahead only on "leave". Returns whether it did. */
export function confirmLeave(event: PreventUnloadEvent, ask: AskUser, locale: string): boolean {
  const leave = ask(leaveDialogOptions(locale)) === LEAVE;
  if (leave) event.preventDefault();
  return leave;
}

/** What `guardUnload` needs of a `WebContents`. */
export interface UnloadSource {
  on(event: 'will-prevent-unload', listener: (event: PreventUnloadEvent) => void): unknown;
}

/** Wires the dialog to a window's contents. `locale` is read per event (the OS language can change). */
export function guardUnload(contents: UnloadSource, ask: AskUser, locale: () => string): void {
  contents.on('will-prevent-unload', (event) => {
    confirmLeave(event, ask, locale());
  });
}

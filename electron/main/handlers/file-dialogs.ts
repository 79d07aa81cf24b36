/**
 * The dialog and file-system calls the file handlers make, as injectable functions: Electron's
 * `dialog` and `node:fs/promises` in production, fakes and a temp folder in tests.
 */
export interface FileFilter {
  readonly name: string;
  readonly extensions: readonly string[];
}

export interface SaveDialogRequest {
  readonly title: string;
  readonly defaultName: string;
  readonly filters: readonly FileFilter[];
}

export interface OpenDialogRequest {
  readonly title: string;
  readonly filters: readonly FileFilter[];
  readonly multiSelections: boolean;
}

/** Returns the chosen path, or undefined when the user cancelled. */
export type ShowSaveDialog = (request: SaveDialogRequest) => Promise<string | undefined>;
/** Returns the chosen paths; empty when the user cancelled. */
export type ShowOpenDialog = (request: OpenDialogRequest) => Promise<readonly string[]>;
export type WriteFile = (path: string, data: string | Uint8Array) => Promise<void>;

/**
 * Reduces a renderer-suggested name to a plain file name: no folders, no control characters,
 * no characters Windows refuses, no leading dots. Empty results fall back to `fallback`.
 */
export function safeFileName(name: string, fallback: string): string {
  const cleaned = name
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, '_')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '')
    .slice(0, 180);
  return cleaned === '' ? fallback : cleaned;
}

/** Adds `.ext` unless the name already ends with it (case-insensitive). */
export function withExtension(name: string, extension: string): string {
  return name.toLowerCase().endsWith(`.${extension}`) ? name : `${name}.${extension}`;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The one source of IPC truth: every channel between the renderer and Electron's main
 * process, with its argument and result types. The preload exposes exactly one named
 * function per channel (no generic `invoke`); main validates every argument
 * (`electron/ipc/guards.ts`) and checks the sender before a handler runs. The browser host
 * (`renderer/host/browser-host.ts`) implements the same interface without Electron.
 *
 * Type-only: importable from the renderer, main and preload alike.
 */
import type { Result } from '../../corpus/model/result';

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly host: 'electron' | 'browser';
  readonly platform: string;
  /** Where notes and backups live, for the user to see (Electron: the userData folder). */
  readonly dataLocation: string;
  /** Preferred UI languages of the OS, most preferred first. */
  readonly locales: readonly string[];
}

export interface BackupInfo {
  /** File name, e.g. `pizhu-backup-2026-11-26T11-40-00Z.json`. */
  readonly name: string;
  readonly size: number;
  /** ISO time the backup was written (or last found unchanged), by the clock of that moment. */
  readonly created: string;
  /** Order of writing, highest newest; lists are sorted by it, never by time or name. */
  readonly sequence: number;
  /** A safety backup taken before a restore or a replacing import: never pruned. */
  readonly pinned: boolean;
}

/** How to keep a backup being written. */
export interface WriteBackupRequest {
  /** `backupChecksum` of the backup's data: a kept backup with the same one is reused, not copied. */
  readonly checksum: string;
  /** Pin it (a safety backup): it is never pruned. */
  readonly pin: boolean;
}

/** A backup just written, or the kept one with identical data (`unchanged`). */
export interface WrittenBackup extends BackupInfo {
  readonly unchanged: boolean;
}

export interface SaveFileRequest {
  readonly suggestedName: string;
  readonly content: string;
  readonly mimeType: 'text/markdown' | 'application/json' | 'text/plain';
}

export interface SavePdfRequest {
  /** Complete, self-contained print HTML (no scripts). */
  readonly html: string;
  readonly suggestedName: string;
  readonly pageSize: 'A4' | 'Letter';
  /** Language of the page footer ("第 n 页 / 共 m 页" or "Page n of m"). */
  readonly lang: 'zh-CN' | 'en';
}

/** Documents to print only to count their pages (the meeting pack's contents numbers). */
export interface CountPagesRequest {
  readonly htmls: readonly string[];
  readonly pageSize: 'A4' | 'Letter';
  readonly lang: 'zh-CN' | 'en';
}

export type Saved = { readonly saved: true; readonly path: string } | { readonly saved: false };

/**
 * One picked file. Files that cannot be imported are still listed, so the importer reports
 * each one by name: `bytes` is empty when the file was not read (too large, wrong type) and
 * `error` says why a file could not be read.
 */
export interface OpenedFile {
  readonly name: string;
  readonly size: number;
  readonly bytes: Uint8Array;
  readonly error?: string;
}

/** Commands the native menu sends to the renderer. */
export const MENU_COMMANDS = [
  'import',
  'export-pdf',
  'print',
  'meeting-pack',
  'export-markdown',
  'backup-now',
  'find-in-article',
  'global-search',
  'settings',
  'shortcuts',
  'library',
  'notebook',
  'about',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Request/response channels: name → signature. Every result is a Result. */
export interface IpcContract {
  getAppInfo(): Promise<Result<AppInfo>>;
  /** Writes a backup JSON into the backups folder, keeping the newest 10 by sequence plus every pinned one. */
  writeBackup(json: string, request: WriteBackupRequest): Promise<Result<WrittenBackup>>;
  listBackups(): Promise<Result<readonly BackupInfo[]>>;
  readBackup(name: string): Promise<Result<string>>;
  /** Shows a save dialog and writes a text file. */
  saveFile(request: SaveFileRequest): Promise<Result<Saved>>;
  /** Renders print HTML in a hidden window and saves it as PDF through a save dialog. */
  savePdf(request: SavePdfRequest): Promise<Result<Saved>>;
  /** Prints each document off screen and returns its page count (the browser host cannot). */
  countPdfPages(request: CountPagesRequest): Promise<Result<readonly number[]>>;
  /** Shows an open dialog for briefings to import; returns each file's bytes (files over 20 MB are listed unread). */
  openFiles(): Promise<Result<readonly OpenedFile[]>>;
  /**
   * Tells the shell which team server the page may connect to (`null`: none), so the
   * Content-Security-Policy it sends opens `connect-src` to that origin only. The page's policy
   * is fixed when it loads: `changed` says a reload is needed. Only the address, never the invite.
   */
  setTeamServer(url: string | null): Promise<Result<{ readonly changed: boolean }>>;
}

export type IpcChannel = keyof IpcContract;

/** Channel names as sent over IPC: `pizhu:<name>`. */
export const ipcChannelName = (channel: IpcChannel): string => `pizhu:${channel}`;
export const MENU_COMMAND_CHANNEL = 'pizhu:menu-command';
/** Main → renderer: a `pizhu://article/<id>#p12` link the OS opened with Pizhu. */
export const OPEN_LINK_CHANNEL = 'pizhu:open-link';

/** What the preload exposes on `window.pizhu`. */
export interface PizhuBridge extends IpcContract {
  /** Subscribes to native menu commands; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Subscribes to passage links opened from outside (`pizhu://article/<id>#p12`). */
  onOpenLink(listener: (url: string) => void): () => void;
}

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const BACKUPS_KEPT = 10;

import { adoptUnsequenced, planWrite, toPrune, type CatalogEntry, type UnsequencedEntry } from '../../corpus/backup/backup-catalog';
import { err, ok } from '../../corpus/model/result';
import {
  BACKUPS_KEPT,
  MAX_IMPORT_BYTES,
  type AppInfo,
  type BackupInfo,
  type MenuCommand,
  type OpenedFile,
  type SaveFileRequest,
  type SavePdfRequest,
} from '../../electron/ipc/contract';
import { TEAM_SERVER_COOKIE } from '../../corpus/sync/server-address';
import type { Host } from './host';

/** The team server address the preview's CSP cookie holds, if any. */
function teamServerCookie(): string | undefined {
  const part = document.cookie
    .split(';')
    .map((p) => p.trim())
    .find((p) => p.startsWith(`${TEAM_SERVER_COOKIE}=`));
  if (!part) return undefined;
  try {
    return decodeURIComponent(part.slice(TEAM_SERVER_COOKIE.length + 1)) || undefined;
  } catch {
    return undefined;
  }
}

/** A kept backup's metadata; `sequence`, `checksum` and `pinned` are absent in records older than them. */
export interface BackupMeta {
  readonly name: string;
  readonly created: string;
  readonly size: number;
  readonly sequence?: number;
  readonly checksum?: string;
  readonly pinned?: boolean;
}

/** What one write changes: an entry to add (with its JSON) or to renew (metadata only), and names to delete. */
export interface BackupChanges {
  readonly put?: { readonly entry: CatalogEntry; readonly json?: string };
  readonly remove: readonly string[];
}

/** Where the browser host keeps backups (the store module provides it, backed by IndexedDB). */
export interface BackupFiles {
  /** Reads the kept backups and applies what `decide` returns, in one transaction (no write can interleave). */
  change<T>(decide: (kept: readonly BackupMeta[]) => { readonly changes: BackupChanges; readonly result: T }): Promise<T>;
  list(): Promise<BackupMeta[]>;
  get(name: string): Promise<string | undefined>;
}

/** Kept backups in sequence order; records without a sequence are adopted below the others. */
export function catalogOf(kept: readonly BackupMeta[]): CatalogEntry[] {
  const sequenced: CatalogEntry[] = [];
  const unsequenced: UnsequencedEntry[] = [];
  for (const { sequence, checksum, pinned, ...rest } of kept) {
    const entry = { ...rest, pinned: pinned ?? false, ...(checksum === undefined ? {} : { checksum }) };
    if (sequence === undefined) unsequenced.push(entry);
    else sequenced.push({ ...entry, sequence });
  }
  return adoptUnsequenced(sequenced, unsequenced);
}

const info = ({ name, size, created, sequence, pinned }: CatalogEntry): BackupInfo => ({ name, size, created, sequence, pinned });

export interface BrowserHostDeps {
  readonly backups: BackupFiles;
  readonly version: string;
  /** Opens a file picker; injectable for tests. */
  readonly pickFiles?: () => Promise<File[]>;
  /** Prints an HTML document (browser print dialog → "Save as PDF"). */
  readonly printHtml?: (html: string) => Promise<void>;
  readonly now?: () => Date;
  /** Unpinned backups kept (default `BACKUPS_KEPT`). */
  readonly kept?: number;
}

/** `pizhu-backup-2026-11-26T11-40-00-123Z.json`: sortable, no characters a file system dislikes. */
export function backupFileName(date: Date): string {
  return `pizhu-backup-${date.toISOString().replace(/[:.]/g, '-')}.json`;
}

function downloadText(name: string, content: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${mimeType};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function pickFilesWithInput(): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.accept = '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';
    input.addEventListener('change', () => resolve([...(input.files ?? [])]));
    input.addEventListener('cancel', () => resolve([]));
    input.click();
  });
}

/** Prints HTML from a hidden, script-less iframe: the browser's print dialog saves the PDF. */
function printInIframe(html: string): Promise<void> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-modals allow-same-origin');
    frame.style.cssText = 'position:fixed;width:0;height:0;border:0;visibility:hidden';
    frame.srcdoc = html;
    frame.addEventListener('load', () => {
      const win = frame.contentWindow;
      void (win?.document.fonts?.ready ?? Promise.resolve()).then(() => {
        win?.print();
        setTimeout(() => {
          frame.remove();
          resolve();
        }, 1000);
      });
    });
    document.body.append(frame);
  });
}

/**
 * The Host contract without Electron: downloads instead of save dialogs, a file input
 * instead of an open dialog, the browser's print dialog for PDFs, backups in IndexedDB.
 */
export function createBrowserHost(deps: BrowserHostDeps): Host {
  const now = deps.now ?? (() => new Date());
  const menuListeners = new Set<(command: MenuCommand) => void>();
  return {
    async getAppInfo() {
      const info: AppInfo = {
        name: 'Pizhu',
        version: deps.version,
        host: 'browser',
        platform: navigator.platform || 'web',
        dataLocation: `IndexedDB · ${location.origin}`,
        locales: [...(navigator.languages ?? [navigator.language])],
      };
      return ok(info);
    },
    async writeBackup(json, request) {
      const time = now();
      try {
        const written = await deps.backups.change((kept) => {
          const catalog = catalogOf(kept);
          const plan = planWrite(catalog, request.checksum, { pin: request.pin, created: time.toISOString() });
          if (plan.kind === 'reuse') return { changes: { put: { entry: plan.entry }, remove: [] }, result: { ...info(plan.entry), unchanged: true } };
          // Same millisecond, or a clock set back onto an old name: step past it.
          const names = new Set(kept.map((k) => k.name));
          let stamp = time;
          while (names.has(backupFileName(stamp))) stamp = new Date(stamp.getTime() + 1);
          const entry: CatalogEntry = {
            name: backupFileName(stamp),
            sequence: plan.sequence,
            created: time.toISOString(),
            size: json.length,
            checksum: request.checksum,
            pinned: request.pin,
          };
          const remove = toPrune([entry, ...catalog], deps.kept ?? BACKUPS_KEPT).map((e) => e.name);
          return { changes: { put: { entry, json }, remove }, result: { ...info(entry), unchanged: false } };
        });
        return ok(written);
      } catch (error) {
        return err(`cannot write backup in this browser's storage: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    async listBackups() {
      return ok(catalogOf(await deps.backups.list()).map(info));
    },
    async readBackup(name) {
      const json = await deps.backups.get(name);
      return json === undefined ? err(`No backup named ${name}`) : ok(json);
    },
    async saveFile(request: SaveFileRequest) {
      downloadText(request.suggestedName, request.content, request.mimeType);
      return ok({ saved: true, path: `Downloads/${request.suggestedName}` });
    },
    async savePdf(request: SavePdfRequest) {
      await (deps.printHtml ?? printInIframe)(request.html);
      return ok({ saved: false });
    },
    async countPdfPages() {
      // The browser's print dialog cannot report pages; the contents print without numbers.
      return err('page counts need the desktop app');
    },
    async openFiles() {
      const files = await (deps.pickFiles ?? pickFilesWithInput)();
      const opened: OpenedFile[] = [];
      for (const file of files) {
        // Too large to read: listed unread so the importer refuses it by name.
        const bytes = file.size > MAX_IMPORT_BYTES ? new Uint8Array(0) : new Uint8Array(await file.arrayBuffer());
        opened.push({ name: file.name, size: file.size, bytes });
      }
      return ok(opened);
    },
    async setTeamServer(url) {
      // The preview server reads this cookie to open connect-src (build/static-server.ts).
      const before = teamServerCookie();
      document.cookie = url
        ? `${TEAM_SERVER_COOKIE}=${encodeURIComponent(url)}; path=/; max-age=${10 * 365 * 24 * 3600}; SameSite=Strict`
        : `${TEAM_SERVER_COOKIE}=; path=/; max-age=0; SameSite=Strict`;
      return ok({ changed: before !== (url ?? undefined) });
    },
    onOpenLink() {
      // Browsers open pizhu:// links only through an installed desktop app.
      return () => undefined;
    },
    onMenuCommand(listener) {
      menuListeners.add(listener);
      return () => menuListeners.delete(listener);
    },
  };
}

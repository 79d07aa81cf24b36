import { randomUUID } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { err, ok, type Result } from '../../../corpus/model/result';
import { BACKUPS_KEPT, type BackupInfo } from '../../ipc/contract';
import { BACKUP_NAME_PATTERN } from '../../ipc/guards';

/** The file-system calls the backup store makes; `node:fs/promises` satisfies it. */
export interface BackupFs {
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  open(path: string, flags: 'wx'): Promise<Pick<FileHandle, 'writeFile' | 'sync' | 'close'>>;
  rename(from: string, to: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  stat(path: string): Promise<{ size: number; mtime: Date }>;
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  rm(path: string, options: { force: true }): Promise<void>;
}

export interface BackupStoreDeps {
  /** `<userData>/backups`. */
  readonly dir: string;
  readonly fs: BackupFs;
  readonly now?: () => Date;
  readonly kept?: number;
}

export interface BackupStore {
  writeBackup(json: string): Promise<Result<BackupInfo>>;
  listBackups(): Promise<Result<readonly BackupInfo[]>>;
  readBackup(name: string): Promise<Result<string>>;
}

/** `pizhu-backup-2026-11-26T11-40-00-123Z.json` — same as the browser host, sorts by time. */
export function backupFileName(date: Date): string {
  return `pizhu-backup-${date.toISOString().replace(/[:.]/g, '-')}.json`;
}

/** The ISO time encoded in a backup name, or undefined for names we did not write. */
export function backupCreated(name: string): string | undefined {
  const match = /^pizhu-backup-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})(?:-(\d{3}))?Z/.exec(name);
  if (!match) return undefined;
  const [, day, h, m, s, ms = '000'] = match;
  return `${day}T${h}:${m}:${s}.${ms}Z`;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const isNotFound = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';

/**
 * Backups as files in one folder. Writes are atomic (temp file, fsync, rename), so a crash
 * leaves either the old set or the new backup, never half a file under a backup name; the
 * newest `kept` are kept.
 */
export function createBackupStore(deps: BackupStoreDeps): BackupStore {
  const { dir, fs } = deps;
  const now = deps.now ?? (() => new Date());
  const kept = deps.kept ?? BACKUPS_KEPT;

  async function listBackups(): Promise<Result<readonly BackupInfo[]>> {
    let names: string[];
    try {
      names = await fs.readdir(dir);
    } catch (error) {
      if (isNotFound(error)) return ok([]);
      return err(`cannot list backups in ${dir}: ${message(error)}`);
    }
    const infos: BackupInfo[] = [];
    for (const name of names.filter((n) => BACKUP_NAME_PATTERN.test(n))) {
      try {
        const stat = await fs.stat(join(dir, name));
        infos.push({ name, size: stat.size, created: backupCreated(name) ?? stat.mtime.toISOString() });
      } catch {
        // Deleted between readdir and stat (another prune): simply not listed.
      }
    }
    infos.sort((a, b) => (a.created === b.created ? b.name.localeCompare(a.name) : b.created.localeCompare(a.created)));
    return ok(infos);
  }

  async function prune(): Promise<void> {
    const listed = await listBackups();
    if (!listed.ok) return;
    for (const old of listed.value.slice(kept)) await fs.rm(join(dir, old.name), { force: true });
  }

  async function writeBackup(json: string): Promise<Result<BackupInfo>> {
    try {
      JSON.parse(json);
    } catch (error) {
      return err(`json: not valid JSON, backup not written: ${message(error)}`);
    }
    try {
      await fs.mkdir(dir, { recursive: true });
      const existing = new Set(await fs.readdir(dir));
      // Two backups in the same millisecond would overwrite each other; step the clock.
      let time = now();
      while (existing.has(backupFileName(time))) time = new Date(time.getTime() + 1);
      const name = backupFileName(time);
      const temp = join(dir, `.${name}.${randomUUID()}.tmp`);
      const handle = await fs.open(temp, 'wx');
      try {
        await handle.writeFile(json, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      try {
        await fs.rename(temp, join(dir, name));
      } catch (error) {
        await fs.rm(temp, { force: true });
        throw error;
      }
      await prune();
      return ok({ name, size: Buffer.byteLength(json, 'utf8'), created: time.toISOString() });
    } catch (error) {
      return err(`cannot write backup in ${dir}: ${message(error)}`);
    }
  }

  async function readBackup(name: string): Promise<Result<string>> {
    // The guard checked the name already; checked again because this is the line that
    // stands between a name and a path.
    if (!BACKUP_NAME_PATTERN.test(name)) return err(`name: not a backup file name: ${name}`);
    try {
      return ok(await fs.readFile(join(dir, name), 'utf8'));
    } catch (error) {
      if (isNotFound(error)) return err(`name: no backup named ${name}`);
      return err(`cannot read backup ${name}: ${message(error)}`);
    }
  }

  return { writeBackup, listBackups, readBackup };
}

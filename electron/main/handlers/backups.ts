import { randomUUID } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { adoptUnsequenced, newestFirst, planWrite, toPrune, type CatalogEntry, type UnsequencedEntry } from '../../../corpus/backup/backup-catalog';
import { err, ok, type Result } from '../../../corpus/model/result';
import { BACKUPS_KEPT, type BackupInfo, type WriteBackupRequest, type WrittenBackup } from '../../ipc/contract';
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
  writeBackup(json: string, request: WriteBackupRequest): Promise<Result<WrittenBackup>>;
  listBackups(): Promise<Result<readonly BackupInfo[]>>;
  readBackup(name: string): Promise<Result<string>>;
}

/** `pizhu-backup-2026-11-26T11-40-00-123Z.json`: a label for people; order comes from the index. */
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

/** The sidecar that records each backup's sequence, checksum and pin (not a backup name, so never listed). */
export const BACKUP_INDEX_FILE = 'backup-index.json';

const catalogEntrySchema = z.object({
  name: z.string().regex(BACKUP_NAME_PATTERN),
  sequence: z.number().int(),
  created: z.string(),
  size: z.number().int().nonnegative(),
  checksum: z.string().optional(),
  pinned: z.boolean(),
});
const backupIndexSchema = z.object({ format: z.literal('pizhu-backup-index'), version: z.literal(1), entries: z.array(catalogEntrySchema) });

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const isNotFound = (error: unknown): boolean => typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';

const info = ({ name, size, created, sequence, pinned }: CatalogEntry): BackupInfo => ({ name, size, created, sequence, pinned });

/**
 * Backups as files in one folder plus an index (`backup-index.json`) of their sequence numbers,
 * checksums and pins. Files are written atomically (temp file, fsync, rename). The index is
 * saved before the new file is renamed into place and before pruned files are deleted, so a
 * crash can leave only an indexed name without a file (not listed) or an old unindexed file
 * (adopted as the oldest and pruned next time) — never a new backup ranked below old ones.
 * Writes are serialized, so two at once cannot lose each other's index entry.
 */
export function createBackupStore(deps: BackupStoreDeps): BackupStore {
  const { dir, fs } = deps;
  const now = deps.now ?? (() => new Date());
  const kept = deps.kept ?? BACKUPS_KEPT;
  let queue: Promise<unknown> = Promise.resolve();
  const serialized = <T>(run: () => Promise<T>): Promise<T> => {
    const next = queue.then(run, run);
    queue = next.catch(() => undefined);
    return next;
  };

  async function readIndex(): Promise<readonly CatalogEntry[]> {
    try {
      const parsed = backupIndexSchema.safeParse(JSON.parse(await fs.readFile(join(dir, BACKUP_INDEX_FILE), 'utf8')));
      // A damaged index costs only the order of older backups: every file is adopted by its time.
      return parsed.success ? parsed.data.entries.map((e): CatalogEntry => ({ ...e, ...(e.checksum === undefined ? {} : { checksum: e.checksum }) })) : [];
    } catch (error) {
      if (isNotFound(error) || error instanceof SyntaxError) return [];
      throw error;
    }
  }

  /** Writes `text` to a synced temp file; `commit` renames it to `name`, `discard` removes it. */
  async function writeFileAtomically(name: string, text: string): Promise<{ commit: () => Promise<void>; discard: () => Promise<void> }> {
    const temp = join(dir, `.${name}.${randomUUID()}.tmp`);
    const handle = await fs.open(temp, 'wx');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    const discard = () => fs.rm(temp, { force: true });
    const commit = async () => {
      try {
        await fs.rename(temp, join(dir, name));
      } catch (error) {
        await discard();
        throw error;
      }
    };
    return { commit, discard };
  }

  async function saveIndex(entries: readonly CatalogEntry[]): Promise<void> {
    const { commit } = await writeFileAtomically(
      BACKUP_INDEX_FILE,
      `${JSON.stringify({ format: 'pizhu-backup-index', version: 1, entries: newestFirst(entries) }, null, 2)}\n`,
    );
    await commit();
  }

  /** The index's entries whose files exist, plus every unindexed backup file, newest first. */
  async function loadCatalog(): Promise<Result<CatalogEntry[]>> {
    let names: string[];
    try {
      names = (await fs.readdir(dir)).filter((n) => BACKUP_NAME_PATTERN.test(n));
    } catch (error) {
      if (isNotFound(error)) return ok([]);
      return err(`cannot list backups in ${dir}: ${message(error)}`);
    }
    const present = new Set(names);
    const indexed = (await readIndex()).filter((e) => present.has(e.name));
    const known = new Set(indexed.map((e) => e.name));
    const unindexed: UnsequencedEntry[] = [];
    for (const name of names.filter((n) => !known.has(n))) {
      try {
        const stat = await fs.stat(join(dir, name));
        unindexed.push({ name, size: stat.size, created: backupCreated(name) ?? stat.mtime.toISOString(), pinned: false });
      } catch {
        // Deleted between readdir and stat (another prune): simply not listed.
      }
    }
    return ok(adoptUnsequenced(indexed, unindexed));
  }

  async function listBackups(): Promise<Result<readonly BackupInfo[]>> {
    const catalog = await loadCatalog();
    return catalog.ok ? ok(catalog.value.map(info)) : catalog;
  }

  async function write(json: string, request: WriteBackupRequest): Promise<Result<WrittenBackup>> {
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch (error) {
      return err(`json: not valid JSON, backup not written: ${message(error)}`);
    }
    const recorded = typeof parsed === 'object' && parsed !== null && 'checksum' in parsed ? parsed.checksum : undefined;
    if (typeof recorded === 'string' && recorded !== request.checksum)
      return err(`request.checksum: ${request.checksum} is not the backup's own checksum ${recorded}`);
    try {
      await fs.mkdir(dir, { recursive: true });
      const catalog = await loadCatalog();
      if (!catalog.ok) return catalog;
      const time = now();
      const plan = planWrite(catalog.value, request.checksum, { pin: request.pin, created: time.toISOString() });
      if (plan.kind === 'reuse') {
        await saveIndex(catalog.value.map((e) => (e.name === plan.entry.name ? plan.entry : e)));
        return ok({ ...info(plan.entry), unchanged: true });
      }
      // Two backups in the same millisecond, or a clock set back onto an old name: step past it.
      const existing = new Set(await fs.readdir(dir));
      let stamp = time;
      while (existing.has(backupFileName(stamp))) stamp = new Date(stamp.getTime() + 1);
      const entry: CatalogEntry = {
        name: backupFileName(stamp),
        sequence: plan.sequence,
        created: time.toISOString(),
        size: Buffer.byteLength(json, 'utf8'),
        checksum: request.checksum,
        pinned: request.pin,
      };
      const file = await writeFileAtomically(entry.name, json);
      const all = [entry, ...catalog.value];
      const pruned = toPrune(all, kept);
      const gone = new Set(pruned.map((e) => e.name));
      try {
        await saveIndex(all.filter((e) => !gone.has(e.name)));
      } catch (error) {
        await file.discard();
        throw error;
      }
      await file.commit();
      for (const old of pruned) await fs.rm(join(dir, old.name), { force: true });
      return ok({ ...info(entry), unchanged: false });
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

  return { writeBackup: (json, request) => serialized(() => write(json, request)), listBackups: () => serialized(listBackups), readBackup };
}

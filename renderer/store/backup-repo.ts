import { liveQuery } from 'dexie';
import { importError, parseBackup, type BackedUpArticle, type Backup, type ImportError } from '../../corpus/backup';
import type { Annotation } from '../../corpus/model';
import type { Host } from '../host/host';
import type { PizhuDb } from './db';
import { trackBackup } from './backup-status';
import { failingRecords } from './read-back';
import type { ImportedArticle, StoredAnnotation } from './records';
import { backupTextOffThread } from './serialize-off-thread';

import { backedUpTables, snapshot } from './backup-snapshot';

export { snapshot };

export const stored = (a: Annotation): StoredAnnotation => ({ ...a, articleId: a.target.source });

/** A backup that was written (or found unchanged: the kept one with the same data is named). */
export interface BackedUp {
  readonly name: string;
  readonly created: string;
  readonly size: number;
  readonly unchanged: boolean;
}

export interface BackUpOptions {
  readonly now?: Date;
  /** A safety backup (before a restore or an import): pinned, never pruned. */
  readonly pin?: boolean;
  /** Started by the timer, not by the user (a failure then needs the warning banner). */
  readonly automatic?: boolean;
}

/**
 * Writes a backup through the host (Electron: a file in the backups folder; browser:
 * IndexedDB). The snapshot is read in one transaction, serialized and checksummed, all in a
 * worker that opens the database itself. The outcome is recorded in the backup status (Settings, the warning banner), and a
 * failure is a value, never a rejected promise.
 */
export async function backUpNow(db: PizhuDb, host: Host, appVersion: string, options: BackUpOptions = {}): Promise<BackedUp | { error: string }> {
  const track = trackBackup(db, options.automatic ?? false);
  try {
    const { json, checksum } = await backupTextOffThread(db, (options.now ?? new Date()).toISOString(), appVersion);
    const result = await host.writeBackup(json, { checksum, pin: options.pin ?? false });
    if (!result.ok) {
      track.failed(result.error);
      return { error: result.error };
    }
    await db.settings.put({ key: 'backup.lastChecksum', value: checksum });
    const { name, created, size, unchanged } = result.value;
    track.succeeded({ name, created, size });
    return { name, created, size, unchanged };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    track.failed(message);
    return { error: message };
  }
}

/**
 * Replaces all user data with a backup's, in one transaction. The current state is backed
 * up first (pinned, so no later backup can prune it), so a restore can itself be undone by
 * restoring that backup.
 */
export async function restoreBackup(db: PizhuDb, host: Host, backup: Backup, appVersion: string): Promise<{ safetyBackup: string } | { error: string }> {
  const safety = await backUpNow(db, host, appVersion, { pin: true });
  if ('error' in safety) return { error: safety.error };
  const importedAt = new Date().toISOString();
  const withImport = <A extends BackedUpArticle>(a: A): A & Pick<ImportedArticle, 'importedAt' | 'encoding'> => ({
    ...a,
    importedAt: a.importedAt ?? importedAt,
    encoding: a.encoding ?? 'utf-8',
  });
  await db.transaction('rw', backedUpTables(db), async () => {
    // Records that fail their schema are in no backup (not even the safety one): a restore
    // leaves them where they are, still listed, instead of clearing them away unseen.
    const [badAnnotations, badNotes, badArticles] = await Promise.all([
      db.annotations.toArray().then((r) => failingRecords('annotations', r)),
      db.articleNotes.toArray().then((r) => failingRecords('articleNotes', r)),
      db.importedArticles.toArray().then((r) => failingRecords('importedArticles', r)),
    ]);
    await Promise.all([
      db.annotations.clear(),
      db.articleNotes.clear(),
      db.importedArticles.clear(),
      db.readingPositions.clear(),
      db.metaCorrections.clear(),
      db.trash.clear(),
      db.articleTrash.clear(),
      db.articleVersions.clear(),
    ]);
    // Format 2 carries the trash and old versions; a version 1 backup has none, so they are
    // emptied like everything else it replaces (the safety backup before holds them).
    await db.trash.bulkPut((backup.data.trash ?? []).map((t) => ({ ...t, annotation: stored(t.annotation) })));
    await db.articleTrash.bulkPut(
      (backup.data.articleTrash ?? []).map((t) => ({ ...t, article: withImport(t.article), annotations: t.annotations.map(stored) })),
    );
    await db.articleVersions.bulkPut((backup.data.articleVersions ?? []).map((v) => ({ ...v, article: withImport(v.article) })));
    await db.annotations.bulkPut([...badAnnotations, ...backup.data.annotations.map(stored)]);
    await db.articleNotes.bulkPut([...badNotes, ...backup.data.articleNotes]);
    await db.importedArticles.bulkPut([
      ...badArticles,
      ...backup.data.importedArticles.map((a): ImportedArticle => ({ ...a, importedAt: a.importedAt ?? importedAt, encoding: a.encoding ?? 'utf-8' })),
    ]);
    await db.readingPositions.bulkPut([...backup.data.readingPositions]);
    await db.metaCorrections.bulkPut([...(backup.data.metaCorrections ?? [])]);
    for (const [key, value] of Object.entries(backup.data.settings)) await db.settings.put({ key, value });
  });
  return { safetyBackup: safety.name };
}

/** Undoes a restore or an import: restores the safety backup taken before it (itself after a new safety backup). */
export async function restoreSafetyBackup(
  db: PizhuDb,
  host: Host,
  name: string,
  appVersion: string,
): Promise<{ safetyBackup: string } | { errors: readonly ImportError[] }> {
  const loaded = await loadBackup(host, name);
  if ('errors' in loaded) return loaded;
  const restored = await restoreBackup(db, host, loaded.backup, appVersion);
  return 'error' in restored ? { errors: [importError('', { code: 'invalid', params: { detail: restored.error } })] } : restored;
}

/** Reads and checks a backup the host has kept. */
export async function loadBackup(host: Host, name: string): Promise<{ backup: Backup } | { errors: readonly ImportError[] }> {
  const text = await host.readBackup(name);
  if (!text.ok) return { errors: [importError('', { code: 'unreadable', params: { detail: text.error } })] };
  const parsed = parseBackup(text.value);
  return parsed.ok ? { backup: parsed.value } : { errors: parsed.error };
}

export const AUTO_BACKUP_DELAY_MS = 30_000;
export const DAILY_MS = 24 * 60 * 60 * 1000;

/**
 * Automatic backups: shortly after the user's data changes (debounced), and at least daily
 * while the app runs. A backup is skipped when nothing changed since the last one.
 */
export function startAutoBackup(db: PizhuDb, host: Host, appVersion: string, delayMs = AUTO_BACKUP_DELAY_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let first = true;
  const run = async () => {
    // Counts and the stored checksum only: the full snapshot is read (and hashed off the main
    // thread) by the backup itself; an unchanged one is recognized by the host, not stored twice.
    const [annotations, articleNotes, importedArticles, last] = await Promise.all([
      db.annotations.count(),
      db.articleNotes.count(),
      db.importedArticles.count(),
      db.settings.get('backup.lastChecksum'),
    ]);
    // A first start has nothing worth keeping.
    if (annotations + articleNotes + importedArticles === 0 && last === undefined) return;
    await backUpNow(db, host, appVersion, { automatic: true });
  };
  // backUpNow records its own failures; a check that fails before it (the database cannot be
  // read) is recorded the same way, so the warning banner says backups stopped.
  const runReported = () => void run().catch((error: unknown) => trackBackup(db, true).failed(error instanceof Error ? error.message : String(error)));
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(runReported, delayMs);
  };
  // Any write to these tables re-runs the query, which is cheap: counts and the newest times.
  const subscription = liveQuery(() =>
    Promise.all([
      db.annotations.count(),
      db.annotations.orderBy('modified').last(),
      db.articleNotes.count(),
      db.articleNotes.toCollection().last(),
      db.importedArticles.count(),
      db.metaCorrections.orderBy('modified').last(),
    ]),
  ).subscribe({
    next: () => {
      if (first) first = false;
      else schedule();
    },
  });
  const daily = setInterval(runReported, DAILY_MS);
  // The start-up check waits too: start-up already reads everything once for the views.
  schedule();
  return () => {
    clearTimeout(timer);
    clearInterval(daily);
    subscription.unsubscribe();
  };
}

import { liveQuery } from 'dexie';
import { backupChecksum, importError, parseBackup, serializeBackup, type Backup, type BackupData, type ImportError, type JsonValue } from '../../corpus/backup';
import type { Annotation } from '../../corpus/model';
import type { Host } from '../host/host';
import type { PizhuDb } from './db';
import { readCorrections } from './meta-corrections-repo';
import type { ImportedArticle, StoredAnnotation } from './records';

/** Settings that belong to this machine rather than to the user's data. */
const LOCAL_SETTINGS = new Set(['backup.lastChecksum']);

/**
 * Everything the user has made, read in one consistent transaction. Metadata corrections are
 * included only when there are some (a backup without them stays byte-identical to the
 * format before corrections existed, so its checksum does not change) and only valid ones
 * (an invalid record would make the whole backup unrestorable).
 */
export async function snapshot(db: PizhuDb): Promise<BackupData> {
  return db.transaction('r', [db.annotations, db.articleNotes, db.importedArticles, db.settings, db.readingPositions, db.metaCorrections], async () => {
    const [annotations, articleNotes, importedArticles, settings, readingPositions, corrections] = await Promise.all([
      db.annotations.toArray(),
      db.articleNotes.toArray(),
      db.importedArticles.toArray(),
      db.settings.toArray(),
      db.readingPositions.toArray(),
      db.metaCorrections.toArray(),
    ]);
    const metaCorrections = [...readCorrections(corrections).byId.values()];
    return {
      annotations: annotations.map(({ articleId: _articleId, ...a }) => a as Annotation),
      articleNotes,
      importedArticles,
      settings: Object.fromEntries(settings.filter((s) => !LOCAL_SETTINGS.has(s.key)).map((s) => [s.key, s.value as JsonValue])),
      readingPositions,
      ...(metaCorrections.length > 0 ? { metaCorrections } : {}),
    };
  });
}

export const stored = (a: Annotation): StoredAnnotation => ({ ...a, articleId: a.target.source });

/** Writes a backup through the host (Electron: a file in the backups folder; browser: IndexedDB). */
export async function backUpNow(db: PizhuDb, host: Host, appVersion: string, now = new Date()): Promise<{ name: string } | { error: string }> {
  const data = await snapshot(db);
  const result = await host.writeBackup(serializeBackup(data, now.toISOString(), appVersion));
  if (!result.ok) return { error: result.error };
  await db.settings.put({ key: 'backup.lastChecksum', value: backupChecksum(data) });
  return { name: result.value.name };
}

/** What restoring a backup would change, for the confirmation. */
export interface RestorePreview {
  readonly current: { annotations: number; articleNotes: number; importedArticles: number };
  readonly backup: { annotations: number; articleNotes: number; importedArticles: number };
  /** Annotations in the current data that the backup does not have (they would be gone). */
  readonly lost: number;
  /** Annotations the backup brings back or changes. */
  readonly changed: number;
}

export async function previewRestore(db: PizhuDb, backup: Backup): Promise<RestorePreview> {
  const current = await snapshot(db);
  const inBackup = new Map(backup.data.annotations.map((a) => [a.id, a]));
  const now = new Map(current.annotations.map((a) => [a.id, a]));
  let changed = 0;
  for (const [id, a] of inBackup) if (JSON.stringify(now.get(id)) !== JSON.stringify(a)) changed++;
  const count = (d: BackupData) => ({ annotations: d.annotations.length, articleNotes: d.articleNotes.length, importedArticles: d.importedArticles.length });
  return { current: count(current), backup: count(backup.data), lost: [...now.keys()].filter((id) => !inBackup.has(id)).length, changed };
}

/**
 * Replaces all user data with a backup's, in one transaction. The current state is backed
 * up first, so a restore can itself be undone by restoring that backup.
 */
export async function restoreBackup(db: PizhuDb, host: Host, backup: Backup, appVersion: string): Promise<{ safetyBackup: string } | { error: string }> {
  const safety = await backUpNow(db, host, appVersion);
  if ('error' in safety) return { error: safety.error };
  const importedAt = new Date().toISOString();
  await db.transaction('rw', [db.annotations, db.articleNotes, db.importedArticles, db.settings, db.readingPositions, db.metaCorrections], async () => {
    await Promise.all([db.annotations.clear(), db.articleNotes.clear(), db.importedArticles.clear(), db.readingPositions.clear(), db.metaCorrections.clear()]);
    await db.annotations.bulkPut(backup.data.annotations.map(stored));
    await db.articleNotes.bulkPut([...backup.data.articleNotes]);
    await db.importedArticles.bulkPut(backup.data.importedArticles.map((a): ImportedArticle => ({ ...a, importedAt: a.importedAt ?? importedAt, encoding: a.encoding ?? 'utf-8' })));
    await db.readingPositions.bulkPut([...backup.data.readingPositions]);
    await db.metaCorrections.bulkPut([...(backup.data.metaCorrections ?? [])]);
    for (const [key, value] of Object.entries(backup.data.settings)) await db.settings.put({ key, value });
  });
  return { safetyBackup: safety.name };
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
    const data = await snapshot(db);
    const empty = data.annotations.length + data.articleNotes.length + data.importedArticles.length === 0;
    const last = (await db.settings.get('backup.lastChecksum'))?.value;
    // A first start has nothing worth keeping; afterwards, back up whenever the data differs.
    if ((!empty || last !== undefined) && backupChecksum(data) !== last) await backUpNow(db, host, appVersion);
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run().catch(() => undefined), delayMs);
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
  const daily = setInterval(() => void run().catch(() => undefined), DAILY_MS);
  // The start-up check waits too: start-up already reads everything once for the views.
  schedule();
  return () => {
    clearTimeout(timer);
    clearInterval(daily);
    subscription.unsubscribe();
  };
}

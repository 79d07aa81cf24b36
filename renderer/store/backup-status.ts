import { useSyncExternalStore } from 'react';
import { checkSetting } from '../../corpus/settings';
import { BACKUP_STATUS_KEY } from './backup-snapshot';
import type { PizhuDb } from './db';

/** The last backup's outcome, for Settings and the warning banner. */
export interface BackupStatus {
  readonly running: boolean;
  /** The last backup that succeeded (written, or found unchanged). */
  readonly last?: { readonly name: string; readonly created: string; readonly size: number; readonly at: string };
  /** The last failure since then; cleared by the next success. */
  readonly failure?: { readonly at: string; readonly message: string; readonly automatic: boolean; readonly reason?: FailureReason };
}

/** A cause the UI can name in the user's language (the host's own message is kept as the detail). */
export type FailureReason = 'storage-full';

/** Quota errors (browser) and a full disk (Electron) look different but mean the same to a user. */
export function failureReason(message: string): FailureReason | undefined {
  return /QuotaExceeded|quota|ENOSPC|no space left/i.test(message) ? 'storage-full' : undefined;
}

export { BACKUP_STATUS_KEY };

interface StatusStore {
  get(): BackupStatus;
  subscribe(listener: () => void): () => void;
  set(next: BackupStatus): void;
}

const stores = new WeakMap<PizhuDb, StatusStore>();

/**
 * One status per database, kept in memory (it must work when storage itself is what fails)
 * and saved best-effort so a warning survives a restart. Created on first use, not on import.
 */
export function backupStatusOf(db: PizhuDb): StatusStore {
  const existing = stores.get(db);
  if (existing) return existing;
  let status: BackupStatus = { running: false };
  let touched = false;
  const listeners = new Set<() => void>();
  const store: StatusStore = {
    get: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      touched = true;
      status = next;
      for (const l of listeners) l();
      if (!next.running) void db.settings.put({ key: BACKUP_STATUS_KEY, value: { ...next, running: false } }).catch(() => undefined);
    },
  };
  stores.set(db, store);
  void db.settings
    .get(BACKUP_STATUS_KEY)
    .then((saved) => {
      // Checked like every other setting: a saved status of the wrong shape is not used (the
      // invalid-settings notice names it), so the banner never renders a half-formed failure.
      const checked = checkSetting(BACKUP_STATUS_KEY, saved?.value);
      if (!touched && saved !== undefined && checked.invalid === undefined) store.set({ ...checked.value, running: false });
    })
    .catch(() => undefined);
  return store;
}

/** Marks a backup as started; returns the functions that record how it ended. */
export function trackBackup(db: PizhuDb, automatic: boolean, now: () => Date = () => new Date()) {
  const store = backupStatusOf(db);
  store.set({ ...store.get(), running: true });
  return {
    succeeded(last: { name: string; created: string; size: number }) {
      const { failure: _cleared, ...rest } = store.get();
      store.set({ ...rest, running: false, last: { ...last, at: now().toISOString() } });
    },
    failed(message: string) {
      const reason = failureReason(message);
      store.set({ ...store.get(), running: false, failure: { at: now().toISOString(), message, automatic, ...(reason ? { reason } : {}) } });
    },
  };
}

/** The live backup status of the app's database. */
export function useBackupStatus(db: PizhuDb): BackupStatus {
  const store = backupStatusOf(db);
  return useSyncExternalStore(store.subscribe, store.get);
}

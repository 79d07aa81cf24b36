import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { backupStatusOf, BACKUP_STATUS_KEY } from '../../../renderer/store/backup-status';
import { createDb } from '../../../renderer/store/db';

/** The status a fresh start reads back from a saved `backup.status` setting. */
async function statusAfterRestart(saved: unknown) {
  const db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  await db.settings.put({ key: BACKUP_STATUS_KEY, value: saved });
  const store = backupStatusOf(db);
  await new Promise<void>((resolve) => {
    const stop = store.subscribe(() => {
      stop();
      resolve();
    });
    setTimeout(resolve, 300);
  });
  const status = store.get();
  db.close();
  return status;
}

const failure = { at: '2026-12-01T10:00:00.000Z', message: 'QuotaExceededError', automatic: true, reason: 'storage-full' };

describe('backup.status read back through checkSetting', () => {
  it('a valid saved failure comes back whole, its reason included (the banner names a full disk)', async () => {
    expect(await statusAfterRestart({ running: false, failure })).toEqual({ running: false, failure });
  });

  it.each([
    ['failure.at a number', { running: false, failure: { ...failure, at: 5 } }],
    ['last.size negative', { running: false, last: { name: 'b.json', created: '2026-12-01T10:00:00.000Z', size: -1, at: '2026-12-01T10:00:00.000Z' } }],
    ['an unknown reason', { running: false, failure: { ...failure, reason: 'cosmic rays' } }],
    ['not an object', 'broken'],
  ])('%s: not used, the status starts empty', async (_name, saved) => {
    expect(await statusAfterRestart(saved)).toEqual({ running: false });
  });
});

import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { BACKUPS_KEPT } from '../../../electron/ipc/contract';
import { backupFileName, createBrowserHost } from '../../../renderer/host/browser-host';
import { createBrowserBackupFiles } from '../../../renderer/store/browser-backups';
import { createDb } from '../../../renderer/store/db';
import { backupText, describeBackupStoreContract } from '../../support/backup-store-contract';

const freshDb = () => createDb({ indexedDB: new IDBFactory(), IDBKeyRange });

describeBackupStoreContract('browser host (IndexedDB)', async (now, kept) => {
  const db = freshDb();
  return createBrowserHost({ backups: createBrowserBackupFiles(db), version: '0.1.0', now, kept });
});

describe('browser backups written before sequences existed', () => {
  it('ten from 2099 are adopted below a fresh backup, which is kept, listed first and readable', async () => {
    const db = freshDb();
    const legacy = Array.from({ length: BACKUPS_KEPT }, (_, i) => {
      const created = new Date(Date.UTC(2099, 0, 1, i));
      return { name: backupFileName(created), json: JSON.stringify({ legacy: i }), created: created.toISOString(), size: 12 };
    });
    await db.backups.bulkPut(legacy);
    const host = createBrowserHost({ backups: createBrowserBackupFiles(db), version: '0.1.0', now: () => new Date('2026-11-26T08:00:00Z') });
    const { json, request } = backupText('fresh');
    const fresh = await host.writeBackup(json, request());
    expect(fresh.ok).toBe(true);
    if (!fresh.ok) return;
    const listed = await host.listBackups();
    expect(listed.ok && listed.value.map((b) => b.name)).toEqual([fresh.value.name, ...legacy.slice(1).map((l) => l.name).reverse()]);
    expect(await host.readBackup(fresh.value.name)).toEqual({ ok: true, value: json });
  });

  it('a failing storage is an error value naming the cause, and the kept backups stay', async () => {
    const db = freshDb();
    const files = createBrowserBackupFiles(db);
    const host = createBrowserHost({ backups: files, version: '0.1.0' });
    const a = backupText('A');
    await host.writeBackup(a.json, a.request());
    const failing = createBrowserHost({ backups: { ...files, change: () => Promise.reject(new DOMException('quota', 'QuotaExceededError')) }, version: '0.1.0' });
    const b = backupText('B');
    const result = await failing.writeBackup(b.json, b.request());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/quota/);
    const listed = await host.listBackups();
    expect(listed.ok && listed.value).toHaveLength(1);
  });
});

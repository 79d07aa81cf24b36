import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { BACKUPS_KEPT } from '../../../electron/ipc/contract';
import { backupFileName, createBrowserHost } from '../../../renderer/host/browser-host';
import { BACKUP_TEXT_PART, createBrowserBackupFiles } from '../../../renderer/store/browser-backups';
import { createDb } from '../../../renderer/store/db';
import { declareSchema } from '../../../renderer/store/schema';
import { backupText, describeBackupStoreContract } from '../../support/backup-store-contract';

const freshDb = () => createDb({ indexedDB: new IDBFactory(), IDBKeyRange });

describeBackupStoreContract('browser host (IndexedDB)', async (now, kept) => {
  const db = freshDb();
  return createBrowserHost({ backups: createBrowserBackupFiles(db), version: '0.1.0', now, kept });
});

describe('browser backups written before sequences existed', () => {
  it('ten from 2099 (a v6 database: text and metadata in one record) are adopted below a fresh backup, which is kept, listed first and readable', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('pizhu', { indexedDB, IDBKeyRange });
    declareSchema(old, 6);
    const legacy = Array.from({ length: BACKUPS_KEPT }, (_, i) => {
      const created = new Date(Date.UTC(2099, 0, 1, i));
      return { name: backupFileName(created), json: JSON.stringify({ legacy: i }), created: created.toISOString(), size: 12 };
    });
    await old.table('backups').bulkPut(legacy);
    old.close();
    const db = createDb({ indexedDB, IDBKeyRange });
    expect(await createBrowserBackupFiles(db).get(legacy[3]!.name)).toBe(legacy[3]!.json);
    const host = createBrowserHost({ backups: createBrowserBackupFiles(db), version: '0.1.0', now: () => new Date('2026-11-26T08:00:00Z') });
    const { json, request } = backupText('fresh');
    const fresh = await host.writeBackup(json, request());
    expect(fresh.ok).toBe(true);
    if (!fresh.ok) return;
    const listed = await host.listBackups();
    expect(listed.ok && listed.value.map((b) => b.name)).toEqual([
      fresh.value.name,
      ...legacy
        .slice(1)
        .map((l) => l.name)
        .reverse(),
    ]);
    expect(await host.readBackup(fresh.value.name)).toEqual({ ok: true, value: json });
  });

  it('a failing storage is an error value naming the cause, and the kept backups stay', async () => {
    const db = freshDb();
    const files = createBrowserBackupFiles(db);
    const host = createBrowserHost({ backups: files, version: '0.1.0' });
    const a = backupText('A');
    await host.writeBackup(a.json, a.request());
    const failing = createBrowserHost({
      backups: { ...files, change: () => Promise.reject(new DOMException('quota', 'QuotaExceededError')) },
      version: '0.1.0',
    });
    const b = backupText('B');
    const result = await failing.writeBackup(b.json, b.request());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/quota/);
    const listed = await host.listBackups();
    expect(listed.ok && listed.value).toHaveLength(1);
  });
});

describe('browser backups: a write reads metadata only', () => {
  it('no backup text is read while writing, renewing or pruning; texts are read only when a backup is opened', async () => {
    const db = freshDb();
    let textsRead = 0;
    db.backupTexts.hook('reading', (record) => {
      textsRead += 1;
      return record;
    });
    let clock = Date.UTC(2026, 10, 1);
    const host = createBrowserHost({ backups: createBrowserBackupFiles(db), version: '0.1.0', now: () => new Date((clock += 1000)), kept: 3 });
    const written: string[] = [];
    for (const label of ['A', 'B', 'C', 'D', 'E', 'C']) {
      const { json, request } = backupText(label);
      const result = await host.writeBackup(json, request());
      if (!result.ok) throw new Error(result.error);
      written.push(result.value.name);
    }
    expect(textsRead).toBe(0);
    // Pruned texts go with their metadata.
    expect([...new Set((await db.backupTexts.toArray()).map((t) => t.name))].sort()).toEqual((await db.backups.toCollection().primaryKeys()).sort());
    expect(await db.backups.count()).toBe(3);
    expect(Object.keys((await db.backups.toArray())[0]!)).not.toContain('json');
    textsRead = 0;
    expect(await host.readBackup(written[4]!)).toEqual({ ok: true, value: backupText('E').json });
    expect(textsRead).toBe(1);
  });

  it('a text longer than one part is stored in parts and read back exactly; a renewed backup keeps its parts, a pruned one loses them', async () => {
    const db = freshDb();
    const host = createBrowserHost({ backups: createBrowserBackupFiles(db), version: '0.1.0', kept: 1 });
    const long = `{"text":"${'批注'.repeat(BACKUP_TEXT_PART)}"}`;
    const first = await host.writeBackup(long, { checksum: '00000000000000a1', pin: false });
    if (!first.ok) throw new Error(first.error);
    expect(await db.backupTexts.where('name').equals(first.value.name).count()).toBe(Math.ceil(long.length / BACKUP_TEXT_PART));
    expect(await host.readBackup(first.value.name)).toEqual({ ok: true, value: long });
    const again = await host.writeBackup(long, { checksum: '00000000000000a1', pin: false });
    expect(again.ok && again.value.unchanged).toBe(true);
    expect(await host.readBackup(first.value.name)).toEqual({ ok: true, value: long });
    const other = await host.writeBackup('{"short":1}', { checksum: '00000000000000b2', pin: false });
    if (!other.ok) throw new Error(other.error);
    expect(await db.backupTexts.where('name').equals(first.value.name).count()).toBe(0);
    expect(await host.readBackup(other.value.name)).toEqual({ ok: true, value: '{"short":1}' });
  });
});

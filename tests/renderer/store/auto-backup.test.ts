import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { createBrowserHost } from '../../../renderer/host/browser-host';
import { startAutoBackup } from '../../../renderer/store/backup-repo';
import { backupStatusOf } from '../../../renderer/store/backup-status';
import { createBrowserBackupFiles } from '../../../renderer/store/browser-backups';
import { createDb } from '../../../renderer/store/db';
import { v1Annotation } from './fixtures';

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('automatic backups', () => {
  it('write a backup after the delay when there is data, and skip when nothing changed since', async () => {
    const db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    const host = createBrowserHost({ backups: createBrowserBackupFiles(db), version: '0.1.0' });
    await db.annotations.put({ ...v1Annotation(1), articleId: 'article-1' });
    const stop = startAutoBackup(db, host, '0.1.0', 20);
    try {
      await expect
        .poll(
          async () => {
            const r = await host.listBackups();
            return r.ok ? r.value.length : -1;
          },
          { timeout: 3000 },
        )
        .toBe(1);
      const again = startAutoBackup(db, host, '0.1.0', 20);
      await settle(200);
      again();
      const after = await host.listBackups();
      expect(after.ok && after.value.length).toBe(1);
    } finally {
      stop();
    }
  });

  it('write nothing for a brand-new, empty database', async () => {
    const db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    const host = createBrowserHost({ backups: createBrowserBackupFiles(db), version: '0.1.0' });
    const stop = startAutoBackup(db, host, '0.1.0', 20);
    await settle(200);
    stop();
    const list = await host.listBackups();
    expect(list.ok && list.value.length).toBe(0);
  });

  it('record a failure in the backup status when the database cannot even be checked (the warning banner shows it)', async () => {
    const db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    const host = createBrowserHost({ backups: createBrowserBackupFiles(db), version: '0.1.0' });
    await db.annotations.put({ ...v1Annotation(1), articleId: 'article-1' });
    const get = db.settings.get.bind(db.settings);
    vi.spyOn(db.settings, 'get').mockImplementation(((key: string) =>
      key === 'backup.lastChecksum' ? Promise.reject(new Error('UnknownError: the disk went away')) : get(key)) as typeof db.settings.get);
    const stop = startAutoBackup(db, host, '0.1.0', 20);
    try {
      await expect
        .poll(() => backupStatusOf(db).get().failure, { timeout: 3000 })
        .toMatchObject({ automatic: true, message: 'UnknownError: the disk went away' });
      expect(backupStatusOf(db).get().running).toBe(false);
    } finally {
      stop();
    }
  });
});

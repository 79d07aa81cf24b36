import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createBrowserHost } from '../../../renderer/host/browser-host';
import { startAutoBackup } from '../../../renderer/store/backup-repo';
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
});

import type { BackupFiles, BackupMeta } from '../host/browser-host';
import type { PizhuDb } from './db';
import type { BrowserBackupRecord } from './records';

const meta = ({ json: _json, ...rest }: BrowserBackupRecord): BackupMeta => rest;

/** Backup "files" for the browser host, kept in their own table of the notes database. */
export function createBrowserBackupFiles(db: PizhuDb): BackupFiles {
  return {
    change(decide) {
      return db.transaction('rw', db.backups, async () => {
        const { changes, result } = decide((await db.backups.toArray()).map(meta));
        const put = changes.put;
        if (put?.json !== undefined) await db.backups.put({ ...put.entry, json: put.json });
        else if (put) await db.backups.update(put.entry.name, { sequence: put.entry.sequence, created: put.entry.created, pinned: put.entry.pinned });
        await db.backups.bulkDelete([...changes.remove]);
        return result;
      });
    },
    async list() {
      return (await db.backups.toArray()).map(meta);
    },
    async get(name) {
      return (await db.backups.get(name))?.json;
    },
  };
}

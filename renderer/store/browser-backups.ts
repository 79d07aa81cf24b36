import type { BackupFiles } from '../host/browser-host';
import type { PizhuDb } from './db';

/** Backup "files" for the browser host, kept in their own table of the notes database. */
export function createBrowserBackupFiles(db: PizhuDb): BackupFiles {
  return {
    async put(name, json, created) {
      await db.backups.put({ name, json, created, size: json.length });
    },
    async list() {
      const all = await db.backups.toArray();
      return all.map(({ name, size, created }) => ({ name, size, created }));
    },
    async get(name) {
      return (await db.backups.get(name))?.json;
    },
    async remove(name) {
      await db.backups.delete(name);
    },
  };
}

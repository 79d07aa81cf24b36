import type { BackupFiles, BackupMeta } from '../host/browser-host';
import type { PizhuDb } from './db';
import type { BrowserBackupRecord } from './records';

/**
 * Characters per stored part of a backup's text. IndexedDB copies a value synchronously when
 * it is put; parts are put one request after another (each in its own task), so a 10 MB
 * backup is about 20 copies of a few milliseconds instead of one that blocks typing.
 */
export const BACKUP_TEXT_PART = 512 * 1024;

/** The record as the host sees it (a record written before sequences has none of the new fields). */
const meta = (record: BrowserBackupRecord): BackupMeta => record;

/**
 * Backup "files" for the browser host, kept in two tables of the notes database: metadata
 * (`backups`), which is all a write reads to decide what to keep, and the texts in parts
 * (`backupTexts`), read only when a backup is opened.
 */
export function createBrowserBackupFiles(db: PizhuDb): BackupFiles {
  const removeTexts = (names: readonly string[]) =>
    names.length === 0
      ? Promise.resolve(0)
      : db.backupTexts
          .where('name')
          .anyOf([...names])
          .delete();
  return {
    change(decide) {
      return db.transaction('rw', db.backups, db.backupTexts, async () => {
        const { changes, result } = decide((await db.backups.toArray()).map(meta));
        const put = changes.put;
        if (put?.json !== undefined) {
          const { name } = put.entry;
          await removeTexts([name]);
          // One awaited put per part: the next is issued from the previous one's success.
          for (let part = 0, at = 0; at < put.json.length || part === 0; part++, at += BACKUP_TEXT_PART) {
            await db.backupTexts.put({ key: `${name}#${part}`, name, part, json: put.json.slice(at, at + BACKUP_TEXT_PART) });
          }
          await db.backups.put({ ...put.entry });
        } else if (put) await db.backups.update(put.entry.name, { sequence: put.entry.sequence, created: put.entry.created, pinned: put.entry.pinned });
        await db.backups.bulkDelete([...changes.remove]);
        await removeTexts(changes.remove);
        return result;
      });
    },
    async list() {
      return (await db.backups.toArray()).map(meta);
    },
    async get(name) {
      const [record, parts] = await Promise.all([db.backups.get(name), db.backupTexts.where('name').equals(name).toArray()]);
      if (!record || parts.length === 0) return undefined;
      return parts
        .sort((a, b) => a.part - b.part)
        .map((p) => p.json)
        .join('');
    },
  };
}

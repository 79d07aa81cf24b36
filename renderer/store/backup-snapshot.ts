import type { BackupData, JsonValue } from '../../corpus/backup';
import type { Annotation } from '../../corpus/model';
import type { PizhuDb } from './db';
import { readCorrections } from './meta-corrections-repo';
import { checkRecords } from './read-back';

/** The local setting that carries the backup status to the next start (never part of a backup). */
export const BACKUP_STATUS_KEY = 'backup.status';

/** Settings that belong to this machine rather than to the user's data. */
const LOCAL_SETTINGS = new Set(['backup.lastChecksum', BACKUP_STATUS_KEY]);

/**
 * Everything the user has made, read in one consistent transaction. Metadata corrections are
 * included only when there are some (a backup without them stays byte-identical to the
 * format before corrections existed, so its checksum does not change) and only valid ones
 * (an invalid record would make the whole backup unrestorable). Annotations, article notes and
 * imported articles pass the same schemas as on read (`checkRecords`): a bad record is listed
 * for the user, left in the database, and not written into a backup that could not be restored.
 *
 * No React, no host: the backup worker runs this against its own connection to the database.
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
      annotations: checkRecords(db, 'annotations', annotations, true).map(({ articleId: _articleId, ...a }) => a as Annotation),
      articleNotes: checkRecords(db, 'articleNotes', articleNotes, true),
      importedArticles: checkRecords(db, 'importedArticles', importedArticles, true),
      settings: Object.fromEntries(settings.filter((s) => !LOCAL_SETTINGS.has(s.key)).map((s) => [s.key, s.value as JsonValue])),
      readingPositions,
      ...(metaCorrections.length > 0 ? { metaCorrections } : {}),
    };
  });
}

import type { BackupData, JsonValue } from '../../corpus/backup';
import type { Annotation } from '../../corpus/model';
import { checkSetting, isSettingKey } from '../../corpus/settings';
import type { StoredAnnotation } from './records';
import type { PizhuDb } from './db';
import { readCorrections } from './meta-corrections-repo';
import { checkRecords } from './read-back';

/** The annotation as a backup holds it: without the store's own index field. */
export const unstored = ({ articleId: _articleId, ...a }: StoredAnnotation): Annotation => a;

/** The local setting that carries the backup status to the next start (never part of a backup). */
export const BACKUP_STATUS_KEY = 'backup.status';

/** Settings that belong to this machine rather than to the user's data. */
const LOCAL_SETTINGS = new Set(['backup.lastChecksum', BACKUP_STATUS_KEY]);

/**
 * A setting goes into a backup only if it would pass the backup's own check: a stored value
 * of the wrong shape (already shown to the user as a settings warning, and read as its default)
 * would otherwise make every backup unrestorable.
 */
const backedUpSetting = ({ key, value }: { key: string; value: unknown }): boolean => !isSettingKey(key) || checkSetting(key, value).invalid === undefined;

/** Every table a backup holds (and a restore replaces), for one transaction over all of them. */
export function backedUpTables(db: PizhuDb) {
  return [
    db.annotations,
    db.articleNotes,
    db.importedArticles,
    db.settings,
    db.readingPositions,
    db.metaCorrections,
    db.trash,
    db.articleTrash,
    db.articleVersions,
  ];
}

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
  return db.transaction('r', backedUpTables(db), async () => {
    const [annotations, articleNotes, importedArticles, settings, readingPositions, corrections, trashed, trashedArticles, versions] = await Promise.all([
      db.annotations.toArray(),
      db.articleNotes.toArray(),
      db.importedArticles.toArray(),
      db.settings.toArray(),
      db.readingPositions.toArray(),
      db.metaCorrections.toArray(),
      db.trash.toArray(),
      db.articleTrash.toArray(),
      db.articleVersions.toArray(),
    ]);
    const metaCorrections = [...readCorrections(corrections).byId.values()];
    // The trash and old versions go in too (format 2), so a restore gives back everything; a
    // record of them that fails its schema is listed and left out, as it would make the backup
    // unrestorable.
    const trash = checkRecords(db, 'trash', trashed, true).map((t) => ({ ...t, annotation: unstored(t.annotation) }));
    const articleTrash = checkRecords(db, 'articleTrash', trashedArticles, true).map((t) => ({ ...t, annotations: t.annotations.map(unstored) }));
    const articleVersions = checkRecords(db, 'articleVersions', versions, true);
    return {
      annotations: checkRecords(db, 'annotations', annotations, true).map(({ articleId: _articleId, ...a }) => a as Annotation),
      articleNotes: checkRecords(db, 'articleNotes', articleNotes, true),
      importedArticles: checkRecords(db, 'importedArticles', importedArticles, true),
      settings: Object.fromEntries(settings.filter((s) => !LOCAL_SETTINGS.has(s.key) && backedUpSetting(s)).map((s) => [s.key, s.value as JsonValue])),
      readingPositions: checkRecords(db, 'readingPositions', readingPositions, true),
      ...(metaCorrections.length > 0 ? { metaCorrections } : {}),
      ...(trash.length > 0 ? { trash } : {}),
      ...(articleTrash.length > 0 ? { articleTrash } : {}),
      ...(articleVersions.length > 0 ? { articleVersions } : {}),
    };
  });
}

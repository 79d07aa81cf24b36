import type { Backup, BackupData } from '../../corpus/backup';
import { diffAnnotations, diffArticleNotes, type AnnotationChange, type ArticleNoteChange } from '../../corpus/backup/diff-annotations';
import { diffRestoreData, type RestoreDataChanges } from '../../corpus/backup/diff-restore';
import type { Annotation, ArticleNote } from '../../corpus/model';
import { snapshot, unstored } from './backup-snapshot';
import type { PizhuDb } from './db';

/*
 * What a restore or an import would change, for their confirmations (Settings only: a module of
 * its own, so start-up, which backs up, does not carry the diffing).
 */

/** What restoring a backup would change, for the confirmation. */
export interface RestorePreview {
  readonly current: { annotations: number; articleNotes: number; importedArticles: number };
  readonly backup: { annotations: number; articleNotes: number; importedArticles: number };
  /** Annotations in the current data that the backup does not have (they would be gone). */
  readonly lost: number;
  /** Annotations the backup brings back or changes. */
  readonly changed: number;
  /** Every annotation added, replaced (old → new) or removed, by article and position. */
  readonly changes: readonly AnnotationChange[];
  /** Every article note added, replaced (old → new) or removed. */
  readonly noteChanges: readonly ArticleNoteChange[];
  /** The articles, both trashes, old versions and settings the restore changes. */
  readonly data: RestoreDataChanges;
}

export async function previewRestore(db: PizhuDb, backup: Backup): Promise<RestorePreview> {
  const current = await snapshot(db);
  const changes = diffAnnotations(current.annotations, backup.data.annotations, { removesMissing: true });
  const count = (d: BackupData) => ({ annotations: d.annotations.length, articleNotes: d.articleNotes.length, importedArticles: d.importedArticles.length });
  return {
    current: count(current),
    backup: count(backup.data),
    lost: changes.filter((c) => c.kind === 'removed').length,
    changed: changes.filter((c) => c.kind !== 'removed').length,
    changes,
    noteChanges: diffArticleNotes(current.articleNotes, backup.data.articleNotes, { removesMissing: true }),
    data: diffRestoreData(current, backup.data),
  };
}

/**
 * What importing these annotations would add or replace (an import never removes), compared
 * with the stored ones of the same ids. With "skip existing" only the added ones apply.
 */
export async function previewImportChanges(
  db: PizhuDb,
  incoming: readonly Annotation[],
  incomingNotes: readonly ArticleNote[] = [],
): Promise<{ annotations: AnnotationChange[]; notes: ArticleNoteChange[] }> {
  const [found, foundNotes] = await Promise.all([db.annotations.bulkGet(incoming.map((a) => a.id)), db.articleNotes.bulkGet(incomingNotes.map((n) => n.id))]);
  const current = found.flatMap((record) => (record ? [unstored(record)] : []));
  return {
    annotations: diffAnnotations(current, incoming, { removesMissing: false }),
    notes: diffArticleNotes(
      foundNotes.flatMap((n) => (n ? [n] : [])),
      incomingNotes,
      { removesMissing: false },
    ),
  };
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useSyncExternalStore } from 'react';
import type { PizhuDb } from './db';
import { checkRecords, recordProblems, subscribeRecordProblems, type BadRecord } from './read-back';

/**
 * The stored records that failed validation so far, live (`checkRecords`). The views read
 * annotations, article notes and imported articles in full at start; the tables they read only
 * in part or only on demand (the trash, the article trash, article versions, drafts) are read
 * here in full, live, so a bad row in any of them is listed before anything trips over it.
 */
export function useRecordProblems(db: PizhuDb): readonly BadRecord[] {
  useLiveQuery(async () => checkRecords(db, 'trash', await db.trash.toArray(), true).length, [db]);
  useLiveQuery(async () => checkRecords(db, 'articleTrash', await db.articleTrash.toArray(), true).length, [db]);
  useLiveQuery(async () => checkRecords(db, 'articleVersions', await db.articleVersions.toArray(), true).length, [db]);
  useLiveQuery(async () => checkRecords(db, 'drafts', await db.drafts.toArray(), true).length, [db]);
  return useSyncExternalStore(
    (listener) => subscribeRecordProblems(db, listener),
    () => recordProblems(db),
  );
}

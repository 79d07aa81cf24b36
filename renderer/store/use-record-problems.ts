import { useSyncExternalStore } from 'react';
import type { PizhuDb } from './db';
import { recordProblems, subscribeRecordProblems, type BadRecord } from './read-back';

/** The stored records that failed validation so far, live (`checkRecords`). */
export function useRecordProblems(db: PizhuDb): readonly BadRecord[] {
  return useSyncExternalStore(
    (listener) => subscribeRecordProblems(db, listener),
    () => recordProblems(db),
  );
}

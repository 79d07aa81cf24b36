import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import type { PizhuDb } from './db';
import { useServices } from './services';

/** Reads one setting live; `undefined` while loading, `fallback` when never set. */
export function useSetting<T>(key: string, fallback: T): [T, (value: T) => Promise<void>, boolean] {
  const { db } = useServices();
  const record = useLiveQuery(async () => (await db.settings.get(key)) ?? null, [db, key]);
  const set = useCallback((value: T) => writeSetting(db, key, value), [db, key]);
  const loaded = record !== undefined;
  return [record ? (record.value as T) : fallback, set, loaded];
}

export async function writeSetting(db: PizhuDb, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

export async function readSetting<T>(db: PizhuDb, key: string): Promise<T | undefined> {
  return (await db.settings.get(key))?.value as T | undefined;
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import type { PizhuDb } from './db';
import { useServices } from './services';

/**
 * Reads one setting live and writes it. The new value shows at once (optimistically) and is
 * replaced by the stored one when the write lands, so controls never lag behind the user.
 * Returns [value, set, loaded].
 */
export function useSetting<T>(key: string, fallback: T): [T, (value: T) => Promise<void>, boolean] {
  const { db } = useServices();
  const record = useLiveQuery(async () => (await db.settings.get(key)) ?? null, [db, key]);
  const [pending, setPending] = useState<{ value: T }>();
  useEffect(() => setPending(undefined), [record]);
  const set = useCallback(
    (value: T) => {
      setPending({ value });
      return writeSetting(db, key, value);
    },
    [db, key],
  );
  const loaded = record !== undefined;
  const value = pending ? pending.value : record ? (record.value as T) : fallback;
  return [value, set, loaded];
}

export async function writeSetting(db: PizhuDb, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

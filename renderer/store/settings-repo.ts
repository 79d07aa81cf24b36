import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { checkSetting, SETTING_KEYS, SETTINGS, type CheckedSetting, type SettingKey, type SettingValue } from '../../corpus/settings';
import type { PizhuDb } from './db';
import type { SettingRecord } from './records';
import { useServices } from './services';

/**
 * Reads one setting live and writes it. The value is always one the setting's schema accepts:
 * a stored value that is not (a damaged database, an old or foreign backup) reads as the
 * default, and `useInvalidSettings` reports it. The new value shows at once (optimistically)
 * and is replaced by the stored one when the write lands, so controls never lag behind the
 * user. Returns [value, set, loaded].
 */
export function useSetting<K extends SettingKey>(key: K): [SettingValue<K>, (value: SettingValue<K>) => Promise<void>, boolean] {
  const { db } = useServices();
  const record = useLiveQuery(async () => (await db.settings.get(key)) ?? null, [db, key]);
  const [pending, setPending] = useState<{ value: SettingValue<K> }>();
  useEffect(() => setPending(undefined), [record]);
  const set = useCallback(
    (value: SettingValue<K>) => {
      setPending({ value });
      return writeSetting(db, key, value);
    },
    [db, key],
  );
  const checked = useMemo(() => checkSetting(key, record?.value), [key, record]);
  const loaded = record !== undefined;
  return [pending ? pending.value : checked.value, set, loaded];
}

/** Writes a setting after checking it with the same schema every read uses. */
export async function writeSetting<K extends SettingKey>(db: PizhuDb, key: K, value: SettingValue<K>): Promise<void> {
  const checked = SETTINGS[key].schema.safeParse(value);
  // The types already rule this out: a failure here is a programmer error, not user input.
  if (!checked.success) throw new Error(`writeSetting(${key}): ${checked.error.message}`);
  await db.settings.put({ key, value: checked.data });
}

/** Every known setting whose stored value the app refused (and replaced by its default). */
export async function readInvalidSettings(db: PizhuDb): Promise<CheckedSetting<SettingKey>[]> {
  const records = await db.settings.bulkGet(SETTING_KEYS);
  return SETTING_KEYS.map((key, i) => checkSetting(key, records[i]?.value)).filter((s) => s.invalid !== undefined);
}

/** The settings `readInvalidSettings` reports, live; `undefined` while loading. */
export function useInvalidSettings(): readonly CheckedSetting<SettingKey>[] | undefined {
  const { db } = useServices();
  return useLiveQuery(() => readInvalidSettings(db), [db]);
}

/**
 * Removes the given settings, or when `keys` is omitted every setting (the backup bookkeeping
 * too: it can be what is broken, and losing it only means the next automatic backup is not
 * skipped), so they read as their defaults. Notes, articles and kept backups are untouched. Returns the removed records, for
 * `putSettings` to undo it.
 */
export async function resetSettings(db: PizhuDb, keys?: readonly string[]): Promise<SettingRecord[]> {
  return db.transaction('rw', db.settings, async () => {
    const doomed = keys ? (await db.settings.bulkGet([...keys])).filter((r): r is SettingRecord => r !== undefined) : await db.settings.toArray();
    await db.settings.bulkDelete(doomed.map((r) => r.key));
    return doomed;
  });
}

/** Puts records back exactly as they were: the undo of `resetSettings`. */
export async function putSettings(db: PizhuDb, records: readonly SettingRecord[]): Promise<void> {
  await db.settings.bulkPut([...records]);
}

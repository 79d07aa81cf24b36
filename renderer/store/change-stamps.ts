import type { DBCore, DBCoreTransaction, Middleware } from 'dexie';
import type { PizhuDb } from './db';

/** The table holding one change stamp per group (schema v8). */
export const STAMP_TABLE = 'changeStamps';

/** Groups of tables whose changes are stamped together. */
export type StampGroup = 'annotations' | 'articles' | 'corrections';

/**
 * Which group each stamped table belongs to. An article's earlier versions count as the
 * articles' own data: they only change when an article is updated or a backup restored.
 */
export const STAMPED_TABLES: ReadonlyMap<string, StampGroup> = new Map([
  ['annotations', 'annotations'],
  ['importedArticles', 'articles'],
  ['articleVersions', 'articles'],
  ['metaCorrections', 'corrections'],
]);

export const STAMP_GROUPS: readonly StampGroup[] = ['annotations', 'articles', 'corrections'];

const newStamp = (): string => crypto.randomUUID();

/** A fresh stamp for every group: a new database starts with these (schema v8 and `populate`). */
export const initialStamps = (): { group: StampGroup; stamp: string }[] => STAMP_GROUPS.map((group) => ({ group, stamp: newStamp() }));

/** Whether the IndexedDB transaction under Dexie's can write the stamps (not in a database older than v8). */
function reachesStamps(trans: DBCoreTransaction): boolean {
  const names = (trans as Partial<Pick<IDBTransaction, 'objectStoreNames'>>).objectStoreNames;
  return names?.contains(STAMP_TABLE) ?? false;
}

/**
 * Every write to a stamped table also rewrites its group's stamp, in the same transaction:
 * committed together or not at all, whichever repo (or restore, or sync) made the write. So a
 * summary derived from data read under stamp S is known to be current exactly while the stamp
 * is still S — no write path can forget to invalidate it. Read-write transactions touching a
 * stamped table are widened to include the stamp table (as dexie-cloud does for its mutation log).
 */
export const changeStampsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'ChangeStamps',
  create(down) {
    if (!down.schema.tables.some((t) => t.name === STAMP_TABLE)) return {};
    return {
      transaction(stores, mode, options) {
        const widen = mode === 'readwrite' && !stores.includes(STAMP_TABLE) && stores.some((name) => STAMPED_TABLES.has(name));
        return down.transaction(widen ? [...stores, STAMP_TABLE] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        const group = STAMPED_TABLES.get(name);
        if (group === undefined) return table;
        return {
          ...table,
          async mutate(request) {
            const result = await table.mutate(request);
            if (reachesStamps(request.trans))
              await down.table(STAMP_TABLE).mutate({ type: 'put', trans: request.trans, values: [{ group, stamp: newStamp() }] });
            return result;
          },
        };
      },
    };
  },
};

/** The current stamps of `groups`, read inside the caller's transaction (absent groups omitted). */
export async function readStamps(db: PizhuDb, groups: readonly StampGroup[]): Promise<Partial<Record<StampGroup, string>>> {
  const records = await db.changeStamps.bulkGet([...groups]);
  const out: Partial<Record<StampGroup, string>> = {};
  records.forEach((record, i) => {
    if (record && typeof record.stamp === 'string') out[groups[i]!] = record.stamp;
  });
  return out;
}

/** Gives every group that has none a stamp (a database filled before v8, or by other means). */
export async function ensureStamps(db: PizhuDb, groups: readonly StampGroup[]): Promise<void> {
  await db.transaction('rw', db.changeStamps, async () => {
    const have = await readStamps(db, groups);
    const missing = groups.filter((g) => have[g] === undefined);
    if (missing.length > 0) await db.changeStamps.bulkPut(missing.map((group) => ({ group, stamp: newStamp() })));
  });
}

import type { DBCore, DBCoreKeyRange, DBCoreRangeType, DBCoreTransaction, Middleware } from 'dexie';
import type { PizhuDb } from './db';

/** The table holding one change stamp per group (schema v8). */
export const STAMP_TABLE = 'changeStamps';
/** Derived data checked against the stamps (schema v8): dropped by the same writes that renew them. */
export const SUMMARY_TABLE = 'summaries';

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

/** Every key of a table (Dexie's `AnyRange`; its enum is declared `const`, so the value is spelled out). */
const everyKey: DBCoreKeyRange = { type: 3 as DBCoreRangeType, lower: -Infinity, lowerOpen: false, upper: [[]], upperOpen: false };

/** A fresh stamp for every group: a new database starts with these (schema v8 and `populate`). */
export const initialStamps = (): { group: StampGroup; stamp: string }[] => STAMP_GROUPS.map((group) => ({ group, stamp: newStamp() }));

/** Whether the IndexedDB transaction under Dexie's can write `table` (not in a database older than v8). */
function reaches(trans: DBCoreTransaction, table: string): boolean {
  const names = (trans as Partial<Pick<IDBTransaction, 'objectStoreNames'>>).objectStoreNames;
  return names?.contains(table) ?? false;
}

/**
 * Every write to a stamped table also rewrites its group's stamp, in the same transaction:
 * committed together or not at all, whichever repo (or restore, or sync) made the write. So a
 * summary derived from data read under stamp S is known to be current exactly while the stamp
 * is still S — no write path can forget to invalidate it. The same write also deletes the
 * summaries: a stale one would never be shown, but it would keep the text of a note the user
 * deleted on disk. Read-write transactions touching a stamped table are widened to include
 * both tables (as dexie-cloud does for its mutation log).
 */
export const changeStampsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'ChangeStamps',
  create(down) {
    if (!down.schema.tables.some((t) => t.name === STAMP_TABLE)) return {};
    const hasSummaries = down.schema.tables.some((t) => t.name === SUMMARY_TABLE);
    return {
      transaction(stores, mode, options) {
        const widen = mode === 'readwrite' && stores.some((name) => STAMPED_TABLES.has(name));
        const extra = widen ? [STAMP_TABLE, ...(hasSummaries ? [SUMMARY_TABLE] : [])].filter((name) => !stores.includes(name)) : [];
        return down.transaction(extra.length > 0 ? [...stores, ...extra] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        const group = STAMPED_TABLES.get(name);
        if (group === undefined) return table;
        return {
          ...table,
          async mutate(request) {
            const result = await table.mutate(request);
            if (reaches(request.trans, STAMP_TABLE))
              await down.table(STAMP_TABLE).mutate({ type: 'put', trans: request.trans, values: [{ group, stamp: newStamp() }] });
            if (hasSummaries && reaches(request.trans, SUMMARY_TABLE))
              await down.table(SUMMARY_TABLE).mutate({ type: 'deleteRange', trans: request.trans, range: everyKey });
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

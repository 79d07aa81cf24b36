import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach } from 'vitest';
import { normalizeArticle } from '../../../corpus/normalize';
import { createDb, type PizhuDb } from '../../../renderer/store/db';

/**
 * A fresh, empty Pizhu database per call, each on its own fake IndexedDB, all closed after
 * every test of the file that calls this once at the top.
 */
export function freshDatabases(): () => PizhuDb {
  const open: PizhuDb[] = [];
  afterEach(() => {
    for (const db of open.splice(0)) db.close();
  });
  return () => {
    const db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    open.push(db);
    return db;
  };
}

/** The text of the one bundled article the import tests run against. */
export const SEED_TEXT = '# 内置文章\n\n这是内置文章的正文。';
/** A bundled article, as the library holds it, for identity and duplicate checks. */
export const seedArticle = normalizeArticle({ fileName: '000_seed.txt', text: SEED_TEXT, origin: 'bundled' }).article;

import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export type Db = Database.Database;

/** The file inside the data folder; one file holds members and documents. */
export const DATABASE_FILE = 'pizhu-team.sqlite';

/**
 * Every schema version the server has shipped, oldest first (like the app's Dexie schema):
 * never edit a released step, add one. `PRAGMA user_version` records how far a file got.
 */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE groups (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, created TEXT NOT NULL);
   CREATE TABLE members (
     id TEXT PRIMARY KEY,
     group_id TEXT NOT NULL REFERENCES groups(id),
     name TEXT NOT NULL,
     role TEXT NOT NULL CHECK (role IN ('editor', 'viewer')),
     token_hash TEXT NOT NULL UNIQUE,
     created TEXT NOT NULL,
     revoked TEXT
   );
   CREATE INDEX members_group ON members(group_id);
   CREATE TABLE documents (name TEXT PRIMARY KEY, state BLOB NOT NULL, updated TEXT NOT NULL);
   CREATE TABLE updates (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, data BLOB NOT NULL);
   CREATE INDEX updates_name ON updates(name);`,
  // Who owns each pack: the editor who created it writes it, the rest of the group reads it.
  `CREATE TABLE packs (
     group_id TEXT NOT NULL REFERENCES groups(id),
     id TEXT NOT NULL,
     owner TEXT NOT NULL REFERENCES members(id),
     created TEXT NOT NULL,
     PRIMARY KEY (group_id, id)
   );`,
];

/**
 * Opens (creating if needed) the team database in `dataDir`. WAL with synchronous=FULL: a
 * write that returned is on disk, so an update the server acknowledged survives `kill -9`
 * and a power cut; the admin commands can run while the server does.
 */
export function openDatabase(dataDir: string): Db {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, DATABASE_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from > MIGRATIONS.length) {
    db.close();
    throw new Error(`${join(dataDir, DATABASE_FILE)} was written by a newer Pizhu server (schema ${from}; this one knows ${MIGRATIONS.length})`);
  }
  db.transaction(() => {
    for (let v = from; v < MIGRATIONS.length; v++) db.exec(MIGRATIONS[v]!);
    db.pragma(`user_version = ${MIGRATIONS.length}`);
  })();
  return db;
}

import * as Y from 'yjs';
import type { Db } from './open-database';

/**
 * Y documents in SQLite: a compacted state per document plus a log of the updates received
 * since. Each incoming update is appended synchronously, before the server acknowledges it
 * (so an acknowledged change is on disk); the debounced store compacts the log into the state.
 */
export function createDocumentStore(db: Db, now: () => Date = () => new Date()) {
  const getState = db.prepare<[string], { state: Buffer }>('SELECT state FROM documents WHERE name = ?');
  const getUpdates = db.prepare<[string], { data: Buffer }>('SELECT data FROM updates WHERE name = ? ORDER BY id');
  const sizeOf = db.prepare<[string, string], { size: number | null }>(
    'SELECT (SELECT COALESCE(SUM(LENGTH(state)), 0) FROM documents WHERE name = ?) + (SELECT COALESCE(SUM(LENGTH(data)), 0) FROM updates WHERE name = ?) AS size',
  );
  const append = db.prepare('INSERT INTO updates (name, data) VALUES (?, ?)');
  const putState = db.prepare('INSERT INTO documents (name, state, updated) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET state = excluded.state, updated = excluded.updated');
  const clearUpdates = db.prepare('DELETE FROM updates WHERE name = ?');

  return {
    /** The stored document as one update, or null for a document never written. */
    fetch(name: string): Uint8Array | null {
      const state = getState.get(name)?.state;
      const updates = getUpdates.all(name).map((u) => new Uint8Array(u.data));
      const parts = [...(state ? [new Uint8Array(state)] : []), ...updates];
      if (parts.length === 0) return null;
      return parts.length === 1 ? parts[0]! : Y.mergeUpdates(parts);
    },
    append(name: string, update: Uint8Array): void {
      append.run(name, Buffer.from(update));
    },
    /** Replaces the log with the full state (which includes every logged update). */
    compact(name: string, state: Uint8Array): void {
      db.transaction(() => {
        putState.run(name, Buffer.from(state), now().toISOString());
        clearUpdates.run(name);
      })();
    },
    /** Bytes stored for a document (state plus log): what the size cap is checked against. */
    size(name: string): number {
      return sizeOf.get(name, name)?.size ?? 0;
    },
  };
}

export type DocumentStore = ReturnType<typeof createDocumentStore>;

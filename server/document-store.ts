import * as Y from 'yjs';
import type { Db } from './open-database';

/** One update holding everything in `parts` (Yjs updates are idempotent and commute). */
const union = (parts: readonly Uint8Array[]): Uint8Array => (parts.length === 1 ? parts[0]! : Y.mergeUpdates([...parts]));

/**
 * Y documents in SQLite: a compacted state per document plus a log of the updates received
 * since. Each incoming update is appended synchronously, before the server acknowledges it
 * (so an acknowledged change is on disk); the debounced store compacts the log into the state.
 *
 * Several server processes may share the file (WAL, see open-database.ts; two instances behind
 * Redis): each appends the updates its own clients sent, and compaction (with `shared`) folds
 * what the file holds into the state it is given, in one write transaction, so an update another instance
 * logged but this one has not received yet is kept, never overwritten.
 */
export interface DocumentStoreOptions {
  /**
   * Other server processes write this file too (instances behind Redis): compaction then folds
   * what is stored into the state it is given. Alone, the state in memory already holds all
   * that is stored, and merging a large document again at every store would only cost time
   * (about 0.1 s for 1,000 annotations).
   */
  readonly shared?: boolean;
  readonly now?: () => Date;
}

export function createDocumentStore(db: Db, { shared = false, now = () => new Date() }: DocumentStoreOptions = {}) {
  const getState = db.prepare<[string], { state: Buffer }>('SELECT state FROM documents WHERE name = ?');
  const getUpdates = db.prepare<[string], { data: Buffer }>('SELECT data FROM updates WHERE name = ? ORDER BY id');
  const sizeOf = db.prepare<[string, string], { size: number | null }>(
    'SELECT (SELECT COALESCE(SUM(LENGTH(state)), 0) FROM documents WHERE name = ?) + (SELECT COALESCE(SUM(LENGTH(data)), 0) FROM updates WHERE name = ?) AS size',
  );
  const append = db.prepare('INSERT INTO updates (name, data) VALUES (?, ?)');
  const putState = db.prepare(
    'INSERT INTO documents (name, state, updated) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET state = excluded.state, updated = excluded.updated',
  );
  const clearUpdates = db.prepare('DELETE FROM updates WHERE name = ?');

  /** The stored state and the log, read in one transaction (another process may be compacting). */
  const stored = db.transaction((name: string): Uint8Array[] => {
    const state = getState.get(name)?.state;
    return [...(state ? [new Uint8Array(state)] : []), ...getUpdates.all(name).map((u) => new Uint8Array(u.data))];
  });

  return {
    /** The stored document as one update, or null for a document never written. */
    fetch(name: string): Uint8Array | null {
      const parts = stored(name);
      if (parts.length === 0) return null;
      return parts.length === 1 ? parts[0]! : Y.mergeUpdates(parts);
    },
    append(name: string, update: Uint8Array): void {
      append.run(name, Buffer.from(update));
    },
    /** Replaces the log and the stored state with one state: `state` plus whatever is stored. */
    compact(name: string, state: Uint8Array): void {
      // IMMEDIATE: the write lock is taken before reading, so no other process appends in between.
      db.transaction(() => {
        putState.run(name, Buffer.from(shared ? union([...stored(name), state]) : state), now().toISOString());
        clearUpdates.run(name);
      }).immediate();
    },
    /** Bytes stored for a document (state plus log): what the size cap is checked against. */
    size(name: string): number {
      return sizeOf.get(name, name)?.size ?? 0;
    },
  };
}

export type DocumentStore = ReturnType<typeof createDocumentStore>;

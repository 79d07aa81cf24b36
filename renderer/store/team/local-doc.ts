import * as Y from 'yjs';
import type { PizhuDb } from '../db';

export interface LocalDoc {
  readonly doc: Y.Doc;
  /** Writes the current state now (also done shortly after every change). */
  flush(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A Y document kept in IndexedDB (table `syncDocs`): changes made offline are on disk with
 * the rest of the user's data and merge when the server is back. Saves are coalesced (one
 * state write per `delayMs`), and `close` writes what is pending.
 */
export async function openLocalDoc(db: PizhuDb, name: string, delayMs = 200, now: () => Date = () => new Date()): Promise<LocalDoc> {
  const doc = new Y.Doc();
  const stored = await db.syncDocs.get(name);
  if (stored) Y.applyUpdate(doc, stored.state, 'local-store');
  let timer: ReturnType<typeof setTimeout> | undefined;
  let saving: Promise<void> = Promise.resolve();
  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    const state = Y.encodeStateAsUpdate(doc);
    saving = saving.then(() => db.syncDocs.put({ name, state, updated: now().toISOString() }).then(() => undefined));
    return saving;
  };
  const onUpdate = () => {
    if (timer === undefined) timer = setTimeout(() => void save(), delayMs);
  };
  doc.on('update', onUpdate);
  return {
    doc,
    flush: save,
    async close() {
      doc.off('update', onUpdate);
      await save();
      doc.destroy();
    },
  };
}

import * as Y from 'yjs';

/** One entry of a top-level Y.Map: `doc.getMap(root).get(key)`. */
export interface Entry {
  readonly root: string;
  readonly key: string;
}

/** What a member may change in a document they may write only in part (see access.ts). */
export interface EntryRule {
  /** Whether the member may set or delete this entry at all. */
  mayChange(entry: Entry): boolean;
  /** Whether the entry may hold `value` after the update (`undefined`: deleted). */
  mayHold(entry: Entry, value: unknown): boolean;
}

export type EntryCheck = { readonly ok: true; readonly changed: readonly Entry[] } | { readonly ok: false; readonly reason: string };

const rootNames = (doc: Y.Doc): Map<unknown, string> => new Map([...doc.share].map(([name, type]) => [type, name]));

/** The bytes Yjs holds back for an update whose dependencies have not arrived (compared before and after). */
const pendingOf = (doc: Y.Doc): string => {
  const { pendingStructs, pendingDs } = doc.store;
  return `${pendingStructs ? Buffer.from(pendingStructs.update).toString('base64') : ''}|${pendingDs ? Buffer.from(pendingDs).toString('base64') : ''}`;
};

/**
 * Whether `update` (from a client that may write only some entries) changes nothing but
 * top-level map entries `rule` allows, to values it allows, and what it changes. `earlier`:
 * updates from the same connection that passed this check but may not be applied yet
 * (Hocuspocus handles each message after its own asynchronous hooks, so a second message can be
 * checked before the first is applied); the update is checked as if they were.
 *
 * The update is applied to a copy of `doc`; Yjs records which types and keys the transaction
 * changed, so an insert, an overwrite or a deletion anywhere else (another map, an array, a
 * nested type, a new root) is seen whatever the update looks like. Also refused:
 * - an update Yjs would hold back for missing dependencies (applied later, it would escape this check);
 * - structs under a client id that already wrote something this member may not change: Yjs
 *   keeps only the first struct at each (client, clock), so a forger writing their own entry
 *   under the owner's client id at its next clock would make the server drop the owner's next
 *   real change.
 */
export function checkOwnEntries(doc: Y.Doc, update: Uint8Array, rule: EntryRule, earlier: readonly Uint8Array[] = []): EntryCheck {
  if (Y.snapshotContainsUpdate(Y.snapshot(doc), update)) return { ok: true, changed: [] };
  const refuse = (reason: string): EntryCheck => ({ ok: false, reason });

  const copy = new Y.Doc({ gc: false });
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    for (const accepted of earlier) Y.applyUpdate(copy, accepted);

    const names = rootNames(copy);
    for (const client of Y.parseUpdateMeta(update).from.keys()) {
      for (const struct of copy.store.clients.get(client) ?? []) {
        const parent = struct instanceof Y.Item ? struct.parent : null;
        const root = parent instanceof Y.AbstractType && parent._item === null ? names.get(parent) : undefined;
        const key = struct instanceof Y.Item ? struct.parentSub : null;
        if (root === undefined || key === null || !rule.mayChange({ root, key }))
          return refuse(`client ${client} already wrote what this member may not change`);
      }
    }

    const pendingBefore = pendingOf(copy);
    const changes: Map<Y.AbstractType<unknown>, Set<string | null>>[] = [];
    copy.on('afterTransaction', (transaction: Y.Transaction) => changes.push(transaction.changed as Map<Y.AbstractType<unknown>, Set<string | null>>));
    Y.applyUpdate(copy, update);
    if (pendingOf(copy) !== pendingBefore) return refuse('the update depends on changes the server does not have');

    const copyNames = rootNames(copy);
    const changed: Entry[] = [];
    for (const changedTypes of changes) {
      for (const [type, keys] of changedTypes) {
        const root = type._item === null ? copyNames.get(type) : undefined;
        if (root === undefined) return refuse('changes inside a nested type');
        for (const key of keys) {
          if (key === null) return refuse(`changes ${JSON.stringify(root)} as a list`);
          const entry = { root, key };
          if (!rule.mayChange(entry)) return refuse(`changes ${root}.${key}`);
          if (!changed.some((e) => e.root === root && e.key === key)) changed.push(entry);
        }
      }
    }
    for (const entry of changed) {
      const value: unknown = copy.getMap(entry.root).get(entry.key);
      if (value instanceof Y.AbstractType || !rule.mayHold(entry, value)) return refuse(`sets ${entry.root}.${entry.key} to a value it may not hold`);
    }
    return { ok: true, changed };
  } catch (error) {
    return refuse(`unreadable: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    copy.destroy();
  }
}

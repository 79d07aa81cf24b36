import { liveQuery } from 'dexie';
import type * as Y from 'yjs';
import type { Annotation } from '../../../corpus/model';
import { changedAnnotationIds, deleteAnnotation, readAnnotation, readAnnotations, writeAnnotation, DELETED, ANNOTATIONS } from '../../../corpus/sync';
import type { PizhuDb } from '../db';
import type { StoredAnnotation } from '../records';

/**
 * Keeps the user's own annotations (Dexie, what the UI reads) and a Y document (what Yjs
 * syncs between their laptops) in step, both ways. Yjs merges; this only translates:
 *
 * - Dexie → Y: each local change (a difference between two successive Dexie snapshots that
 *   this binding did not write itself) writes the annotation's fields, the note as a text
 *   edit; a local delete (the annotation is in the trash) leaves a tombstone.
 * - Y → Dexie: a change from elsewhere is put into Dexie. A local change not yet sent up is
 *   merged into Y first, so a remote write never overwrites it. An id tombstoned elsewhere moves
 *   to the local trash (recoverable there), never silently destroyed.
 * - On start, what changed while the binding was off is settled: local-only annotations go
 *   up, annotations deleted locally become tombstones, the rest come down; where both sides
 *   differ the later `modified` goes up and Yjs merges it.
 */
const LOCAL = Symbol('pizhu-local');

const asStored = (a: Annotation): StoredAnnotation => ({ ...a, articleId: a.target.source });
const withoutArticleId = ({ articleId: _articleId, ...a }: StoredAnnotation): Annotation => a;
const key = (a: Annotation): string => JSON.stringify(a);

export interface OwnAnnotationsSync {
  /** Resolves once the start-up reconciliation is done. */
  readonly ready: Promise<void>;
  stop(): void;
}

export function syncOwnAnnotations(db: PizhuDb, doc: Y.Doc, now: () => Date = () => new Date()): OwnAnnotationsSync {
  /** Dexie as this binding last saw it, by id (key of the record). */
  const seen = new Map<string, string>();
  /** What this binding itself wrote to Dexie (null: removed), so its echo is not sent back up. */
  const ours = new Map<string, string | null>();
  let reconciled = false;
  let stopped = false;
  let queue: Promise<void> = Promise.resolve();
  const serial = (job: () => Promise<void>) => (queue = queue.then(job, job));

  const isUnsentLocal = (local: Annotation | undefined): local is Annotation =>
    local !== undefined && seen.get(local.id) !== key(local) && ours.get(local.id) !== key(local);

  const toDexie = (ids: Iterable<string>) =>
    serial(async () => {
      const wanted = [...ids];
      if (wanted.length === 0 || stopped) return;
      await db.transaction('rw', db.annotations, db.trash, async () => {
        const deletedAt = now().toISOString();
        for (const id of wanted) {
          const stored = await db.annotations.get(id);
          const local = stored && withoutArticleId(stored);
          if (isUnsentLocal(local) && readAnnotation(doc, id) !== 'deleted') writeAnnotation(doc, local, LOCAL);
          const remote = readAnnotation(doc, id);
          if (remote === 'deleted') {
            if (!stored) continue;
            await db.trash.put({ id, annotation: stored, deletedAt });
            await db.annotations.delete(id);
            ours.set(id, null);
          } else if (typeof remote === 'object' && !('problem' in remote) && (!local || key(local) !== key(remote))) {
            await db.annotations.put(asStored(remote));
            ours.set(id, key(remote));
          }
        }
      });
    });

  const fromDexie = (current: readonly StoredAnnotation[], trashed: ReadonlySet<string>) => {
    const present = new Set<string>();
    const tombstoned: string[] = [];
    doc.transact(() => {
      for (const stored of current) {
        const a = withoutArticleId(stored);
        const k = key(a);
        present.add(a.id);
        if (seen.get(a.id) === k) continue;
        seen.set(a.id, k);
        if (ours.get(a.id) === k) ours.delete(a.id);
        else if (writeAnnotation(doc, a, LOCAL) === 'deleted-elsewhere') tombstoned.push(a.id);
      }
      for (const id of [...seen.keys()]) {
        if (present.has(id)) continue;
        seen.delete(id);
        if (ours.get(id) === null) ours.delete(id);
        else if (trashed.has(id)) deleteAnnotation(doc, id, now().toISOString(), LOCAL);
      }
    }, LOCAL);
    // Saved here after it was deleted elsewhere: it goes to the trash here too.
    if (tombstoned.length > 0) void toDexie(tombstoned);
  };

  const onYChange = (events: Y.YEvent<Y.AbstractType<unknown>>[], tx: Y.Transaction) => {
    if (tx.origin === LOCAL || stopped) return;
    void toDexie(changedAnnotationIds(events));
  };
  const onTombstone = (event: Y.YMapEvent<unknown>, tx: Y.Transaction) => {
    if (tx.origin === LOCAL || stopped) return;
    void toDexie(event.changes.keys.keys());
  };

  // Subscribed at once, outside any Dexie promise zone; emissions before the reconciliation
  // below is done are dropped (it reads Dexie itself).
  let latest: [readonly StoredAnnotation[], ReadonlySet<string>] | undefined;
  const subscription = liveQuery(() => Promise.all([db.annotations.toArray(), db.trash.toCollection().primaryKeys()])).subscribe({
    next: ([current, trashIds]) => {
      latest = [current, new Set(trashIds as string[])];
      if (reconciled && !stopped) fromDexie(...latest);
    },
  });

  const ready = (async () => {
    const [local, trash] = await Promise.all([db.annotations.toArray(), db.trash.toArray()]);
    const trashed = new Set(trash.map((t) => t.id));
    const read = readAnnotations(doc);
    const inY = new Map(read.annotations.map((a) => [a.id, a]));
    const down = new Set<string>();
    doc.transact(() => {
      for (const stored of local) {
        const a = withoutArticleId(stored);
        seen.set(a.id, key(a));
        const y = inY.get(a.id);
        if (read.deleted.has(a.id)) down.add(a.id);
        else if (!y || (key(y) !== key(a) && a.modified >= y.modified)) writeAnnotation(doc, a, LOCAL);
        else if (key(y) !== key(a)) down.add(a.id);
      }
      const localIds = new Set(local.map((a) => a.id));
      for (const id of inY.keys()) {
        if (localIds.has(id)) continue;
        if (trashed.has(id)) deleteAnnotation(doc, id, now().toISOString(), LOCAL);
        else down.add(id);
      }
    }, LOCAL);
    doc.getMap(ANNOTATIONS).observeDeep(onYChange);
    doc.getMap(DELETED).observe(onTombstone);
    reconciled = true;
    await toDexie(down);
    if (latest && !stopped) fromDexie(...latest);
  })();

  return {
    ready,
    stop() {
      stopped = true;
      subscription.unsubscribe();
      doc.getMap(ANNOTATIONS).unobserveDeep(onYChange);
      doc.getMap(DELETED).unobserve(onTombstone);
    },
  };
}

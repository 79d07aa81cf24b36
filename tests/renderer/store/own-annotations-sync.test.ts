// liveQuery runs its querier only where a global indexedDB exists (Dexie checks it); each database still gets its own factory.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Annotation } from '../../../corpus/model';
import { putAnnotation, trashAnnotation } from '../../../renderer/store/annotations-repo';
import { createDb, type PizhuDb } from '../../../renderer/store/db';
import { openLocalDoc } from '../../../renderer/store/team/local-doc';
import { syncOwnAnnotations, type OwnAnnotationsSync } from '../../../renderer/store/team/own-annotations-sync';
import { v1Annotation } from './fixtures';

/** One of the user's laptops: its own database, its Y document, the binding between them. */
interface Laptop {
  db: PizhuDb;
  doc: Y.Doc;
  binding: OwnAnnotationsSync;
}

const opened: Laptop[] = [];

let laptops = 0;

/** Each laptop's database has its own name: Dexie shares live-query caches between same-named databases in one process. */
async function laptop(indexedDB = new IDBFactory()): Promise<Laptop> {
  const db = createDb({ name: `pizhu-laptop-${++laptops}`, indexedDB, IDBKeyRange });
  await db.open();
  const doc = new Y.Doc();
  const binding = syncOwnAnnotations(db, doc);
  await binding.ready;
  const l = { db, doc, binding };
  opened.push(l);
  return l;
}

/** What the server does between two laptops that are online at the same time. */
function exchange(a: Laptop, b: Laptop): void {
  Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)), 'remote');
  Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc)), 'remote');
}

async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 20));
}

const stored = (a: Annotation) => ({ ...a, articleId: a.target.source });
const notes = async (l: Laptop) => Object.fromEntries((await l.db.annotations.toArray()).map((a) => [a.id, a.body.note]));

afterEach(() => {
  for (const l of opened.splice(0)) {
    l.binding.stop();
    l.db.close();
  }
});

describe("keeping one person's laptops in step", () => {
  it('a note made on one laptop appears on the other, exactly', async () => {
    const [office, home] = [await laptop(), await laptop()];
    const a = v1Annotation(3);
    await putAnnotation(office.db, stored(a));
    await settle();
    exchange(office, home);
    await settle();
    expect(await home.db.annotations.get(a.id)).toEqual(stored(a));
  });

  it('both laptops edited the same note offline: the texts merge, nothing is lost', async () => {
    const [office, home] = [await laptop(), await laptop()];
    const a = { ...v1Annotation(1), body: { note: '产量数据需要核实。', tags: [] } };
    await putAnnotation(office.db, stored(a));
    await settle();
    exchange(office, home);
    await settle();
    await putAnnotation(office.db, stored({ ...a, body: { ...a.body, note: '粮食产量数据需要核实。' }, modified: '2026-02-01T00:00:00.000Z' }));
    await putAnnotation(home.db, stored({ ...a, body: { ...a.body, note: '产量数据需要与统计局核实。' }, modified: '2026-02-01T00:00:01.000Z' }));
    await settle();
    exchange(office, home);
    await settle();
    expect((await notes(office))[a.id]).toBe('粮食产量数据需要与统计局核实。');
    expect((await notes(home))[a.id]).toBe('粮食产量数据需要与统计局核实。');
  });

  it("a note deleted on one laptop goes to the other laptop's trash and never comes back", async () => {
    const [office, home] = [await laptop(), await laptop()];
    const a = v1Annotation(2);
    await putAnnotation(office.db, stored(a));
    await settle();
    exchange(office, home);
    await settle();
    await trashAnnotation(office.db, a.id);
    // Meanwhile, offline, the home laptop edits it.
    await putAnnotation(home.db, stored({ ...a, body: { note: '在家改的', tags: [] }, modified: '2026-03-01T00:00:00.000Z' }));
    await settle();
    exchange(office, home);
    await settle();
    expect(await office.db.annotations.get(a.id)).toBeUndefined();
    expect(await home.db.annotations.get(a.id)).toBeUndefined();
    // Recoverable on the home laptop, with the text typed there.
    expect((await home.db.trash.get(a.id))?.annotation.body.note).toBe('在家改的');
  });

  it('changes made while the app was closed are settled on the next start', async () => {
    const indexedDB = new IDBFactory();
    const db = createDb({ indexedDB, IDBKeyRange });
    await db.open();
    const local = await openLocalDoc(db, 'private/me', 10);
    const first = syncOwnAnnotations(db, local.doc);
    await first.ready;
    const kept = v1Annotation(1);
    const removed = v1Annotation(2);
    await putAnnotation(db, stored(kept));
    await putAnnotation(db, stored(removed));
    await settle();
    first.stop();
    await local.close();
    // With the binding off: one note deleted, one added, one edited.
    await trashAnnotation(db, removed.id);
    const added = v1Annotation(4);
    await putAnnotation(db, stored(added));
    await putAnnotation(db, stored({ ...kept, body: { note: '关着时改的', tags: [] }, modified: '2027-01-01T00:00:00.000Z' }));
    const again = await openLocalDoc(db, 'private/me', 10);
    const second = syncOwnAnnotations(db, again.doc);
    await second.ready;
    await settle();
    // A fresh laptop now receives exactly that state.
    const other = await laptop();
    Y.applyUpdate(other.doc, Y.encodeStateAsUpdate(again.doc), 'remote');
    await settle();
    expect(await notes(other)).toEqual({ [kept.id]: '关着时改的', [added.id]: added.body.note });
    second.stop();
    await again.close();
    db.close();
  });
});

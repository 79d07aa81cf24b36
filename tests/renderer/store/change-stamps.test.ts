import { describe, expect, it } from 'vitest';
import { readStamps, ensureStamps } from '../../../renderer/store/change-stamps';
import type { PizhuDb } from '../../../renderer/store/db';
import type { StoredAnnotation } from '../../../renderer/store/records';
import { freshDatabases } from '../support/fresh-db';
import { v1Annotation } from './fixtures';

const freshDb = freshDatabases();
const note = (i: number): StoredAnnotation => ({ ...v1Annotation(i), articleId: v1Annotation(i).target.source });
const stamps = (db: PizhuDb) => db.transaction('r', db.changeStamps, () => readStamps(db, ['annotations', 'articles', 'corrections']));

describe('change stamps: every write to a stamped table rewrites its group stamp in the same transaction', () => {
  it('each kind of write to annotations (put, bulk put, update, delete, clear) gives a new annotations stamp and leaves the others', async () => {
    const db = freshDb();
    await ensureStamps(db, ['annotations', 'articles', 'corrections']);
    const seen = [await stamps(db)];
    const writes: (() => Promise<unknown>)[] = [
      () => db.annotations.put(note(1)),
      () => db.annotations.bulkPut([note(2), note(3)]),
      () => db.annotations.update(note(1).id, { color: 'green' }),
      () => db.annotations.delete(note(2).id),
      () => db.annotations.where('articleId').equals(note(3).articleId).delete(),
      () => db.annotations.clear(),
    ];
    for (const write of writes) {
      await write();
      seen.push(await stamps(db));
    }
    const annotationStamps = seen.map((s) => s.annotations);
    expect(new Set(annotationStamps).size).toBe(seen.length);
    expect(new Set(seen.map((s) => s.articles)).size).toBe(1);
    expect(new Set(seen.map((s) => s.corrections)).size).toBe(1);
  });

  it('article versions count as the articles; corrections have their own group; drafts and settings are not stamped', async () => {
    const db = freshDb();
    await ensureStamps(db, ['annotations', 'articles', 'corrections']);
    const before = await stamps(db);
    await db.settings.put({ key: 'ui', value: '{}' } as never);
    await db.drafts.put({ id: 'd', noteId: 'n', articleId: 'a', text: 'x', updated: new Date(0).toISOString() } as never);
    expect(await stamps(db)).toEqual(before);
    await db.articleVersions.put({ key: 'a:1', articleId: 'a', replacedAt: new Date(0).toISOString() } as never);
    const afterVersion = await stamps(db);
    expect(afterVersion.articles).not.toBe(before.articles);
    expect(afterVersion.annotations).toBe(before.annotations);
    await db.metaCorrections.put({ articleId: 'a', fileName: 'a.txt', modified: new Date(0).toISOString(), fields: {} } as never);
    expect((await stamps(db)).corrections).not.toBe(before.corrections);
  });

  it('a transaction that fails takes its stamp with it: the stamp moves only when the data did', async () => {
    const db = freshDb();
    await ensureStamps(db, ['annotations']);
    const before = await stamps(db);
    await expect(
      db.transaction('rw', db.annotations, async () => {
        await db.annotations.put(note(1));
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await stamps(db)).toEqual(before);
    expect(await db.annotations.count()).toBe(0);
  });

  it('a stamp and the data read in one transaction agree; a later write is seen as a new stamp', async () => {
    const db = freshDb();
    await db.annotations.put(note(1));
    const read = () =>
      db.transaction('r', [db.annotations, db.changeStamps], async () => ({ rows: await db.annotations.count(), ...(await readStamps(db, ['annotations'])) }));
    const first = await read();
    expect(first.rows).toBe(1);
    expect(first.annotations).toEqual(expect.any(String));
    expect(await read()).toEqual(first);
    await db.annotations.put(note(2));
    const second = await read();
    expect(second.rows).toBe(2);
    expect(second.annotations).not.toBe(first.annotations);
  });
});

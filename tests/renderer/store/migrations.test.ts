import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../../renderer/store/db';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS, declareSchema } from '../../../renderer/store/schema';
import { v1Annotation } from './fixtures';

/** A database as release `version` left it, filled with `count` annotations in that version's shape. */
async function fixtureDatabase(indexedDB: IDBFactory, version: number, count: number): Promise<void> {
  const db = new Dexie('pizhu', { indexedDB, IDBKeyRange });
  declareSchema(db, version);
  await db.open();
  const annotations = Array.from({ length: count }, (_, i) => v1Annotation(i));
  await db.table('annotations').bulkAdd(annotations);
  await db.table('articleNotes').bulkAdd([{ id: 'n1', kind: 'article-note', articleId: 'article-1', body: { note: '整篇笔记', tags: ['会议'] }, created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z' }]);
  await db.table('settings').bulkAdd([{ key: 'ui.language', value: 'en' }]);
  await db.table('readingPositions').bulkAdd([{ articleId: 'article-1', blockId: 'b7', progress: 0.4, updated: '2026-01-01T00:00:00.000Z' }]);
  db.close();
}

const olderVersions = SCHEMA_VERSIONS.map((s) => s.version).filter((v) => v < LATEST_SCHEMA_VERSION);

describe('schema migrations', () => {
  it('keeps every released version, numbered without gaps', () => {
    expect(SCHEMA_VERSIONS.map((s) => s.version)).toEqual(Array.from({ length: LATEST_SCHEMA_VERSION }, (_, i) => i + 1));
  });

  it.each(olderVersions.flatMap((v) => [[v, 50], [v, 10_000]] as const))('a v%i database with %i annotations upgrades with nothing lost', async (version, count) => {
    const indexedDB = new IDBFactory();
    await fixtureDatabase(indexedDB, version, count);
    const db = createDb({ indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    const annotations = await db.annotations.toArray();
    expect(annotations).toHaveLength(count);
    const byId = new Map(annotations.map((a) => [a.id, a]));
    for (let i = 0; i < count; i++) {
      const original = v1Annotation(i);
      expect(byId.get(original.id)).toEqual({ ...original, articleId: original.target.source });
    }
    // The new indexes answer queries.
    expect(await db.annotations.where('articleId').equals('article-3').count()).toBe(Math.floor((count - 4) / 5) + 1);
    expect(await db.annotations.where('body.tags').equals('待核实').count()).toBe(Math.ceil(count / 5));
    expect(await db.articleNotes.toArray()).toHaveLength(1);
    expect(await db.settings.get('ui.language')).toEqual({ key: 'ui.language', value: 'en' });
    expect(await db.readingPositions.get('article-1')).toMatchObject({ blockId: 'b7' });
    db.close();
  }, 60_000);

  it('opens a fresh database at the newest version', async () => {
    const db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['annotations', 'articleNotes', 'backups', 'importedArticles', 'readingPositions', 'settings', 'trash']);
    db.close();
  });
});

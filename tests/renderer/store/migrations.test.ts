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
  // v2 and later store the article id at the top level; v1 did not.
  const annotations = Array.from({ length: count }, (_, i) =>
    version >= 2 ? { ...v1Annotation(i), articleId: v1Annotation(i).target.source } : v1Annotation(i),
  );
  await db.table('annotations').bulkAdd(annotations);
  await db.table('articleNotes').bulkAdd([
    {
      id: 'n1',
      kind: 'article-note',
      articleId: 'article-1',
      body: { note: '整篇笔记', tags: ['会议'] },
      created: '2026-01-01T00:00:00.000Z',
      modified: '2026-01-01T00:00:00.000Z',
    },
  ]);
  await db.table('settings').bulkAdd([{ key: 'ui.language', value: 'en' }]);
  await db.table('readingPositions').bulkAdd([{ articleId: 'article-1', blockId: 'b7', progress: 0.4, updated: '2026-01-01T00:00:00.000Z' }]);
  db.close();
}

const olderVersions = SCHEMA_VERSIONS.map((s) => s.version).filter((v) => v < LATEST_SCHEMA_VERSION);

describe('schema migrations', () => {
  it('keeps every released version, numbered without gaps', () => {
    expect(SCHEMA_VERSIONS.map((s) => s.version)).toEqual(Array.from({ length: LATEST_SCHEMA_VERSION }, (_, i) => i + 1));
  });

  it.each(
    olderVersions.flatMap(
      (v) =>
        [
          [v, 50],
          [v, 10_000],
        ] as const,
    ),
  )(
    'a v%i database with %i annotations upgrades with nothing lost',
    async (version, count) => {
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
    },
    60_000,
  );

  it('opens a fresh database at the newest version', async () => {
    const db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'annotations',
      'articleNotes',
      'articleTrash',
      'articleVersions',
      'backupTexts',
      'backups',
      'changeStamps',
      'drafts',
      'importedArticles',
      'metaCorrections',
      'readingPositions',
      'settings',
      'summaries',
      'syncDocs',
      'team',
      'teamNotes',
      'teamPacks',
      'trash',
    ]);
    db.close();
  });

  it('v2 → v3: imported articles, trash and everything else survive; the corrections table starts empty and answers by file name', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('pizhu', { indexedDB, IDBKeyRange });
    declareSchema(old, 2);
    await old.open();
    const article = {
      id: 'imp-abc',
      origin: 'imported',
      fileName: '报告.txt',
      meta: { title: '旧题', authors: [], places: [] },
      blocks: [],
      contentHash: 'abc',
      wordCount: 0,
      original: '',
      importedAt: '2026-01-01T00:00:00.000Z',
      encoding: 'utf-8',
    };
    await old.table('importedArticles').add(article);
    await old.table('trash').add({ id: 't1', annotation: { ...v1Annotation(1), articleId: 'article-1' }, deletedAt: '2026-01-02T00:00:00.000Z' });
    old.close();

    const db = createDb({ indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await db.importedArticles.get('imp-abc')).toEqual(article);
    expect(await db.trash.count()).toBe(1);
    expect(await db.metaCorrections.count()).toBe(0);
    await db.metaCorrections.put({ articleId: 'imp-abc', fileName: '报告.txt', fields: { title: '新题' }, modified: '2026-01-03T00:00:00.000Z' });
    expect(await db.metaCorrections.where('fileName').equals('报告.txt').count()).toBe(1);
    db.close();
  });

  it('v3 → v4: corrections and trash survive; drafts, article trash and versions start empty and answer by article', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('pizhu', { indexedDB, IDBKeyRange });
    declareSchema(old, 3);
    await old.open();
    await old.table('metaCorrections').put({ articleId: 'imp-abc', fileName: '报告.txt', fields: { title: '新题' }, modified: '2026-01-03T00:00:00.000Z' });
    await old.table('trash').add({ id: 't1', annotation: { ...v1Annotation(1), articleId: 'article-1' }, deletedAt: '2026-01-02T00:00:00.000Z' });
    old.close();

    const db = createDb({ indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await db.metaCorrections.get('imp-abc')).toMatchObject({ fields: { title: '新题' } });
    expect(await db.trash.count()).toBe(1);
    expect(await Promise.all([db.drafts.count(), db.articleTrash.count(), db.articleVersions.count()])).toEqual([0, 0, 0]);
    await db.drafts.put({ id: 'a1#w1', noteId: 'a1', articleId: 'imp-abc', note: '草稿', tags: [], updated: '2026-01-04T00:00:00.000Z' });
    expect(await db.drafts.where('articleId').equals('imp-abc').count()).toBe(1);
    db.close();
  });

  it('v6 → v7: each browser backup keeps its metadata and its text moves to backupTexts (one part), unchanged', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('pizhu', { indexedDB, IDBKeyRange });
    declareSchema(old, 6);
    await old.open();
    const kept = [
      { name: 'pizhu-backup-a.json', json: '{"a":"甲"}\n', created: '2026-01-01T00:00:00.000Z', size: 11, sequence: 1, checksum: 'c1', pinned: false },
      { name: 'pizhu-backup-b.json', json: '{"b":"乙"}\n', created: '2026-01-02T00:00:00.000Z', size: 11 },
    ];
    await old.table('backups').bulkPut(kept);
    old.close();

    const db = createDb({ indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await db.backups.toArray()).toEqual(kept.map(({ json: _json, ...meta }) => meta));
    expect(await db.backupTexts.toArray()).toEqual(kept.map(({ name, json }) => ({ key: `${name}#0`, name, part: 0, json })));
    db.close();
  });

  it('v7 → v8: annotations survive untouched, every group gets a stamp, no summary exists, and a write moves only its own stamp', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('pizhu', { indexedDB, IDBKeyRange });
    declareSchema(old, 7);
    await old.open();
    const notes = Array.from({ length: 3 }, (_, i) => ({ ...v1Annotation(i), articleId: v1Annotation(i).target.source }));
    await old.table('annotations').bulkPut(notes);
    old.close();

    const db = createDb({ indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await db.annotations.orderBy('id').toArray()).toEqual(notes);
    const before = await db.changeStamps.orderBy('group').toArray();
    expect(before.map((s) => s.group)).toEqual(['annotations', 'articles', 'corrections']);
    expect(await db.summaries.count()).toBe(0);
    await db.annotations.update(notes[0]!.id, { color: 'blue' });
    const after = await db.changeStamps.orderBy('group').toArray();
    expect(after.map((s) => s.stamp === before.find((b) => b.group === s.group)!.stamp)).toEqual([false, true, true]);
    db.close();
  });
});

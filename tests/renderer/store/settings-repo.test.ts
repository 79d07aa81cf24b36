import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { formatImportError } from '../../../corpus/backup';
import { createDb, type PizhuDb } from '../../../renderer/store/db';
import { putSettings, readInvalidSettings, resetSettings, writeSetting } from '../../../renderer/store/settings-repo';

let db: PizhuDb | undefined;
const fresh = async (): Promise<PizhuDb> => {
  db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  return db;
};
afterEach(() => db?.close());

describe('settings repository', () => {
  it('writes values the schema accepts and refuses others as a programmer error, writing nothing', async () => {
    const store = await fresh();
    await writeSetting(store, 'ui.appearance', { theme: 'dark', fontSize: 20 });
    expect((await store.settings.get('ui.appearance'))?.value).toEqual({ theme: 'dark', fontSize: 20 });
    await expect(writeSetting(store, 'ui.appearance', { fontSize: 99 })).rejects.toThrow(/ui\.appearance/);
    expect((await store.settings.get('ui.appearance'))?.value).toEqual({ theme: 'dark', fontSize: 20 });
  });

  it('reports each stored setting it refused, with the field and reason, and nothing else', async () => {
    const store = await fresh();
    await store.settings.bulkPut([
      { key: 'colors.names', value: { yellow: 5 } },
      { key: 'ui.language', value: 'en' },
      { key: 'reader.paraNumbers', value: 'no' },
      { key: 'someone.else', value: { any: 1 } },
    ]);
    const invalid = await readInvalidSettings(store);
    expect(invalid.map((s) => [s.key, s.value, s.invalid?.map(formatImportError)])).toEqual([
      ['colors.names', {}, ['yellow: expected string']],
      ['reader.paraNumbers', true, ['expected boolean']],
    ]);
  });

  it('reset removes every setting and keeps the notes; putting the removed ones back undoes it exactly', async () => {
    const store = await fresh();
    const settings = [
      { key: 'ui.language', value: 'en' },
      { key: 'backup.lastChecksum', value: '0123456789abcdef' },
      { key: 'colors.names', value: { yellow: 5 } },
    ];
    await store.settings.bulkPut(settings);
    await store.articleNotes.put({
      id: 'n1',
      kind: 'article-note',
      articleId: 'a',
      body: { note: '保留', tags: [] },
      created: '2026-03-01T08:00:00.000Z',
      modified: '2026-03-01T08:00:00.000Z',
    });
    const removed = await resetSettings(store);
    expect(await store.settings.count()).toBe(0);
    expect(await store.articleNotes.count()).toBe(1);
    await putSettings(store, removed);
    expect(await store.settings.orderBy('key').toArray()).toEqual([...settings].sort((a, b) => a.key.localeCompare(b.key)));
  });

  it('reset of named settings removes only those', async () => {
    const store = await fresh();
    await store.settings.bulkPut([
      { key: 'ui.language', value: 'tlh' },
      { key: 'reader.paraNumbers', value: false },
    ]);
    const removed = await resetSettings(store, ['ui.language', 'not.stored']);
    expect(removed).toEqual([{ key: 'ui.language', value: 'tlh' }]);
    expect(await store.settings.toArray()).toEqual([{ key: 'reader.paraNumbers', value: false }]);
  });
});

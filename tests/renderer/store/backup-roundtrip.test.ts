import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup } from '../../../corpus/backup';
import { normalizeArticle } from '../../../corpus/normalize';
import { createBrowserHost } from '../../../renderer/host/browser-host';
import { restoreBackup, snapshot } from '../../../renderer/store/backup-repo';
import { createBrowserBackupFiles } from '../../../renderer/store/browser-backups';
import { createDb } from '../../../renderer/store/db';
import type { ImportedArticle } from '../../../renderer/store/records';
import { v1Annotation } from './fixtures';

const freshDb = () => createDb({ indexedDB: new IDBFactory(), IDBKeyRange });

describe('backup round trip through the store', () => {
  it('snapshot → file → parse → restore into an empty database gives identical data', async () => {
    const source = freshDb();
    const { article } = normalizeArticle({ fileName: 'imp-notes.md', text: '# 调研纪要\n\n园区现有企业一百二十家。\n', origin: 'imported' });
    const imported: ImportedArticle = { ...article, id: 'imp-1', importedAt: '2026-11-20T08:00:00.000Z', encoding: 'gb18030' };
    await source.importedArticles.put(imported);
    await source.annotations.bulkPut(Array.from({ length: 40 }, (_, i) => ({ ...v1Annotation(i), articleId: v1Annotation(i).target.source })));
    await source.articleNotes.put({
      id: 'n1',
      kind: 'article-note',
      articleId: 'imp-1',
      body: { note: '**会前**读完', tags: ['会议'] },
      created: '2026-11-20T09:00:00.000Z',
      modified: '2026-11-21T09:00:00.000Z',
    });
    await source.settings.bulkPut([
      { key: 'ui.language', value: 'en' },
      { key: 'colors.names', value: { yellow: '要点' } },
    ]);
    await source.readingPositions.put({ articleId: 'imp-1', blockId: 'b2', progress: 0.5, updated: '2026-11-21T10:00:00.000Z' });

    const data = await snapshot(source);
    const parsed = parseBackup(serializeBackup(data, '2026-11-26T12:00:00.000Z', '0.1.0'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;

    const target = freshDb();
    await target.annotations.put({ ...v1Annotation(999), articleId: 'other' });
    const host = createBrowserHost({ backups: createBrowserBackupFiles(target), version: '0.1.0' });
    const restored = await restoreBackup(target, host, parsed.value, '0.1.0');
    expect('safetyBackup' in restored).toBe(true);

    expect(await snapshot(target)).toEqual(data);
    expect(await target.importedArticles.get('imp-1')).toEqual(imported);
    // The state before the restore was kept as a backup, so the restore can be undone.
    const kept = await host.listBackups();
    expect(kept.ok && kept.value).toHaveLength(1);
  });
});

describe('metadata corrections in backups', () => {
  it('round-trip losslessly, including which fields were set, and a restore replaces them', async () => {
    const source = freshDb();
    const { article } = normalizeArticle({ fileName: '报告.txt', text: '园区现有企业一百二十家。\n', origin: 'imported' });
    await source.importedArticles.put({ ...article, id: 'imp-1', importedAt: '2026-11-20T08:00:00.000Z', encoding: 'utf-8' });
    const corrections = [
      { articleId: 'imp-1', fileName: '报告.txt', fields: { title: '园区调研', source: '', authors: [] }, modified: '2026-11-21T08:00:00.000Z' },
      // A correction whose article was removed is kept too: a re-import brings it back.
      { articleId: 'imp-gone', fileName: '旧.txt', fields: { date: '2024' }, modified: '2026-11-22T08:00:00.000Z' },
    ];
    await source.metaCorrections.bulkPut(corrections);
    const data = await snapshot(source);
    expect(data.metaCorrections).toEqual(corrections);
    const parsed = parseBackup(serializeBackup(data, '2026-11-26T12:00:00.000Z', '0.1.0'));
    expect(parsed.ok && parsed.value.data.metaCorrections).toEqual(corrections);
    if (!parsed.ok) return;

    const target = freshDb();
    await target.metaCorrections.put({ articleId: 'imp-other', fileName: 'x.txt', fields: { title: '会被替换' }, modified: '2026-11-23T08:00:00.000Z' });
    const host = createBrowserHost({ backups: createBrowserBackupFiles(target), version: '0.1.0' });
    await restoreBackup(target, host, parsed.value, '0.1.0');
    expect(await target.metaCorrections.toArray()).toEqual(corrections);
    expect(Object.keys((await target.metaCorrections.get('imp-1'))!.fields)).toEqual(['title', 'source', 'authors']);
  });

  it('a database without corrections snapshots without the field (older backups stay identical)', async () => {
    const db = freshDb();
    expect(await snapshot(db)).not.toHaveProperty('metaCorrections');
  });

  it('leaves invalid stored corrections out, so the backup stays restorable', async () => {
    const db = freshDb();
    await db.metaCorrections.bulkPut([
      { articleId: 'imp-1', fileName: 'a.txt', fields: { title: '好' }, modified: '2026-11-21T08:00:00.000Z' },
      { articleId: 'imp-2', fileName: 'b.txt', fields: { date: 'soon' }, modified: '2026-11-21T08:00:00.000Z' },
    ]);
    const data = await snapshot(db);
    expect(data.metaCorrections?.map((c) => c.articleId)).toEqual(['imp-1']);
    expect(parseBackup(serializeBackup(data, '2026-11-26T12:00:00.000Z', '0.1.0')).ok).toBe(true);
  });
});

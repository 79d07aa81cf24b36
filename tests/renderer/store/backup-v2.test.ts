import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION, parseBackup, serializeBackup, type BackupData } from '../../../corpus/backup';
import { normalizeArticle } from '../../../corpus/normalize';
import { createBrowserHost } from '../../../renderer/host/browser-host';
import { trashAnnotation } from '../../../renderer/store/annotations-repo';
import { moveArticleToTrash } from '../../../renderer/store/article-trash-repo';
import { backUpNow, loadBackup, restoreBackup, snapshot } from '../../../renderer/store/backup-repo';
import { createBrowserBackupFiles } from '../../../renderer/store/browser-backups';
import type { ImportedArticle, StoredAnnotation } from '../../../renderer/store/records';
import { freshDatabases } from '../support/fresh-db';
import { v1Annotation } from './fixtures';

const freshDb = freshDatabases();

function imported(title: string, body = '正文'): ImportedArticle {
  const { article } = normalizeArticle({ fileName: `${title}.txt`, text: `# ${title}\n\n${title}的${body}。`, origin: 'imported' });
  return { ...article, id: `imp-${article.contentHash}`, importedAt: '2026-11-01T00:00:00.000Z', encoding: 'utf-8' };
}
const annotationOn = (articleId: string, i: number): StoredAnnotation => ({
  ...v1Annotation(i),
  articleId,
  target: { ...v1Annotation(i).target, source: articleId },
});

/** A library with a deleted note, a removed article (with its note) and an article's earlier text. */
async function libraryWithTrash() {
  const db = freshDb();
  const host = createBrowserHost({ backups: createBrowserBackupFiles(db), version: '0.1.0' });
  const kept = imported('甲');
  const removed = imported('乙');
  const before = imported('甲', '旧正文');
  await db.importedArticles.bulkPut([kept, removed]);
  await db.annotations.bulkPut([annotationOn(kept.id, 1), annotationOn(kept.id, 2), annotationOn(removed.id, 3)]);
  await trashAnnotation(db, annotationOn(kept.id, 2).id, new Date('2026-12-01T09:00:00.000Z'));
  await moveArticleToTrash(db, removed.id, new Set(), new Date('2026-12-01T09:10:00.000Z'));
  await db.articleVersions.put({
    key: `${kept.id}:${before.contentHash}`,
    articleId: kept.id,
    article: { ...before, id: kept.id },
    replacedAt: '2026-12-01T09:20:00.000Z',
  });
  return { db, host };
}

const tables = async (db: ReturnType<typeof freshDb>) => ({
  annotations: (await db.annotations.toArray()).map((a) => a.id).sort(),
  trash: await db.trash.toArray(),
  articleTrash: await db.articleTrash.toArray(),
  articleVersions: await db.articleVersions.toArray(),
});

describe('backup format 2: the trash and article versions are backed up and restored', () => {
  it('a backup holds the deleted note, the removed article with its note and the old text; restoring it into an emptied library gives all of them back exactly', async () => {
    const { db, host } = await libraryWithTrash();
    const before = await tables(db);
    expect(before.trash).toHaveLength(1);
    expect(before.articleTrash).toHaveLength(1);
    expect(before.articleVersions).toHaveLength(1);

    const written = await backUpNow(db, host, '0.1.0');
    if ('error' in written) throw new Error(written.error);
    const loaded = await loadBackup(host, written.name);
    if ('errors' in loaded) throw new Error('unreadable');
    expect(loaded.backup.version).toBe(BACKUP_VERSION);
    expect(loaded.backup.data.trash?.map((t) => t.id)).toEqual(before.trash.map((t) => t.id));
    expect(loaded.backup.data.articleTrash?.[0]?.annotations).toHaveLength(1);

    await Promise.all([db.trash.clear(), db.articleTrash.clear(), db.articleVersions.clear(), db.annotations.clear()]);
    expect(await restoreBackup(db, host, loaded.backup, '0.1.0')).toHaveProperty('safetyBackup');
    expect(await tables(db)).toEqual(before);
  });

  it('without trash or versions the data has no such fields, so its checksum is the one an earlier backup of it had', async () => {
    const db = freshDb();
    await db.annotations.put(annotationOn('imp-x', 1));
    const data = await snapshot(db);
    expect(Object.keys(data).sort()).toEqual(['annotations', 'articleNotes', 'importedArticles', 'readingPositions', 'settings']);
  });

  it('a version 1 backup (written before the trash was backed up) reads as version 2 with its checksum intact, and restores', async () => {
    const { db, host } = await libraryWithTrash();
    const data: BackupData = { annotations: [v1Annotation(7)], articleNotes: [], importedArticles: [], settings: {}, readingPositions: [] };
    const v1 = serializeBackup(data, '2026-01-01T00:00:00.000Z', '0.0.9').replace('"version": 2', '"version": 1');
    expect(v1).toContain('"version": 1');
    const parsed = parseBackup(v1);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.value.version).toBe(2);
    expect(parsed.value.data.trash).toBeUndefined();
    const restored = await restoreBackup(db, host, parsed.value, '0.1.0');
    if ('error' in restored) throw new Error(restored.error);
    expect((await db.annotations.toArray()).map((a) => a.id)).toEqual([v1Annotation(7).id]);
    // The trash it could not hold is in the safety backup taken first.
    const safety = await loadBackup(host, restored.safetyBackup);
    expect('backup' in safety && safety.backup.data.trash).toHaveLength(1);
  });

  it('a bad trash record in a backup is refused by its field path', () => {
    const data = {
      annotations: [],
      articleNotes: [],
      importedArticles: [],
      settings: {},
      readingPositions: [],
      trash: [{ id: 't1', annotation: { ...v1Annotation(1), color: 'mauve' }, deletedAt: '2026-12-01T09:00:00.000Z' }],
    } as unknown as BackupData;
    const parsed = parseBackup(serializeBackup(data, '2026-12-01T00:00:00.000Z', '0.1.0'));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.map((e) => e.path)).toEqual(['data.trash[0].annotation.color']);
  });
});

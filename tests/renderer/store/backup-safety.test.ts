import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../corpus/backup';
import { err } from '../../../corpus/model/result';
import type { ArticleNote } from '../../../corpus/model';
import { createBrowserHost } from '../../../renderer/host/browser-host';
import type { Host } from '../../../renderer/host/host';
import { backUpNow, loadBackup, restoreBackup, restoreSafetyBackup, startAutoBackup } from '../../../renderer/store/backup-repo';
import { previewImportChanges, previewRestore } from '../../../renderer/store/backup-preview';
import { backupStatusOf } from '../../../renderer/store/backup-status';
import { createBrowserBackupFiles } from '../../../renderer/store/browser-backups';
import { createDb } from '../../../renderer/store/db';
import { v1Annotation } from './fixtures';

const setup = () => {
  const db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  const host = createBrowserHost({ backups: createBrowserBackupFiles(db), version: '0.1.0' });
  return { db, host };
};
const annotation = (i: number, note: string) => ({ ...v1Annotation(i), body: { note, tags: [] }, articleId: v1Annotation(i).target.source });

const articleNote = (id: string, note: string): ArticleNote => ({
  id,
  kind: 'article-note',
  articleId: 'article-1',
  body: { note, tags: [] },
  created: '2026-03-01T08:00:00.000Z',
  modified: '2026-03-01T08:00:00.000Z',
});

describe('restore: preview, safety backup, undo', () => {
  it('a note edited after a backup is listed old → new; the safety backup is pinned, exists, and undo brings the edit back', async () => {
    const { db, host } = setup();
    await db.annotations.bulkPut([annotation(1, '原来的笔记'), annotation(2, '')]);
    await db.articleNotes.put(articleNote('n1', '原来的看法'));
    const first = await backUpNow(db, host, '0.1.0');
    if ('error' in first) throw new Error(first.error);
    await db.annotations.update(annotation(1, '').id, { body: { note: '改过的笔记', tags: [] } });
    await db.annotations.put(annotation(3, '新的'));
    await db.articleNotes.bulkPut([articleNote('n1', '改过的看法'), articleNote('n2', '之后的看法')]);

    const loaded = await loadBackup(host, first.name);
    if ('errors' in loaded) throw new Error('unreadable');
    const preview = await previewRestore(db, loaded.backup);
    expect(preview.changes.map((c) => [c.kind, c.kind === 'replaced' ? `${c.before.body.note} → ${c.after.body.note}` : ''])).toEqual([
      ['replaced', '改过的笔记 → 原来的笔记'],
      ['removed', ''],
    ]);
    expect(
      preview.noteChanges.map((c) =>
        c.kind === 'replaced' ? `${c.before.body.note} → ${c.after.body.note}` : `${c.kind} ${c.kind === 'removed' ? c.before.id : c.after.id}`,
      ),
    ).toEqual(['改过的看法 → 原来的看法', 'removed n2']);

    const restored = await restoreBackup(db, host, loaded.backup, '0.1.0');
    if ('error' in restored) throw new Error(restored.error);
    const listed = await host.listBackups();
    expect(listed.ok && listed.value.find((b) => b.name === restored.safetyBackup)?.pinned).toBe(true);
    expect((await db.annotations.get(annotation(1, '').id))?.body.note).toBe('原来的笔记');

    const undone = await restoreSafetyBackup(db, host, restored.safetyBackup, '0.1.0');
    expect('safetyBackup' in undone).toBe(true);
    expect((await db.annotations.get(annotation(1, '').id))?.body.note).toBe('改过的笔记');
    expect(await db.annotations.count()).toBe(3);
  });

  it('a restore whose safety backup cannot be written changes nothing', async () => {
    const { db, host } = setup();
    await db.annotations.put(annotation(1, '留着'));
    const written = await backUpNow(db, host, '0.1.0');
    if ('error' in written) throw new Error(written.error);
    const text = await host.readBackup(written.name);
    const parsed = parseBackup(text.ok ? text.value : '');
    if (!parsed.ok) throw new Error('parse');
    await db.annotations.put(annotation(2, '之后的'));
    const failing: Host = { ...host, writeBackup: () => Promise.resolve(err('disk full')) };
    expect(await restoreBackup(db, failing, parsed.value, '0.1.0')).toEqual({ error: 'disk full' });
    expect(await db.annotations.count()).toBe(2);
  });
});

describe('import preview', () => {
  it('lists added and replaced annotations by id, never removed ones', async () => {
    const { db } = setup();
    await db.annotations.bulkPut([annotation(1, '库里的'), annotation(2, '不动的')]);
    const changes = (await previewImportChanges(db, [{ ...v1Annotation(1), body: { note: '文件里的', tags: [] } }, v1Annotation(5)])).annotations;
    // Sorted by article: v1Annotation(5) is on article-0, (1) on article-1.
    expect(changes.map((c) => [c.kind, c.kind === 'removed' ? c.before.id : c.after.id])).toEqual([
      ['added', v1Annotation(5).id],
      ['replaced', v1Annotation(1).id],
    ]);
  });

  it('lists article notes the file would add or replace (old → new), never removed ones', async () => {
    const { db } = setup();
    await db.articleNotes.bulkPut([articleNote('n1', '库里的看法'), articleNote('n2', '不动的')]);
    const { notes } = await previewImportChanges(db, [], [articleNote('n1', '文件里的看法'), articleNote('n3', '新的')]);
    expect(
      notes.map((c) => (c.kind === 'replaced' ? `${c.before.body.note} → ${c.after.body.note}` : `${c.kind} ${c.kind === 'added' ? c.after.id : ''}`)),
    ).toEqual(['库里的看法 → 文件里的看法', 'added n3']);
  });
});

describe('backup status', () => {
  it('records success (name, size) and a failure, which the next success clears', async () => {
    const { db, host } = setup();
    await db.annotations.put(annotation(1, 'x'));
    const failing: Host = { ...host, writeBackup: () => Promise.resolve(err('QuotaExceededError: the quota has been exceeded')) };
    expect(await backUpNow(db, failing, '0.1.0', { automatic: true })).toEqual({ error: 'QuotaExceededError: the quota has been exceeded' });
    expect(backupStatusOf(db).get()).toMatchObject({
      running: false,
      failure: { automatic: true, message: 'QuotaExceededError: the quota has been exceeded', reason: 'storage-full' },
    });
    const ok = await backUpNow(db, host, '0.1.0');
    if ('error' in ok) throw new Error(ok.error);
    const status = backupStatusOf(db).get();
    expect(status.failure).toBeUndefined();
    expect(status.last).toMatchObject({ name: ok.name, size: ok.size });
  });

  it('an automatic backup that fails is recorded, not swallowed', async () => {
    const { db, host } = setup();
    await db.annotations.put(annotation(1, 'x'));
    const failing: Host = { ...host, writeBackup: () => Promise.reject(new Error('IPC channel closed')) };
    const stop = startAutoBackup(db, failing, '0.1.0', 10);
    try {
      await expect.poll(() => backupStatusOf(db).get().failure?.message, { timeout: 3000 }).toBe('IPC channel closed');
    } finally {
      stop();
    }
  });
});

import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { backupChecksum, serializeBackup, type BackupData } from '../../../corpus/backup';
import { normalizeArticle } from '../../../corpus/normalize';
import { createBrowserHost } from '../../../renderer/host/browser-host';
import { createBrowserBackupFiles } from '../../../renderer/store/browser-backups';
import { createDb, type PizhuDb } from '../../../renderer/store/db';
import { findLastGoodBackup } from '../../../renderer/store/last-good-backup';
import type { ImportedArticle } from '../../../renderer/store/records';

const bundledArticle = normalizeArticle({ fileName: '000_seed.txt', text: '# 内置文章\n\n这是内置文章的正文。', origin: 'bundled' }).article;
const bundled = [{ ...bundledArticle, id: '000_d183bd2552e90b6e' }];

function imported(text: string, id?: string): ImportedArticle {
  const { article } = normalizeArticle({ fileName: 'a.txt', text, origin: 'imported' });
  return { ...article, id: id ?? `imp-${article.contentHash}`, importedAt: '2026-11-01T00:00:00.000Z', encoding: 'utf-8' };
}

const dbs: PizhuDb[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

async function hostWith(...importedSets: ImportedArticle[][]) {
  const db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  dbs.push(db);
  let clock = Date.UTC(2026, 10, 1);
  const host = createBrowserHost({ backups: createBrowserBackupFiles(db), version: '0.1.0', now: () => new Date((clock += 60_000)) });
  const names: string[] = [];
  for (const importedArticles of importedSets) {
    const data: BackupData = { annotations: [], articleNotes: [], importedArticles, settings: {}, readingPositions: [] };
    const written = await host.writeBackup(serializeBackup(data, new Date(clock).toISOString(), '0.1.0'), { checksum: backupChecksum(data), pin: false });
    if (!written.ok) throw new Error(written.error);
    names.push(written.value.name);
  }
  return { host, names };
}

describe('findLastGoodBackup (the error boundary’s “restore the last good backup”)', () => {
  it('skips the newest backup when its imported article takes a bundled id, and picks the older good one', async () => {
    const good = imported('# 甲\n\n甲文正文。');
    const { host, names } = await hostWith([good], [imported('# 冒名\n\n冒名正文。', bundled[0]!.id)]);
    const found = await findLastGoodBackup(host, bundled);
    expect(found.kind).toBe('found');
    if (found.kind !== 'found') return;
    expect(found.info.name).toBe(names[0]);
    expect(found.backup.data.importedArticles.map((a) => a.id)).toEqual([good.id]);
  });

  it('with only a colliding backup there is none to restore (it is counted as checked)', async () => {
    const { host } = await hostWith([imported('# 冒名\n\n冒名正文。', bundled[0]!.id)]);
    expect(await findLastGoodBackup(host, bundled)).toEqual({ kind: 'none', checked: 1 });
  });

  it('the same backup is good when no bundled article has that id', async () => {
    const { host, names } = await hostWith([imported('# 冒名\n\n冒名正文。', bundled[0]!.id)]);
    const found = await findLastGoodBackup(host, []);
    expect(found.kind === 'found' && found.info.name).toBe(names[0]);
  });
});

import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { parseArgs, guard } from '../../../electron/ipc/guards';
import { createBackupStore, type BackupFs } from '../../../electron/main/handlers/backups';
import { saveFile } from '../../../electron/main/handlers/save-file';
import { createBrowserHost } from '../../../renderer/host/browser-host';
import { createBrowserBackupFiles } from '../../../renderer/store/browser-backups';
import { createDb } from '../../../renderer/store/db';
import { describeError } from '../../../renderer/ui/i18n/describe-error';
import { translator } from '../../../renderer/ui/i18n';

const zh = translator('zh-CN');
const en = translator('en');

/** A Node file-system error as `fs` throws it. */
const fsError = (code: string, text: string, call: string) => Object.assign(new Error(`${code}: ${text}, ${call}`), { code });

/** A backup folder whose every call fails with `error` (or only `only` fails). */
function failingFs(error: Error, only?: keyof BackupFs): BackupFs {
  const fail = () => Promise.reject(error);
  const okFs: BackupFs = {
    mkdir: () => Promise.resolve(undefined),
    open: () => Promise.resolve({ writeFile: () => Promise.resolve(), sync: () => Promise.resolve(), close: () => Promise.resolve() }),
    rename: () => Promise.resolve(),
    readdir: () => Promise.resolve([]),
    stat: () => Promise.resolve({ size: 0, mtime: new Date(0) }),
    readFile: () => Promise.reject(Object.assign(new Error('ENOENT: no such file or directory, open'), { code: 'ENOENT' })),
    rm: () => Promise.resolve(),
  };
  return only ? { ...okFs, [only]: fail } : { mkdir: fail, open: fail, rename: fail, readdir: fail, stat: fail, readFile: fail, rm: fail };
}

const errorOf = (result: { ok: boolean; error?: string }): string => {
  if (result.ok || result.error === undefined) throw new Error('expected an error');
  return result.error;
};

const DIR = '/home/用户/.config/Pizhu/backups';
const NAME = 'pizhu-backup-2026-11-26T11-40-00-000Z.json';
const json = '{"checksum":"0123456789abcdef"}';
const request = { checksum: '0123456789abcdef', pin: false };

describe('host and storage errors in the user’s language (each made by the real code)', () => {
  it.each<[string, () => Promise<unknown>, string, string]>([
    [
      'Electron: a full disk while writing a backup',
      async () =>
        errorOf(await createBackupStore({ dir: DIR, fs: failingFs(fsError('ENOSPC', 'no space left on device', 'write')) }).writeBackup(json, request)),
      `无法在 ${DIR} 中写入备份：磁盘已满`,
      `Cannot write the backup in ${DIR}: the disk is full`,
    ],
    [
      'Electron: a folder it may not list',
      async () => errorOf(await createBackupStore({ dir: DIR, fs: failingFs(fsError('EACCES', 'permission denied', 'scandir'), 'readdir') }).listBackups()),
      `无法列出 ${DIR} 中的备份：没有权限`,
      `Cannot list the backups in ${DIR}: permission denied`,
    ],
    [
      'Electron: a backup that is gone',
      async () => errorOf(await createBackupStore({ dir: DIR, fs: failingFs(new Error('x'), 'rm') }).readBackup(NAME)),
      `没有名为 ${NAME} 的备份`,
      `There is no backup named ${NAME}`,
    ],
    [
      'Electron: a backup it may not read',
      async () => errorOf(await createBackupStore({ dir: DIR, fs: failingFs(fsError('EACCES', 'permission denied', 'open'), 'readFile') }).readBackup(NAME)),
      `无法读取备份 ${NAME}：没有权限`,
      `Cannot read the backup ${NAME}: permission denied`,
    ],
    [
      'Electron: a backup whose checksum lies',
      async () =>
        errorOf(await createBackupStore({ dir: DIR, fs: failingFs(new Error('x'), 'rm') }).writeBackup(json, { checksum: 'fedcba9876543210', pin: false })),
      '备份的校验和不一致（请求 fedcba9876543210，文件 0123456789abcdef），没有写入',
      "The backup's checksum does not match (request fedcba9876543210, file 0123456789abcdef); not written",
    ],
    [
      'Electron: saving an export to a read-only folder',
      async () =>
        errorOf(
          await saveFile(
            {
              showSaveDialog: () => Promise.resolve('/media/光盘/批注.md'),
              writeFile: () => Promise.reject(fsError('EROFS', 'read-only file system', 'open')),
            },
            { suggestedName: '批注', content: '# x', mimeType: 'text/markdown' },
          ),
        ),
      '无法写入 批注.md：磁盘或文件夹是只读的',
      'Cannot write 批注.md: the disk or folder is read-only',
    ],
    [
      'IPC: a request from a page that is not the app',
      async () =>
        errorOf(
          (await guard('listBackups', () => Promise.resolve({ ok: true, value: [] }))({ senderFrame: { url: 'https://evil.example/' } })) as {
            ok: boolean;
            error?: string;
          },
        ),
      'listBackups：已拒绝，发送方 https://evil.example/ 不是本应用',
      'listBackups: refused, the sender https://evil.example/ is not the app',
    ],
    [
      'IPC: too many arguments',
      async () => errorOf(parseArgs('listBackups', [1])),
      'listBackups：应有 0 个参数，收到 1 个',
      'listBackups: expected 0 arguments, got 1',
    ],
    [
      'browser: storage full while writing a backup',
      async () => {
        const db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
        const host = createBrowserHost({
          backups: { ...createBrowserBackupFiles(db), change: () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) },
          version: '0.1.0',
        });
        return errorOf(await host.writeBackup(json, request));
      },
      '无法在浏览器存储中写入备份：存储空间已满（浏览器或磁盘不再允许写入）',
      "Cannot write the backup in this browser's storage: storage is full (the browser or the disk refuses more data)",
    ],
    [
      'browser: a backup that is gone',
      async () =>
        errorOf(
          await createBrowserHost({ backups: createBrowserBackupFiles(createDb({ indexedDB: new IDBFactory(), IDBKeyRange })), version: '0.1.0' }).readBackup(
            NAME,
          ),
        ),
      `没有名为 ${NAME} 的备份`,
      `There is no backup named ${NAME}`,
    ],
    [
      'browser: PDF page counts',
      async () =>
        errorOf(
          await createBrowserHost({
            backups: createBrowserBackupFiles(createDb({ indexedDB: new IDBFactory(), IDBKeyRange })),
            version: '0.1.0',
          }).countPdfPages({ html: '' } as never),
        ),
      '只有桌面版能计算 PDF 页数',
      'Only the desktop app can count PDF pages',
    ],
    [
      'IndexedDB: the database was closed',
      async () => {
        const db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
        await db.open();
        db.close();
        return db.annotations.get('x').then(
          () => 'no error',
          (e: unknown) => e,
        );
      },
      '本地数据库已关闭（可能在另一个窗口中升级了），请重新加载页面',
      'The local database was closed (perhaps upgraded in another window); reload the page',
    ],
    [
      'IndexedDB: a record added twice',
      async () => {
        const db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
        await db.settings.add({ key: 'k', value: 1 });
        return db.settings.add({ key: 'k', value: 2 }).then(
          () => 'no error',
          (e: unknown) => e,
        );
      },
      '本地数据库拒绝了这次写入（记录冲突）',
      'The local database refused this write (conflicting record)',
    ],
    [
      'a quota error wrapped by Dexie',
      async () => Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: new DOMException('full', 'QuotaExceededError') }),
      '存储空间已满（浏览器或磁盘不再允许写入）',
      'storage is full (the browser or the disk refuses more data)',
    ],
    [
      'a transaction Dexie aborted',
      async () => Object.assign(new Error('Transaction aborted'), { name: 'AbortError' }),
      '本地数据库中断了这次操作，请重试',
      'The local database interrupted this operation; try again',
    ],
    ['anything else: wrapped, the detail kept', async () => new Error('kaboom'), '发生了意外的错误（kaboom）', 'Something unexpected went wrong (kaboom)'],
  ])('%s', async (_name, make, zhText, enText) => {
    const error = await make();
    expect(describeError(zh, error)).toBe(zhText);
    expect(describeError(en, error)).toBe(enText);
  });
});

describe('a backup the host cannot read, as Settings and the error boundary show it', () => {
  it('the host’s reason is in Chinese inside the import error, the backup name verbatim', async () => {
    const { describeImportError } = await import('../../../renderer/ui/i18n/describe-import-error');
    const { loadBackup } = await import('../../../renderer/store/backup-repo');
    const host = createBrowserHost({ backups: createBrowserBackupFiles(createDb({ indexedDB: new IDBFactory(), IDBKeyRange })), version: '0.1.0' });
    const loaded = await loadBackup(host, NAME);
    if (!('errors' in loaded)) throw new Error('expected errors');
    expect(loaded.errors.map((e) => describeImportError(zh, e))).toEqual([`文件无法读取：没有名为 ${NAME} 的备份`]);
  });
});

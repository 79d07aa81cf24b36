import * as fs from 'node:fs/promises';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { BACKUPS_KEPT } from '../../electron/ipc/contract';
import { backupCreated, backupFileName, createBackupStore, type BackupFs } from '../../electron/main/handlers/backups';

let dir = '';
let clock = 0;
const START = Date.parse('2026-11-26T11:40:00.000Z');
const now = (): Date => new Date(START + clock++ * 1000);

beforeEach(async () => {
  dir = join(await mkdtemp(join(tmpdir(), 'pizhu-backups-')), 'backups');
  clock = 0;
});

describe('backup names', () => {
  it.each([
    ['with milliseconds', new Date('2026-11-26T11:40:00.123Z'), 'pizhu-backup-2026-11-26T11-40-00-123Z.json'],
    ['zero milliseconds', new Date('2030-01-02T03:04:05.000Z'), 'pizhu-backup-2030-01-02T03-04-05-000Z.json'],
  ])('%s', (_name, date, name) => {
    expect(backupFileName(date)).toBe(name);
    expect(backupCreated(name)).toBe(date.toISOString());
  });
});

describe('backup store', () => {
  it('writes, lists and reads back a backup (creating the folder)', async () => {
    const store = createBackupStore({ dir, fs, now });
    const written = await store.writeBackup('{"notes":["批注"]}');
    expect(written.ok).toBe(true);
    if (!written.ok) return;
    expect(written.value.name).toBe('pizhu-backup-2026-11-26T11-40-00-000Z.json');
    expect(written.value.size).toBe(Buffer.byteLength('{"notes":["批注"]}'));
    expect(await store.listBackups()).toEqual({ ok: true, value: [written.value] });
    expect(await store.readBackup(written.value.name)).toEqual({ ok: true, value: '{"notes":["批注"]}' });
  });

  it(`keeps only the newest ${BACKUPS_KEPT}, newest first`, async () => {
    const store = createBackupStore({ dir, fs, now });
    const names: string[] = [];
    for (let i = 0; i < BACKUPS_KEPT + 3; i++) {
      const result = await store.writeBackup(JSON.stringify({ i }));
      if (result.ok) names.push(result.value.name);
    }
    const listed = await store.listBackups();
    expect(listed.ok && listed.value.map((b) => b.name)).toEqual(names.slice(-BACKUPS_KEPT).reverse());
    expect((await readdir(dir)).length).toBe(BACKUPS_KEPT);
  });

  it('never overwrites a backup written in the same millisecond', async () => {
    const fixed = (): Date => new Date(START);
    const store = createBackupStore({ dir, fs, now: fixed });
    const a = await store.writeBackup('{"a":1}');
    const b = await store.writeBackup('{"b":2}');
    expect(a.ok && b.ok && a.value.name !== b.value.name).toBe(true);
    if (a.ok) expect(await store.readBackup(a.value.name)).toEqual({ ok: true, value: '{"a":1}' });
  });

  it('leaves no temp file behind and ignores foreign files', async () => {
    const store = createBackupStore({ dir, fs, now });
    await store.writeBackup('{}');
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    await writeFile(join(dir, 'notes.txt'), 'not a backup');
    await writeFile(join(dir, '.pizhu-backup-2026-11-26T11-40-00-000Z.json.x.tmp'), '{');
    const listed = await store.listBackups();
    expect(listed.ok && listed.value.length).toBe(1);
  });

  it('lists nothing (not an error) before the first backup', async () => {
    expect(await createBackupStore({ dir, fs, now }).listBackups()).toEqual({ ok: true, value: [] });
  });

  it.each([
    ['traversal', '../../etc/passwd', /^name: not a backup file name/],
    ['absolute path', '/etc/passwd', /^name: not a backup file name/],
    ['unknown backup', 'pizhu-backup-2001-01-01T00-00-00-000Z.json', /^name: no backup named/],
  ])('refuses to read %s', async (_name, name, message) => {
    const result = await createBackupStore({ dir, fs, now }).readBackup(name);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it.each([
    ['truncated JSON', '{"notes": ['],
    ['not JSON at all', 'hello'],
  ])('refuses to write %s', async (_name, json) => {
    const result = await createBackupStore({ dir, fs, now }).writeBackup(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^json: not valid JSON/);
  });

  it('keeps the old backups when the rename fails (atomic write)', async () => {
    const store = createBackupStore({ dir, fs, now });
    await store.writeBackup('{"old":true}');
    const failingFs: BackupFs = { ...fs, rename: () => Promise.reject(new Error('EIO: disk error')) };
    const result = await createBackupStore({ dir, fs: failingFs, now }).writeBackup('{"new":true}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/EIO/);
    const names = await readdir(dir);
    expect(names).toEqual(['pizhu-backup-2026-11-26T11-40-00-000Z.json']);
  });
});

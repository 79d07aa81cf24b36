import * as fs from 'node:fs/promises';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { BACKUPS_KEPT } from '../../electron/ipc/contract';
import { BACKUP_INDEX_FILE, backupCreated, backupFileName, createBackupStore, type BackupFs } from '../../electron/main/handlers/backups';
import { backupText, describeBackupStoreContract } from '../support/backup-store-contract';

const REQUEST = { checksum: '0123456789abcdef', pin: false };
/** Writes `json` with a checksum of its own (distinct contents never dedupe). */
const put = (store: ReturnType<typeof createBackupStore>, json: string) => store.writeBackup(json, backupText(json).request());

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
    const written = await store.writeBackup('{"notes":["批注"]}', REQUEST);
    expect(written.ok).toBe(true);
    if (!written.ok) return;
    expect(written.value.name).toBe('pizhu-backup-2026-11-26T11-40-00-000Z.json');
    expect(written.value.size).toBe(Buffer.byteLength('{"notes":["批注"]}'));
    const { unchanged: _unchanged, ...listed } = written.value;
    expect(await store.listBackups()).toEqual({ ok: true, value: [listed] });
    expect(await store.readBackup(written.value.name)).toEqual({ ok: true, value: '{"notes":["批注"]}' });
  });

  it(`keeps only the newest ${BACKUPS_KEPT}, newest first`, async () => {
    const store = createBackupStore({ dir, fs, now });
    const names: string[] = [];
    for (let i = 0; i < BACKUPS_KEPT + 3; i++) {
      const result = await put(store, JSON.stringify({ i }));
      if (result.ok) names.push(result.value.name);
    }
    const listed = await store.listBackups();
    expect(listed.ok && listed.value.map((b) => b.name)).toEqual(names.slice(-BACKUPS_KEPT).reverse());
    expect((await readdir(dir)).filter((n) => n !== BACKUP_INDEX_FILE).length).toBe(BACKUPS_KEPT);
  });

  it('never overwrites a backup written in the same millisecond', async () => {
    const fixed = (): Date => new Date(START);
    const store = createBackupStore({ dir, fs, now: fixed });
    const a = await put(store, '{"a":1}');
    const b = await put(store, '{"b":2}');
    expect(a.ok && b.ok && a.value.name !== b.value.name).toBe(true);
    if (a.ok) expect(await store.readBackup(a.value.name)).toEqual({ ok: true, value: '{"a":1}' });
  });

  it('leaves no temp file behind and ignores foreign files', async () => {
    const store = createBackupStore({ dir, fs, now });
    await put(store, '{}');
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
    const result = await createBackupStore({ dir, fs, now }).writeBackup(json, REQUEST);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^json: not valid JSON/);
  });

  it('keeps the old backups when the rename fails (atomic write)', async () => {
    const store = createBackupStore({ dir, fs, now });
    await put(store, '{"old":true}');
    const failingFs: BackupFs = { ...fs, rename: () => Promise.reject(new Error('EIO: disk error')) };
    const result = await put(createBackupStore({ dir, fs: failingFs, now }), '{"new":true}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/EIO/);
    const listed = await createBackupStore({ dir, fs, now }).listBackups();
    expect(listed.ok && listed.value.map((b) => b.name)).toEqual(['pizhu-backup-2026-11-26T11-40-00-000Z.json']);
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it("refuses a checksum that is not the backup's own", async () => {
    const result = await createBackupStore({ dir, fs, now }).writeBackup('{"checksum":"ffffffffffffffff"}', REQUEST);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^request\.checksum: /);
  });
});

describeBackupStoreContract('Electron backups folder', async (clockNow, kept) => {
  const own = join(await mkdtemp(join(tmpdir(), 'pizhu-backups-')), 'backups');
  return createBackupStore({ dir: own, fs, now: clockNow, kept });
});

describe('backups written before the index existed', () => {
  it('are adopted in the order of their time, below every new backup: ten from 2099 do not prune a fresh one', async () => {
    await fs.mkdir(dir, { recursive: true });
    const legacy = Array.from({ length: BACKUPS_KEPT }, (_, i) => backupFileName(new Date(Date.UTC(2099, 0, 1, i))));
    for (const [i, name] of legacy.entries()) await writeFile(join(dir, name), JSON.stringify({ legacy: i }));
    const store = createBackupStore({ dir, fs, now: () => new Date('2026-11-26T08:00:00Z') });
    const fresh = await put(store, '{"fresh":true}');
    expect(fresh.ok).toBe(true);
    if (!fresh.ok) return;
    const listed = await store.listBackups();
    // The fresh one first; the oldest of the 2099 ones (by its recorded time) made room.
    expect(listed.ok && listed.value.map((b) => b.name)).toEqual([fresh.value.name, ...legacy.slice(1).reverse()]);
    expect(await store.readBackup(fresh.value.name)).toEqual({ ok: true, value: '{"fresh":true}' });
  });

  it.each([
    ['missing', undefined],
    ['not JSON', '{"entries": ['],
    ['the wrong shape', '{"format":"pizhu-backup-index","version":1,"entries":[{"name":"x"}]}'],
  ])('a %s index costs only the order of older backups, never a backup', async (_name, index) => {
    const store = createBackupStore({ dir, fs, now });
    const a = await put(store, '{"a":1}');
    const b = await put(store, '{"b":2}');
    if (index === undefined) await fs.rm(join(dir, BACKUP_INDEX_FILE));
    else await writeFile(join(dir, BACKUP_INDEX_FILE), index);
    const listed = await store.listBackups();
    expect(listed.ok && listed.value.map((x) => x.name).sort()).toEqual([a.ok && a.value.name, b.ok && b.value.name].sort());
    const c = await put(store, '{"c":3}');
    const after = await store.listBackups();
    expect(after.ok && c.ok && after.value[0]?.name).toBe(c.ok && c.value.name);
  });

  it('an indexed name whose file is gone (a crash before the rename) is not listed and not reused', async () => {
    const store = createBackupStore({ dir, fs, now });
    const a = await put(store, '{"a":1}');
    if (!a.ok) return;
    await fs.rm(join(dir, a.value.name));
    expect(await store.listBackups()).toEqual({ ok: true, value: [] });
    const again = await put(store, '{"a":1}');
    expect(again.ok && again.value.unchanged).toBe(false);
    expect(await store.readBackup(again.ok ? again.value.name : '')).toEqual({ ok: true, value: '{"a":1}' });
  });
});

import Database from 'better-sqlite3';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createDocumentStore } from '../../server/document-store';
import { DATABASE_FILE, openDatabase } from '../../server/open-database';
import { createRegistry, type Invite } from '../../server/registry';
import { startTeamServer, type TeamServer } from '../../server/team-server';
import { acknowledged, close, connect, eventually, memoryLog, tempDataDir, type Client } from './support';

const REDIS_SERVER = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).stdout.trim();
const TITLE = 'two team servers behind Redis, on one data folder';

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** Our own redis-server: a random port, a temp folder, nothing saved; killed after the tests. */
async function startRedis(): Promise<{ child: ChildProcess; url: string; dir: string }> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'pizhu-redis-'));
  const child = spawn(
    REDIS_SERVER,
    ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no', '--protected-mode', 'yes'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}):\n${output}`)));
  });
  return { child, url: `redis://127.0.0.1:${port}`, dir };
}

function seedGroup(dataDir: string): { zhang: Invite; wang: Invite; li: Invite; outsider: Invite } {
  const db = openDatabase(dataDir);
  const registry = createRegistry(db);
  const seeded = {
    zhang: registry.invite('会议组', '张三', 'editor'),
    wang: registry.invite('会议组', '王五', 'editor'),
    li: registry.invite('会议组', '李四', 'viewer'),
    outsider: registry.invite('另一组', '赵六', 'editor'),
  };
  db.close();
  return seeded;
}

const notes = (c: Client) => c.doc.getMap<string>('notes');

describe.skipIf(!REDIS_SERVER)(REDIS_SERVER ? TITLE : `${TITLE} — SKIPPED: redis-server is not installed (apt-get install redis-server)`, () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let dataDir: string;
  let group: ReturnType<typeof seedGroup>;
  let one: TeamServer;
  let two: TeamServer;
  let logOne: ReturnType<typeof memoryLog>;
  let logTwo: ReturnType<typeof memoryLog>;
  const clients: Client[] = [];
  const open = (server: TeamServer, name: string, token: string) => {
    const client = connect(server.port, name, token);
    clients.push(client);
    return client;
  };
  const pack = () => `pack/${group.zhang.member.groupId}/p1`;
  const notesOf = (invite: Invite) => `notes/${invite.member.groupId}/p1/${invite.member.id}`;

  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(() => {
    redis.child.kill('SIGKILL');
    rmSync(redis.dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    dataDir = tempDataDir();
    group = seedGroup(dataDir);
    logOne = memoryLog();
    logTwo = memoryLog();
    [one, two] = await Promise.all([
      startTeamServer({ host: '127.0.0.1', port: 0, dataDir, log: logOne.log, revocationPollMs: 50, redis: redis.url }),
      startTeamServer({ host: '127.0.0.1', port: 0, dataDir, log: logTwo.log, revocationPollMs: 50, redis: redis.url }),
    ]);
  });
  afterEach(async () => {
    close(...clients.splice(0));
    await Promise.all([one.stop(), two.stop()]);
  });

  it("a client on server 1 and a client on server 2 receive each other's updates", async () => {
    expect(one.port).not.toBe(two.port);
    // 张三 creates the pack on server 1 (its owner); 王五 reads it on server 2.
    const zhang = open(one, pack(), group.zhang.token);
    expect(await zhang.ready).toBe('synced');
    const wang = open(two, pack(), group.wang.token);
    expect(await wang.ready).toBe('synced');
    notes(zhang).set('a1', '张三在一号服务器写的');
    await eventually(() => notes(wang).get('a1') === '张三在一号服务器写的', 'the client on server 2 to receive the change');
    // 王五 writes his own notes on server 2; 张三 reads them on server 1.
    const wangsNotes = open(two, notesOf(group.wang), group.wang.token);
    const readBack = open(one, notesOf(group.wang), group.zhang.token);
    expect(await Promise.all([wangsNotes.ready, readBack.ready])).toEqual(['synced', 'synced']);
    notes(wangsNotes).set('n1', '王五在二号服务器写的');
    await eventually(() => notes(readBack).get('n1') === '王五在二号服务器写的', 'the client on server 1 to receive the change');
    // A colleague who opens them later on either server reads them.
    const late = open(two, pack(), group.li.token);
    expect(await late.ready).toBe('synced');
    expect(notes(late).toJSON()).toEqual({ a1: '张三在一号服务器写的' });
    const lateNotes = open(one, notesOf(group.wang), group.li.token);
    expect(await lateNotes.ready).toBe('synced');
    expect(notes(lateNotes).toJSON()).toEqual({ n1: '王五在二号服务器写的' });
    for (const { lines } of [logOne, logTwo]) expect(lines.some((l) => l.startsWith('info redis '))).toBe(true);
  });

  it("a colleague's pack is theirs on both servers: another editor on the other server changes only their own entry", async () => {
    const zhang = open(one, pack(), group.zhang.token);
    expect(await zhang.ready).toBe('synced');
    notes(zhang).set('a1', '原文');
    await acknowledged(zhang);
    const wang = open(two, pack(), group.wang.token);
    expect(await wang.ready).toBe('synced');
    wang.doc.getMap<string>('people').set(group.wang.member.id, '王五');
    await eventually(() => zhang.doc.getMap('people').get(group.wang.member.id) === '王五', '张三 to see 王五 in people');
    notes(wang).set('a1', '王五改的');
    await new Promise((r) => setTimeout(r, 400));
    expect(notes(zhang).toJSON()).toEqual({ a1: '原文' });
    expect(logTwo.lines.some((l) => l.startsWith('warn update-refused'))).toBe(true);
  });

  it('access rules hold on both servers: a viewer cannot write, an outsider is refused, a revoked member is cut off', async () => {
    const zhang = open(one, pack(), group.zhang.token);
    await zhang.ready;
    const li = open(two, pack(), group.li.token);
    await li.ready;
    notes(zhang).set('a1', '张三写的');
    await eventually(() => notes(li).get('a1') === '张三写的', 'the viewer on server 2 to read');
    // A forged viewer client on server 2 writes anyway: nothing reaches server 1.
    notes(li).set('a1', '李四改的');
    notes(li).set('forged', 'x');
    // Another editor's notes are read-only to王五, on the other server too.
    const ownNotes = open(one, notesOf(group.zhang), group.zhang.token);
    const colleague = open(two, notesOf(group.zhang), group.wang.token);
    await Promise.all([ownNotes.ready, colleague.ready]);
    notes(ownNotes).set('n1', '我的批注');
    await eventually(() => notes(colleague).get('n1') === '我的批注', "the colleague to read 张三's notes");
    notes(colleague).set('n1', '王五覆盖');
    await new Promise((r) => setTimeout(r, 400));
    expect(notes(zhang).toJSON()).toEqual({ a1: '张三写的' });
    expect(notes(ownNotes).toJSON()).toEqual({ n1: '我的批注' });

    for (const server of [one, two]) {
      const outsider = open(server, pack(), group.outsider.token);
      expect(await outsider.ready).toBe('refused');
      expect(outsider.refusals).toEqual(['permission-denied']);
      const stranger = open(server, `private/${group.zhang.member.id}`, group.wang.token);
      expect(await stranger.ready).toBe('refused');
    }

    // Revoked in the shared database: both servers cut 李四 off, and neither lets them back.
    const li1 = open(one, pack(), group.li.token);
    await li1.ready;
    const db = openDatabase(dataDir);
    createRegistry(db).revoke('会议组', '李四');
    db.close();
    await eventually(
      () => logOne.lines.some((l) => l.includes('revoked')) && logTwo.lines.some((l) => l.includes('revoked')),
      'both servers to notice the revocation',
    );
    notes(zhang).set('after', '撤销后');
    await acknowledged(zhang);
    await new Promise((r) => setTimeout(r, 300));
    expect(notes(li).has('after')).toBe(false);
    expect(notes(li1).has('after')).toBe(false);
    for (const server of [one, two]) expect(await open(server, pack(), group.li.token).ready).toBe('refused');
  });

  it('one source of truth: each update is logged once, by the server that received it, and a lone server later has them all', async () => {
    // 张三's two laptops, one on each server, writing his pack.
    const zhang = open(one, pack(), group.zhang.token);
    await zhang.ready;
    const wang = open(two, pack(), group.zhang.token);
    await wang.ready;
    notes(zhang).set('a1', '一号');
    notes(wang).set('a2', '二号');
    await Promise.all([acknowledged(zhang), acknowledged(wang)]);
    await eventually(() => notes(zhang).size === 2 && notes(wang).size === 2, 'both clients to converge');
    // Within the store debounce (2 s) nothing is compacted yet: two writes, two log rows, not four.
    const file = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
    const rows = file.prepare('SELECT COUNT(*) AS n FROM updates WHERE name = ?').get(pack()) as { n: number };
    file.close();
    expect(rows.n).toBe(2);

    close(...clients.splice(0));
    await Promise.all([one.stop(), two.stop()]);
    // One server alone, no Redis, on the same folder.
    one = await startTeamServer({ host: '127.0.0.1', port: 0, dataDir, log: memoryLog().log });
    two = one;
    const reader = open(one, pack(), group.li.token);
    expect(await reader.ready).toBe('synced');
    expect(notes(reader).toJSON()).toEqual({ a1: '一号', a2: '二号' });
  });
});

describe('the shared document store', () => {
  it('compacting on one instance keeps an update another instance logged but this one never received', () => {
    const dataDir = tempDataDir();
    const [dbOne, dbTwo] = [openDatabase(dataDir), openDatabase(dataDir)];
    const [storeOne, storeTwo] = [createDocumentStore(dbOne, { shared: true }), createDocumentStore(dbTwo, { shared: true })];
    const docOne = new Y.Doc();
    const docTwo = new Y.Doc();
    docOne.on('update', (u: Uint8Array) => storeOne.append('d', u));
    docTwo.on('update', (u: Uint8Array) => storeTwo.append('d', u));
    docOne.getMap('m').set('one', '一');
    docTwo.getMap('m').set('two', '二');
    docTwo.getMap('m').delete('two');
    docTwo.getMap('m').set('three', '三');
    // Instance one compacts with only what it knows; instance two's updates must survive it.
    storeOne.compact('d', Y.encodeStateAsUpdate(docOne));
    const reread = new Y.Doc();
    Y.applyUpdate(reread, storeTwo.fetch('d')!);
    expect(reread.getMap('m').toJSON()).toEqual({ one: '一', three: '三' });
    // And instance two compacting afterwards keeps instance one's.
    storeTwo.compact('d', Y.encodeStateAsUpdate(docTwo));
    const last = new Y.Doc();
    Y.applyUpdate(last, storeOne.fetch('d')!);
    expect(last.getMap('m').toJSON()).toEqual({ one: '一', three: '三' });
    dbOne.close();
    dbTwo.close();
  });
});

describe('a Redis that does not answer', () => {
  it('refuses to start with the address (never the password) in the message', async () => {
    const port = await freePort();
    const dataDir = tempDataDir();
    await expect(
      startTeamServer({ host: '127.0.0.1', port: 0, dataDir, log: memoryLog().log, redis: `redis://:hunter2@127.0.0.1:${port}`, redisTimeoutMs: 500 }),
    ).rejects.toThrow(new RegExp(`^cannot reach Redis at redis://127\\.0\\.0\\.1:${port}: (?!.*hunter2)`));
  });
});

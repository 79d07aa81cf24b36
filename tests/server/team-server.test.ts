import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { openDatabase } from '../../server/open-database';
import { createRegistry, type Invite } from '../../server/registry';
import { startTeamServer, type TeamServer } from '../../server/team-server';
import { acknowledged, close, connect, eventually, memoryLog, tempDataDir, type Client } from './support';

/** A group with an editor (张三), a second editor (王五) and a viewer (李四), plus an outsider. */
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

describe('team server', () => {
  let dataDir: string;
  let server: TeamServer;
  let group: ReturnType<typeof seedGroup>;
  let output: ReturnType<typeof memoryLog>;
  const clients: Client[] = [];
  const open = (name: string, token: string) => {
    const client = connect(server.port, name, token);
    clients.push(client);
    return client;
  };
  const start = async (limits?: { maxMessageBytes: number; maxDocumentBytes: number }) => {
    server = await startTeamServer({ host: '127.0.0.1', port: 0, dataDir, log: output.log, revocationPollMs: 50, ...(limits ? { limits } : {}) });
  };

  beforeEach(async () => {
    dataDir = tempDataDir();
    group = seedGroup(dataDir);
    output = memoryLog();
    await start();
  });
  afterEach(async () => {
    close(...clients.splice(0));
    await server.stop();
  });

  const pack = () => `pack/${group.zhang.member.groupId}/p1`;
  const notesOf = (invite: Invite) => `notes/${invite.member.groupId}/p1/${invite.member.id}`;

  it('an editor writes the pack and a colleague receives it', async () => {
    const zhang = open(pack(), group.zhang.token);
    const wang = open(pack(), group.wang.token);
    expect(await Promise.all([zhang.ready, wang.ready])).toEqual(['synced', 'synced']);
    notes(zhang).set('a1', '原文第一段');
    await eventually(() => notes(wang).get('a1') === '原文第一段', 'the colleague to receive the change');
  });

  it('a viewer reads but cannot write, even with a forged client that sends updates anyway', async () => {
    const zhang = open(pack(), group.zhang.token);
    await zhang.ready;
    notes(zhang).set('a1', '张三写的');
    await acknowledged(zhang);
    const li = open(pack(), group.li.token);
    expect(await li.ready).toBe('synced');
    expect(notes(li).get('a1')).toBe('张三写的');
    // The viewer's app would not offer editing; a forged one writes regardless.
    notes(li).set('a1', '李四改的');
    notes(li).set('forged', 'x');
    await new Promise((r) => setTimeout(r, 300));
    expect(notes(zhang).get('a1')).toBe('张三写的');
    expect(notes(zhang).has('forged')).toBe(false);
    // And a fresh reader sees only what the editor wrote.
    const fresh = open(pack(), group.wang.token);
    await fresh.ready;
    expect(notes(fresh).toJSON()).toEqual({ a1: '张三写的' });
  });

  it("each member writes only their own notes: a colleague's notes are read-only to them", async () => {
    const own = open(notesOf(group.zhang), group.zhang.token);
    await own.ready;
    notes(own).set('n1', '我的批注');
    await acknowledged(own);
    const colleague = open(notesOf(group.zhang), group.wang.token);
    expect(await colleague.ready).toBe('synced');
    expect(notes(colleague).get('n1')).toBe('我的批注');
    notes(colleague).set('n1', '王五覆盖');
    await new Promise((r) => setTimeout(r, 300));
    expect(notes(own).get('n1')).toBe('我的批注');
  });

  it.each([
    ['a wrong token', () => 'pzi_not-a-real-token', () => pack()],
    ['no token', () => '', () => pack()],
    ['a member of another group', () => group.outsider.token, () => pack()],
    ["another person's private space", () => group.wang.token, () => `private/${group.zhang.member.id}`],
    ['a guessed document name', () => group.zhang.token, () => 'pack/会议组/../secrets'],
    ['an unknown kind of document', () => group.zhang.token, () => 'admin'],
  ])('%s is refused, with the same answer every time', async (_what, token, name) => {
    const client = open(name(), token());
    expect(await client.ready).toBe('refused');
    expect(client.refusals).toEqual(['permission-denied']);
    expect(Object.keys(notes(client).toJSON())).toEqual([]);
  });

  it('a revoked member is cut off at once: no more changes reach them, and they cannot come back', async () => {
    const zhang = open(pack(), group.zhang.token);
    const li = open(pack(), group.li.token);
    await Promise.all([zhang.ready, li.ready]);
    notes(zhang).set('before', '撤销前');
    await eventually(() => notes(li).get('before') === '撤销前', 'the viewer to read');
    const db = openDatabase(dataDir);
    createRegistry(db).revoke('会议组', '李四');
    db.close();
    await eventually(() => output.lines.some((l) => l.includes('revoked')), 'the server to notice the revocation');
    notes(zhang).set('after', '撤销后');
    await acknowledged(zhang);
    await new Promise((r) => setTimeout(r, 300));
    expect(notes(li).has('after')).toBe(false);
    const again = open(pack(), group.li.token);
    expect(await again.ready).toBe('refused');
  });

  it('keeps documents across a restart', async () => {
    const zhang = open(`private/${group.zhang.member.id}`, group.zhang.token);
    await zhang.ready;
    notes(zhang).set('k', '换电脑也在');
    await acknowledged(zhang);
    close(...clients.splice(0));
    await server.stop();
    await start();
    const laptop = open(`private/${group.zhang.member.id}`, group.zhang.token);
    await laptop.ready;
    expect(notes(laptop).get('k')).toBe('换电脑也在');
  });

  it('a malformed update closes that connection and leaves the document intact', async () => {
    const zhang = open(pack(), group.zhang.token);
    await zhang.ready;
    notes(zhang).set('a1', '完好');
    await acknowledged(zhang);
    // A forged client: authenticate as the provider does, then send a sync update whose
    // payload is not a Y update at all.
    const socket = new WebSocket(`ws://127.0.0.1:${server.port}`);
    await new Promise((r) => socket.once('open', r));
    const message = (write: (e: encoding.Encoder) => void) => {
      const e = encoding.createEncoder();
      encoding.writeVarString(e, pack());
      write(e);
      return encoding.toUint8Array(e);
    };
    const authenticated = new Promise((r) => socket.once('message', r));
    socket.send(message((e) => (encoding.writeVarUint(e, 2), encoding.writeVarUint(e, 0), encoding.writeVarString(e, group.zhang.token))));
    await authenticated;
    socket.send(
      message((e) => (encoding.writeVarUint(e, 0), encoding.writeVarUint(e, 2), encoding.writeVarUint8Array(e, new Uint8Array([200, 1, 7, 255, 255, 3])))),
    );
    await eventually(() => output.lines.some((l) => l.includes('malformed')), 'the server to refuse the update');
    // That document's connection is closed: a well-formed update sent after it is not applied.
    const evil = new Y.Doc();
    evil.getMap('notes').set('evil', '不该出现');
    socket.send(message((e) => (encoding.writeVarUint(e, 0), encoding.writeVarUint(e, 2), encoding.writeVarUint8Array(e, Y.encodeStateAsUpdate(evil)))));
    await new Promise((r) => setTimeout(r, 300));
    socket.terminate();
    const reader = open(pack(), group.wang.token);
    await reader.ready;
    expect(notes(reader).toJSON()).toEqual({ a1: '完好' });
  });

  it('refuses a message over the size cap, and a document past its cap', async () => {
    close(...clients.splice(0));
    await server.stop();
    await start({ maxMessageBytes: 64 * 1024, maxDocumentBytes: 256 * 1024 });
    const zhang = open(pack(), group.zhang.token);
    await zhang.ready;
    notes(zhang).set('big', 'x'.repeat(200 * 1024));
    await eventually(() => zhang.status() !== 'connected', 'the oversized message to close the connection', 5000);
    const reader = open(pack(), group.wang.token);
    await reader.ready;
    expect(notes(reader).has('big')).toBe(false);
  });

  it('never logs a token', async () => {
    const zhang = open(pack(), group.zhang.token);
    await zhang.ready;
    open(pack(), 'pzi_wrong').ready.catch(() => undefined);
    await new Promise((r) => setTimeout(r, 200));
    const all = output.lines.join('\n');
    expect(all).toContain('connected');
    for (const invite of Object.values(group)) expect(all).not.toContain(invite.token);
    expect(all).not.toContain('pzi_');
  });
});

describe('Y document store', () => {
  it('merges the compacted state with updates logged after it', async () => {
    const { createDocumentStore } = await import('../../server/document-store');
    const db = openDatabase(tempDataDir());
    const store = createDocumentStore(db);
    const doc = new Y.Doc();
    doc.getMap('m').set('a', 1);
    store.compact('d', Y.encodeStateAsUpdate(doc));
    doc.on('update', (u: Uint8Array) => store.append('d', u));
    doc.getMap('m').set('b', 2);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, store.fetch('d')!);
    expect(copy.getMap('m').toJSON()).toEqual({ a: 1, b: 2 });
    expect(store.fetch('never')).toBeNull();
    db.close();
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { openDatabase } from '../../server/open-database';
import { createRegistry, type Invite } from '../../server/registry';
import { startTeamServer, type TeamServer } from '../../server/team-server';
import { acknowledged, close, connect, eventually, memoryLog, tempDataDir, type Client } from './support';

/** A group with an editor (张三), a second editor (王五), a viewer (李四) and a revoked editor (陈七), plus an outsider. */
function seedGroup(dataDir: string): { zhang: Invite; wang: Invite; li: Invite; chen: Invite; outsider: Invite } {
  const db = openDatabase(dataDir);
  const registry = createRegistry(db);
  const seeded = {
    zhang: registry.invite('会议组', '张三', 'editor'),
    wang: registry.invite('会议组', '王五', 'editor'),
    li: registry.invite('会议组', '李四', 'viewer'),
    chen: registry.invite('会议组', '陈七', 'editor'),
    outsider: registry.invite('另一组', '赵六', 'editor'),
  };
  registry.revoke('会议组', '陈七');
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
    expect(await zhang.ready).toBe('synced');
    const wang = open(pack(), group.wang.token);
    expect(await wang.ready).toBe('synced');
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
    expect(await open(pack(), group.zhang.token).ready).toBe('synced');
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
    await zhang.ready;
    const li = open(pack(), group.li.token);
    await li.ready;
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

describe('who may open which document, over real connections', () => {
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
  const g = () => group.zhang.member.groupId;
  const pack = () => `pack/${g()}/p1`;
  const notesOf = (invite: Invite, packId = 'p1') => `notes/${g()}/${packId}/${invite.member.id}`;
  const packOwner = (packId: string) => {
    const db = openDatabase(dataDir);
    const owner = createRegistry(db).packOwner(g(), packId);
    db.close();
    return owner;
  };
  /** Leaves time for an update to arrive (or, refused, not to). */
  const settle = () => new Promise((r) => setTimeout(r, 300));

  beforeEach(async () => {
    dataDir = tempDataDir();
    group = seedGroup(dataDir);
    output = memoryLog();
    server = await startTeamServer({ host: '127.0.0.1', port: 0, dataDir, log: output.log, revocationPollMs: 50 });
    // 张三 shares pack p1: he is the first to open it, so he owns it.
    const owner = open(pack(), group.zhang.token);
    expect(await owner.ready).toBe('synced');
    owner.doc.getMap('articles').set('a1', '原文');
    owner.doc.getMap<string>('people').set(group.zhang.member.id, '张三');
    await acknowledged(owner);
  });
  afterEach(async () => {
    close(...clients.splice(0));
    await server.stop();
  });

  type Outcome = 'write' | 'own-entries' | 'read' | 'refused';
  type Who = 'zhang' | 'wang' | 'li' | 'chen' | 'outsider';
  it.each<[string, Who, () => string, Outcome]>([
    ['the owner, their pack', 'zhang', () => pack(), 'write'],
    ['another editor, the pack (only their own people entry)', 'wang', () => pack(), 'own-entries'],
    ['a viewer, the pack', 'li', () => pack(), 'read'],
    ['a non-member, the pack', 'outsider', () => pack(), 'refused'],
    ['a revoked member, the pack', 'chen', () => pack(), 'refused'],
    ['a revoked member, their own private space', 'chen', () => `private/${group.chen.member.id}`, 'refused'],
    ['an editor, a pack nobody created (creates it, owns it)', 'wang', () => `pack/${g()}/wangs-pack`, 'write'],
    ['a viewer, a pack nobody created', 'li', () => `pack/${g()}/unknown`, 'refused'],
    ['a non-member, a pack nobody created', 'outsider', () => `pack/${g()}/unknown`, 'refused'],
    ['the owner of the notes', 'zhang', () => notesOf(group.zhang), 'write'],
    ['another editor, on a colleague’s pack, their own notes', 'wang', () => notesOf(group.wang), 'write'],
    ['another editor, a colleague’s notes', 'wang', () => notesOf(group.zhang), 'read'],
    ['a viewer, notes', 'li', () => notesOf(group.zhang), 'read'],
    ['a non-member, notes', 'outsider', () => notesOf(group.zhang), 'refused'],
    ['a revoked member, their notes', 'chen', () => notesOf(group.chen), 'refused'],
    ['notes on an unknown pack', 'zhang', () => notesOf(group.zhang, 'unknown'), 'refused'],
    ['notes on the pack list', 'zhang', () => notesOf(group.zhang, 'index'), 'refused'],
    ['notes of an unknown member', 'zhang', () => `notes/${g()}/p1/nobody`, 'refused'],
    ['notes of a member of another group', 'zhang', () => notesOf(group.outsider), 'refused'],
    ['the pack list, an editor (only their own listings)', 'wang', () => `pack/${g()}/index`, 'own-entries'],
    ['the pack list, a viewer', 'li', () => `pack/${g()}/index`, 'read'],
    ['the pack list, a non-member', 'outsider', () => `pack/${g()}/index`, 'refused'],
    ['a malformed name', 'zhang', () => `pack/${g()}/p1/extra`, 'refused'],
    ['a malformed name', 'zhang', () => `notes/${g()}/p1`, 'refused'],
    ['a malformed name', 'zhang', () => `pack/${g()}/../p1`, 'refused'],
  ])('%s (%s): %s', async (_what, who, name, outcome) => {
    const invite = group[who];
    const client = open(name(), invite.token);
    const ready = await client.ready;
    if (outcome === 'refused') {
      expect(ready).toBe('refused');
      expect(client.refusals).toEqual(['permission-denied']);
      expect(client.doc.getMap('articles').size + client.doc.getMap('notes').size).toBe(0);
      expect(packOwner('unknown')).toBeUndefined();
      return;
    }
    expect(ready).toBe('synced');
    if (name() === pack()) expect(client.doc.getMap('articles').get('a1')).toBe('原文');
    // A probe anywhere in the document: it reaches a second connection only if the member may write.
    client.doc.getMap('notes').set('probe', `${who} 写的`);
    await settle();
    const reader = open(name(), who === 'zhang' || outcome === 'write' ? invite.token : group.zhang.token);
    expect(await reader.ready).toBe('synced');
    expect(reader.doc.getMap('notes').get('probe')).toBe(outcome === 'write' ? `${who} 写的` : undefined);
    if (outcome === 'own-entries') expect(output.lines.some((l) => l.startsWith('warn update-refused'))).toBe(true);
    if (outcome === 'write' && name().endsWith('wangs-pack')) expect(packOwner('wangs-pack')).toBe(group.wang.member.id);
  });

  it('another editor adds themselves to the pack’s people, and nothing else: the owner’s pack and later changes stay whole', async () => {
    const owner = clients[0]!;
    const wang = open(pack(), group.wang.token);
    expect(await wang.ready).toBe('synced');
    wang.doc.getMap<string>('people').set(group.wang.member.id, '王五');
    await eventually(() => owner.doc.getMap('people').get(group.wang.member.id) === '王五', 'the owner to see 王五 in people');
    // A forged client: rewrites the article and removes the owner from people.
    const forged = open(pack(), group.wang.token);
    expect(await forged.ready).toBe('synced');
    forged.doc.transact(() => {
      forged.doc.getMap('articles').set('a1', '篡改');
      forged.doc.getMap('people').delete(group.zhang.member.id);
    });
    // …and one that names itself under someone else's name.
    const impostor = open(pack(), group.wang.token);
    await impostor.ready;
    impostor.doc.getMap<string>('people').set(group.wang.member.id, '张三');
    await settle();
    expect(owner.doc.getMap('articles').get('a1')).toBe('原文');
    expect(owner.doc.getMap('people').toJSON()).toEqual({ [group.zhang.member.id]: '张三', [group.wang.member.id]: '王五' });
    // The owner still writes, and colleagues still receive it.
    owner.doc.getMap('articles').set('a2', '第二篇');
    await eventually(() => wang.doc.getMap('articles').get('a2') === '第二篇', '王五 to receive the owner’s next change');
  });

  it('updates sent back to back are each checked as if the earlier ones were applied', async () => {
    const owner = clients[0]!;
    const wang = open(pack(), group.wang.token);
    expect(await wang.ready).toBe('synced');
    // Three separate changes: the provider sends three update messages in one go.
    const people = wang.doc.getMap<string>('people');
    people.set(group.wang.member.id, '王五');
    people.delete(group.wang.member.id);
    people.set(group.wang.member.id, '王五');
    await acknowledged(wang);
    await eventually(() => owner.doc.getMap('people').get(group.wang.member.id) === '王五', 'the owner to see 王五 in people');
    expect(output.lines.filter((l) => l.startsWith('warn update-refused'))).toEqual([]);
  });

  it('the pack list: each editor lists only packs they own; listing a new one creates it for them', async () => {
    const index = `pack/${g()}/index`;
    const listing = (id: string, by: Invite) => ({
      id,
      title: '周一例会',
      sharedBy: by.member.id,
      sharedByName: by.member.name,
      created: '2026-01-05T09:00:00.000Z',
    });
    const zhang = open(index, group.zhang.token);
    const wang = open(index, group.wang.token);
    expect(await Promise.all([zhang.ready, wang.ready])).toEqual(['synced', 'synced']);
    const packsOf = (c: Client) => c.doc.getMap<Record<string, string>>('packs');
    packsOf(zhang).set('p1', listing('p1', group.zhang));
    await eventually(() => packsOf(wang).get('p1')?.sharedBy === group.zhang.member.id, '王五 to see 张三’s listing');
    // 王五 lists a pack the server has not seen opened yet (the app may): it becomes his.
    packsOf(wang).set('wangs-pack', listing('wangs-pack', group.wang));
    await eventually(() => packsOf(zhang).has('wangs-pack'), '张三 to see 王五’s listing');
    expect(packOwner('wangs-pack')).toBe(group.wang.member.id);
    const wangsPack = open(`pack/${g()}/wangs-pack`, group.wang.token);
    expect(await wangsPack.ready).toBe('synced');
    wangsPack.doc.getMap('articles').set('b1', '王五的文章');
    await acknowledged(wangsPack);
    // Forged: 王五 takes over 张三's listing, lists a pack as 张三's, deletes 张三's; 张三 lists 王五's pack.
    const forged = open(index, group.wang.token);
    await forged.ready;
    packsOf(forged).set('p1', listing('p1', group.wang));
    const forged2 = open(index, group.wang.token);
    await forged2.ready;
    packsOf(forged2).set('other', listing('other', group.zhang));
    const forged3 = open(index, group.wang.token);
    await forged3.ready;
    packsOf(forged3).delete('p1');
    packsOf(zhang).set('wangs-pack', listing('wangs-pack', group.zhang));
    await settle();
    const reader = open(index, group.li.token);
    expect(await reader.ready).toBe('synced');
    expect(Object.fromEntries(Object.entries(packsOf(reader).toJSON()).map(([id, l]) => [id, (l as { sharedBy: string }).sharedBy]))).toEqual({
      p1: group.zhang.member.id,
      'wangs-pack': group.wang.member.id,
    });
    expect(packOwner('other')).toBeUndefined();
    expect(output.lines.filter((l) => l.startsWith('warn update-refused')).length).toBeGreaterThanOrEqual(4);
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

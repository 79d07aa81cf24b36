import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { checkOwnEntries, type EntryRule } from '../../server/own-entries';

/** 王五 may set only people.wang, to his name (the rule for a colleague's pack). */
const rule: EntryRule = {
  mayChange: ({ root, key }) => root === 'people' && key === 'wang',
  mayHold: (_e, value) => value === undefined || value === '王五',
};

/** The server's copy of 张三's pack: articles, an order, and 张三 in people. */
function serverPack(): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    doc.getMap('info').set('title', '周一例会');
    doc.getMap('articles').set('a1', { id: 'a1', text: '原文' });
    doc.getArray('order').push(['a1']);
    doc.getMap('people').set('zhang', '张三');
  });
  return doc;
}

/** A colleague's replica of the server document, and the update their edit produces. */
function edit(server: Y.Doc, change: (doc: Y.Doc) => void, clientID?: number): Uint8Array {
  const replica = new Y.Doc();
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(server));
  // Set after loading: Yjs gives a doc a new id when it receives its own id from elsewhere (a forger would not).
  if (clientID !== undefined) replica.clientID = clientID;
  const before = Y.encodeStateVector(replica);
  change(replica);
  return Y.encodeStateAsUpdate(replica, before);
}

describe('an update from a member who may write only their own entries', () => {
  it('passes when it sets or deletes only their entry, and says which', () => {
    const server = serverPack();
    const add = edit(server, (d) => d.getMap('people').set('wang', '王五'));
    expect(checkOwnEntries(server, add, rule)).toEqual({ ok: true, changed: [{ root: 'people', key: 'wang' }] });
    Y.applyUpdate(server, add);
    const remove = edit(server, (d) => d.getMap('people').delete('wang'));
    expect(checkOwnEntries(server, remove, rule)).toEqual({ ok: true, changed: [{ root: 'people', key: 'wang' }] });
  });

  it('passes an update that holds nothing new (a reconnect’s sync step 2)', () => {
    const server = serverPack();
    expect(checkOwnEntries(server, Y.encodeStateAsUpdate(server), rule)).toEqual({ ok: true, changed: [] });
  });

  it.each<[string, (d: Y.Doc) => void]>([
    ['another member’s entry', (d) => d.getMap('people').set('zhang', '王五')],
    ['the pack’s title', (d) => d.getMap('info').set('title', '改了')],
    ['overwriting an article', (d) => d.getMap('articles').set('a1', { id: 'a1', text: '篡改' })],
    ['deleting an article', (d) => d.getMap('articles').delete('a1')],
    ['the reading order (a list)', (d) => d.getArray('order').push(['a2'])],
    ['a new root', (d) => d.getMap('evil').set('wang', '王五')],
    ['own entry, with someone else’s name', (d) => d.getMap('people').set('wang', '张三')],
    ['own entry, holding a nested type', (d) => d.getMap('people').set('wang', new Y.Map())],
    [
      'own entry plus an article in one update',
      (d) =>
        d.transact(() => {
          d.getMap('people').set('wang', '王五');
          d.getMap('articles').set('a2', { id: 'a2' });
        }),
    ],
  ])('refuses %s', (_what, change) => {
    const server = serverPack();
    const update = edit(server, change);
    const check = checkOwnEntries(server, update, rule);
    expect(check.ok).toBe(false);
  });

  it('refuses changes inside a nested type', () => {
    const server = new Y.Doc();
    const nested = new Y.Map<string>();
    server.getMap('people').set('zhang', nested as unknown as string);
    nested.set('name', '张三');
    const update = edit(server, (d) => (d.getMap('people').get('zhang') as unknown as Y.Map<string>).set('name', '王五'));
    expect(checkOwnEntries(server, update, rule).ok).toBe(false);
  });

  it('refuses their own entry written under the owner’s client id (it would make the server drop the owner’s next change)', () => {
    const server = serverPack();
    const squat = edit(server, (d) => d.getMap('people').set('wang', '王五'), server.clientID);
    const check = checkOwnEntries(server, squat, rule);
    expect(check).toMatchObject({ ok: false, reason: expect.stringContaining('already wrote') });
  });

  it('accepts a second change from the same colleague’s client', () => {
    const server = serverPack();
    const first = edit(server, (d) => d.getMap('people').set('wang', '王五'), 777);
    Y.applyUpdate(server, first);
    const second = edit(server, (d) => d.getMap('people').delete('wang'), 777);
    expect(checkOwnEntries(server, second, rule).ok).toBe(true);
  });

  it('refuses an update Yjs would hold back for missing dependencies', () => {
    const server = serverPack();
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(server));
    const start = Y.encodeStateVector(replica);
    replica.getMap('people').set('wang', '王五');
    const middle = Y.encodeStateVector(replica);
    const first = Y.encodeStateAsUpdate(replica, start);
    // The second edit alone (its parent is the first, which the server never got).
    replica.getMap('people').set('wang', '王五');
    const second = Y.encodeStateAsUpdate(replica, middle);
    expect(checkOwnEntries(server, second, rule)).toMatchObject({ ok: false, reason: expect.stringContaining('does not have') });
    // Unless the first came in an earlier message of the connection that the server has not applied yet.
    expect(checkOwnEntries(server, second, rule, [first])).toEqual({ ok: true, changed: [{ root: 'people', key: 'wang' }] });
  });
});

import { describe, expect, it } from 'vitest';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { presenceFields, presenceWhere, readPresence, type Viewing } from '../../../corpus/sync/presence';

const packs = new Map([
  ['p1', ['art-1', 'art-2']],
  ['p2', ['art-2', 'art-3']],
  ['p3', ['art-4']],
]);

describe('presence: where the user is', () => {
  it('is nowhere with nothing open — the app running is not being in a pack', () => {
    expect(presenceWhere([], packs)).toEqual(new Map());
  });

  it('is in the pack open in the pack view, and only that one', () => {
    expect(presenceWhere([{ kind: 'pack', packId: 'p2' }], packs)).toEqual(new Map([['p2', {}]]));
  });

  it('is in every pack that holds the article open in the reader, with the article', () => {
    expect(presenceWhere([{ kind: 'article', articleId: 'art-2' }], packs)).toEqual(
      new Map([
        ['p1', { articleId: 'art-2' }],
        ['p2', { articleId: 'art-2' }],
      ]),
    );
    expect(presenceWhere([{ kind: 'article', articleId: 'not-shared' }], packs)).toEqual(new Map());
  });

  it('ignores a pack it does not know; on the pack beats on one of its articles', () => {
    const viewing: Viewing[] = [
      { kind: 'article', articleId: 'art-1' },
      { kind: 'pack', packId: 'p1' },
      { kind: 'pack', packId: 'gone' },
    ];
    expect(presenceWhere(viewing, packs)).toEqual(new Map([['p1', {}]]));
  });

  it('sets the user (and article) in a pack it is in, and clears them where it is not', () => {
    const me = { id: 'm1', name: '张伟' };
    expect(presenceFields(me, { articleId: 'art-1' })).toEqual({ user: me, articleId: 'art-1' });
    expect(presenceFields(me, {})).toEqual({ user: me, articleId: null });
    expect(presenceFields(me, undefined)).toEqual({ user: null, articleId: null });
  });
});

describe('presence: who else is in a pack', () => {
  it('lists others once each, sorted, leaving out the user’s own laptops and malformed states', () => {
    const states = new Map<number, unknown>([
      [1, { user: { id: 'm1', name: '张伟' } }],
      [2, { user: { id: 'm2', name: '李娜' }, articleId: 'art-1' }],
      [3, { user: { id: 'm2', name: '李娜' } }],
      [4, { user: { id: 'm3', name: '王芳' }, articleId: 'art-2' }],
      [5, { user: null, articleId: null }],
      [6, {}],
      [7, { user: { id: 'bad/id', name: '伪造' } }],
      [8, { user: { id: 'm4', name: '' } }],
      [9, 'nonsense'],
      [10, { user: { id: 'm1', name: '张伟' }, articleId: 'art-2' }],
    ]);
    expect(readPresence(states, 'm1')).toEqual([
      { id: 'm2', name: '李娜' },
      { id: 'm3', name: '王芳', articleId: 'art-2' },
    ]);
  });

  it('follows Yjs awareness between two apps: joining shows, leaving the pack and quitting both clear', () => {
    const docA = new Y.Doc();
    const docB = new Y.Doc();
    const a = new Awareness(docA);
    const b = new Awareness(docB);
    // What the server relays between the two.
    const relay = (from: Awareness, to: Awareness) => applyAwarenessUpdate(to, encodeAwarenessUpdate(from, [from.clientID]), 'remote');
    const onlineForA = () => readPresence(a.getStates(), 'm1').map((p) => p.name);

    // B's app is running, nothing open: not in the pack.
    relay(b, a);
    expect(onlineForA()).toEqual([]);

    b.setLocalState({ ...presenceFields({ id: 'm2', name: '李娜' }, presenceWhere([{ kind: 'pack', packId: 'p1' }], packs).get('p1')) });
    relay(b, a);
    expect(onlineForA()).toEqual(['李娜']);

    // B goes to the library: the state stays, without a user.
    b.setLocalState({ ...b.getLocalState(), ...presenceFields({ id: 'm2', name: '李娜' }, undefined) });
    relay(b, a);
    expect(onlineForA()).toEqual([]);

    // B opens an article of the pack, then quits (the provider removes its state).
    b.setLocalState(presenceFields({ id: 'm2', name: '李娜' }, { articleId: 'art-1' }));
    relay(b, a);
    expect(readPresence(a.getStates(), 'm1')).toEqual([{ id: 'm2', name: '李娜', articleId: 'art-1' }]);
    removeAwarenessStates(a, [b.clientID], 'remote');
    expect(onlineForA()).toEqual([]);
    a.destroy();
    b.destroy();
  });
});

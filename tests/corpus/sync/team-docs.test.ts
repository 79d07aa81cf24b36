import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addPackPerson,
  contributeToPack,
  listPack,
  notesDocName,
  packDocName,
  packIndexDocName,
  privateDocName,
  readPackList,
  readPackPeople,
  PACK_LIST,
  PACK_PEOPLE,
  CONTRIBUTING,
  publishesTo,
  readContributing,
  withdrawFromPack,
} from '../../../corpus/sync';

describe('team document conventions', () => {
  it('names the documents the server scopes allow', () => {
    expect([privateDocName('m1'), packIndexDocName('g1'), packDocName('g1', 'p1'), notesDocName('g1', 'p1', 'm1')]).toEqual([
      'private/m1',
      'pack/g1/index',
      'pack/g1/p1',
      'notes/g1/p1/m1',
    ]);
  });

  it('lists shared packs newest first, two editors sharing at once both stay', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    listPack(a, { id: 'p1', title: '周一例会', sharedBy: 'm1', sharedByName: '张伟', created: '2026-12-01T08:00:00.000Z' });
    listPack(b, { id: 'p2', title: '周二例会', sharedBy: 'm2', sharedByName: '李娜', created: '2026-12-02T08:00:00.000Z' });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readPackList(a).map((p) => p.id)).toEqual(['p2', 'p1']);
    expect(readPackList(b)).toEqual(readPackList(a));
  });

  it.each([
    ['not an object', 'x'],
    ['id differs from its key', { id: 'other', title: 't', sharedBy: 'm', sharedByName: 'n', created: 'c' }],
    ['empty title', { id: 'p9', title: '', sharedBy: 'm', sharedByName: 'n', created: 'c' }],
    ['title not text', { id: 'p9', title: 5, sharedBy: 'm', sharedByName: 'n', created: 'c' }],
  ])('skips a forged listing: %s', (_name, value) => {
    const doc = new Y.Doc();
    doc.getMap(PACK_LIST).set('p9', value);
    expect(readPackList(doc)).toEqual([]);
  });

  it('keeps who wrote notes in a pack; forged ids and names are skipped', () => {
    const doc = new Y.Doc();
    addPackPerson(doc, 'm1', '张伟');
    addPackPerson(doc, 'm2', '李娜');
    doc.getMap(PACK_PEOPLE).set('../x', 'forged');
    doc.getMap(PACK_PEOPLE).set('m3', 42);
    expect([...readPackPeople(doc)]).toEqual([
      ['m1', '张伟'],
      ['m2', '李娜'],
    ]);
  });
});

describe('the privacy rule: my notes go only to packs I chose', () => {
  const editor = { role: 'editor' as const };
  const viewer = { role: 'viewer' as const };

  it('publishes nothing to a colleague’s pack until I contribute; then to that pack only', () => {
    const mine = new Y.Doc();
    expect(publishesTo('p1', editor, readContributing(mine))).toBe(false);
    contributeToPack(mine, 'p1', '2026-12-01T08:00:00.000Z');
    expect(publishesTo('p1', editor, readContributing(mine))).toBe(true);
    expect(publishesTo('p2', editor, readContributing(mine))).toBe(false);
  });

  it('never for a viewer, even one who tried', () => {
    const mine = new Y.Doc();
    contributeToPack(mine, 'p1', '2026-12-01T08:00:00.000Z');
    expect(publishesTo('p1', viewer, readContributing(mine))).toBe(false);
  });

  it('keeps the choice in my private document: my other laptop follows it, being named in the pack does not count', () => {
    const laptop1 = new Y.Doc();
    const laptop2 = new Y.Doc();
    contributeToPack(laptop1, 'p1', '2026-12-01T08:00:00.000Z');
    contributeToPack(laptop1, 'p1', '2026-12-09T08:00:00.000Z');
    Y.applyUpdate(laptop2, Y.encodeStateAsUpdate(laptop1));
    expect(readContributing(laptop2)).toEqual(new Set(['p1']));
    expect(laptop2.getMap(CONTRIBUTING).get('p1')).toBe('2026-12-01T08:00:00.000Z');
    // A pack document listing me among its people is someone else's say, not my choice.
    const pack = new Y.Doc();
    addPackPerson(pack, 'm1', '张伟');
    expect(publishesTo('p2', editor, readContributing(laptop2))).toBe(false);
  });

  it('withdrawing stops publishing to that pack on both my laptops; contributing again resumes it', () => {
    const laptop1 = new Y.Doc();
    const laptop2 = new Y.Doc();
    contributeToPack(laptop1, 'p1', '2026-12-01T08:00:00.000Z');
    contributeToPack(laptop1, 'p2', '2026-12-01T08:00:00.000Z');
    Y.applyUpdate(laptop2, Y.encodeStateAsUpdate(laptop1));
    withdrawFromPack(laptop2, 'p1');
    Y.applyUpdate(laptop1, Y.encodeStateAsUpdate(laptop2));
    expect(readContributing(laptop1)).toEqual(new Set(['p2']));
    expect(publishesTo('p1', editor, readContributing(laptop1))).toBe(false);
    contributeToPack(laptop1, 'p1', '2026-12-10T08:00:00.000Z');
    expect(publishesTo('p1', editor, readContributing(laptop1))).toBe(true);
  });

  it('skips forged entries and refuses a malformed pack id', () => {
    const mine = new Y.Doc();
    mine.getMap(CONTRIBUTING).set('bad/id', '2026-12-01T08:00:00.000Z');
    mine.getMap(CONTRIBUTING).set('p3', 42);
    expect(readContributing(mine)).toEqual(new Set());
    expect(() => contributeToPack(mine, '../p1', 'x')).toThrow();
  });
});

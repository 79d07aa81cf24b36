import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accessTo,
  documentName,
  ownEntryRule,
  packToCreate,
  parseDocumentName,
  type Access,
  type Directory,
  type DocumentScope,
  type Member,
} from '../../server/access';

const zhang: Member = { id: 'zhang', groupId: 'g1', name: '张三', role: 'editor' };
const wang: Member = { id: 'wang', groupId: 'g1', name: '王五', role: 'editor' };
const li: Member = { id: 'li', groupId: 'g1', name: '李四', role: 'viewer' };
const outsider: Member = { id: 'zhao', groupId: 'g2', name: '赵六', role: 'editor' };

/** Group g1: 张三 created p1, 王五 created p2; 陈七 was a member (revoked). Group g2: 赵六 created p9. */
const owners = new Map([
  ['g1/p1', 'zhang'],
  ['g1/p2', 'wang'],
  ['g2/p9', 'zhao'],
]);
const directory: Directory = {
  packOwner: (g, p) => owners.get(`${g}/${p}`),
  isMember: (g, m) => (g === 'g1' ? ['zhang', 'wang', 'li', 'chen'] : ['zhao']).includes(m),
};

describe('who may open which document', () => {
  it.each<[string, Member, string, Access]>([
    // A pack: its owner writes; other editors may write only their own `people` entry; viewers read.
    ['owner', zhang, 'pack/g1/p1', 'write'],
    ['other editor', wang, 'pack/g1/p1', 'own-entries'],
    ['viewer', li, 'pack/g1/p1', 'read'],
    ['non-member', outsider, 'pack/g1/p1', 'deny'],
    ['unknown pack (editor: created first, see below)', zhang, 'pack/g1/nope', 'deny'],
    ['unknown pack (viewer)', li, 'pack/g1/nope', 'deny'],
    // The pack list: each editor may change only their own packs' listings.
    ['editor, pack list', zhang, 'pack/g1/index', 'own-entries'],
    ['viewer, pack list', li, 'pack/g1/index', 'read'],
    ['non-member, pack list', outsider, 'pack/g1/index', 'deny'],
    // Notes: the member writes their own, the group reads; the pack and the member must exist.
    ['owner of the notes', zhang, 'notes/g1/p1/zhang', 'write'],
    ['owner of the notes, on a colleague’s pack', zhang, 'notes/g1/p2/zhang', 'write'],
    ['other editor', wang, 'notes/g1/p1/zhang', 'read'],
    ['viewer', li, 'notes/g1/p1/zhang', 'read'],
    ['viewer, own notes', li, 'notes/g1/p1/li', 'read'],
    ['non-member', outsider, 'notes/g1/p1/zhang', 'deny'],
    ['revoked member’s notes stay readable', wang, 'notes/g1/p1/chen', 'read'],
    ['unknown pack', zhang, 'notes/g1/nope/zhang', 'deny'],
    ['the pack list is no pack', zhang, 'notes/g1/index/zhang', 'deny'],
    ['unknown member', zhang, 'notes/g1/p1/nobody', 'deny'],
    ['member of another group', zhang, 'notes/g1/p1/zhao', 'deny'],
    ['another group’s pack', zhang, 'notes/g2/p9/zhang', 'deny'],
    // Private spaces: only that person.
    ['own private space', zhang, 'private/zhang', 'write'],
    ['viewer, own private space', li, 'private/li', 'write'],
    ['someone else’s private space', zhang, 'private/li', 'deny'],
    // Malformed names.
    ['malformed', zhang, 'pack/g1', 'deny'],
    ['malformed', zhang, 'pack/g1/p1/extra', 'deny'],
    ['malformed', zhang, 'pack/g1/../g2/p1', 'deny'],
    ['malformed', zhang, 'notes/g1/p1/zhang/x', 'deny'],
    ['malformed', zhang, 'private/zhang ', 'deny'],
    ['malformed', zhang, '', 'deny'],
    ['malformed', zhang, 'admin', 'deny'],
    ['malformed', zhang, 'PACK/g1/p1', 'deny'],
  ])('%s: %o opens %s → %s', (_what, member, name, access) => {
    expect(accessTo(member, name, directory)).toBe(access);
  });

  it.each<[string, Member, string, boolean]>([
    ['an editor opening a new pack of their group', zhang, 'pack/g1/new', true],
    ['an existing pack', wang, 'pack/g1/p1', false],
    ['a viewer', li, 'pack/g1/new', false],
    ['another group', outsider, 'pack/g1/new', false],
    ['the pack list', zhang, 'pack/g1/index', false],
    ['a notes document', zhang, 'notes/g1/new/zhang', false],
    ['a malformed name', zhang, 'pack/g1/new/x', false],
  ])('%s creates a pack: %s', (_what, member, name, creates) => {
    expect(packToCreate(member, name, directory) !== undefined).toBe(creates);
  });

  const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);
  const scope: fc.Arbitrary<DocumentScope> = fc.oneof(
    fc.record({ kind: fc.constant('pack' as const), groupId: id, packId: id }),
    fc.record({ kind: fc.constant('notes' as const), groupId: id, packId: id, memberId: id }),
    fc.record({ kind: fc.constant('private' as const), memberId: id }),
  );

  it('every document name parses back to its scope', () => {
    fc.assert(
      fc.property(scope, (s) => {
        expect(parseDocumentName(documentName(s))).toEqual(s);
      }),
    );
  });

  it('a member of another group is denied every document of this one, whatever its role', () => {
    const everything: Directory = { packOwner: () => 'someone', isMember: () => true };
    fc.assert(
      fc.property(scope, fc.constantFrom<'editor' | 'viewer'>('editor', 'viewer'), id, (s, role, memberId) => {
        const groupId = 'groupId' in s ? s.groupId : undefined;
        fc.pre(groupId !== undefined && 'other' !== groupId);
        const stranger: Member = { id: memberId, groupId: 'other', name: 'x', role };
        expect(accessTo(stranger, documentName(s), everything)).toBe('deny');
        expect(packToCreate(stranger, documentName(s), everything)).toBeUndefined();
      }),
    );
  });

  it('a viewer never gets write access to anything but their own private space', () => {
    const everything: Directory = { packOwner: () => 'li', isMember: () => true };
    fc.assert(
      fc.property(fc.string(), (name) => {
        const access = accessTo(li, name, everything);
        if (access === 'write' || access === 'own-entries') expect(name).toBe('private/li');
      }),
    );
  });
});

describe('the entries an editor may change in a document they write only in part', () => {
  const listing = (id: string, by: Member, extra: Record<string, unknown> = {}) => ({
    id,
    title: '周一例会',
    sharedBy: by.id,
    sharedByName: by.name,
    created: '2026-01-01T00:00:00.000Z',
    ...extra,
  });

  it('the pack list: only listings of their own packs (or of a new one), saying they shared it', () => {
    const rule = ownEntryRule(zhang, 'pack/g1/index', directory);
    expect(rule.mayChange({ root: 'packs', key: 'p1' })).toBe(true);
    expect(rule.mayChange({ root: 'packs', key: 'new' })).toBe(true);
    expect(rule.creates({ root: 'packs', key: 'new' })).toEqual({ groupId: 'g1', packId: 'new' });
    expect(rule.creates({ root: 'packs', key: 'p1' })).toBeUndefined();
    expect(rule.mayChange({ root: 'packs', key: 'p2' })).toBe(false);
    expect(rule.mayChange({ root: 'packs', key: 'index' })).toBe(false);
    expect(rule.mayChange({ root: 'packs', key: 'bad/id' })).toBe(false);
    expect(rule.mayChange({ root: 'other', key: 'p1' })).toBe(false);
    expect(rule.mayHold({ root: 'packs', key: 'p1' }, listing('p1', zhang))).toBe(true);
    expect(rule.mayHold({ root: 'packs', key: 'p1' }, undefined)).toBe(true);
    expect(rule.mayHold({ root: 'packs', key: 'p1' }, listing('p1', wang))).toBe(false);
    expect(rule.mayHold({ root: 'packs', key: 'p1' }, listing('p1', zhang, { sharedByName: '王五' }))).toBe(false);
    expect(rule.mayHold({ root: 'packs', key: 'p1' }, listing('p2', zhang))).toBe(false);
    expect(rule.mayHold({ root: 'packs', key: 'p1' }, 'text')).toBe(false);
  });

  it('a colleague’s pack: only their own entry in people, holding their own name', () => {
    const rule = ownEntryRule(wang, 'pack/g1/p1', directory);
    expect(rule.mayChange({ root: 'people', key: 'wang' })).toBe(true);
    expect(rule.mayChange({ root: 'people', key: 'zhang' })).toBe(false);
    expect(rule.mayChange({ root: 'articles', key: 'wang' })).toBe(false);
    expect(rule.mayChange({ root: 'info', key: 'title' })).toBe(false);
    expect(rule.mayHold({ root: 'people', key: 'wang' }, '王五')).toBe(true);
    expect(rule.mayHold({ root: 'people', key: 'wang' }, '张三')).toBe(false);
    expect(rule.creates({ root: 'people', key: 'wang' })).toBeUndefined();
  });

  it('nothing, for a viewer or a stranger', () => {
    for (const [member, name] of [
      [li, 'pack/g1/index'],
      [li, 'pack/g1/p1'],
      [outsider, 'pack/g1/index'],
    ] as const) {
      const rule = ownEntryRule(member, name, directory);
      expect(rule.mayChange({ root: 'packs', key: 'new' })).toBe(false);
      expect(rule.mayChange({ root: 'people', key: member.id })).toBe(false);
    }
  });
});

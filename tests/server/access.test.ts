import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accessTo, documentName, parseDocumentName, type Access, type DocumentScope, type Member } from '../../server/access';

const zhang: Member = { id: 'zhang', groupId: 'g1', name: '张三', role: 'editor' };
const li: Member = { id: 'li', groupId: 'g1', name: '李四', role: 'viewer' };
const outsider: Member = { id: 'wang', groupId: 'g2', name: '王五', role: 'editor' };

describe('who may open which document', () => {
  it.each<[Member, string, Access]>([
    [zhang, 'pack/g1/p1', 'write'],
    [li, 'pack/g1/p1', 'read'],
    [outsider, 'pack/g1/p1', 'deny'],
    [zhang, 'notes/g1/p1/zhang', 'write'],
    [zhang, 'notes/g1/p1/li', 'read'],
    [li, 'notes/g1/p1/li', 'read'],
    [li, 'notes/g1/p1/zhang', 'read'],
    [outsider, 'notes/g1/p1/zhang', 'deny'],
    [zhang, 'private/zhang', 'write'],
    [li, 'private/li', 'write'],
    [zhang, 'private/li', 'deny'],
    [zhang, 'pack/g1', 'deny'],
    [zhang, 'pack/g1/p1/extra', 'deny'],
    [zhang, 'pack/g1/../g2/p1', 'deny'],
    [zhang, 'notes/g1/p1/zhang/x', 'deny'],
    [zhang, 'private/zhang ', 'deny'],
    [zhang, '', 'deny'],
    [zhang, 'admin', 'deny'],
    [zhang, 'PACK/g1/p1', 'deny'],
  ])('%o opens %s: %s', (member, name, access) => {
    expect(accessTo(member, name)).toBe(access);
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
    fc.assert(
      fc.property(scope, fc.constantFrom<'editor' | 'viewer'>('editor', 'viewer'), id, (s, role, memberId) => {
        const groupId = 'groupId' in s ? s.groupId : undefined;
        fc.pre(groupId !== undefined && 'other' !== groupId);
        expect(accessTo({ id: memberId, groupId: 'other', name: 'x', role }, documentName(s))).toBe('deny');
      }),
    );
  });

  it('a viewer never gets write access to anything but their own private space', () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        const access = accessTo(li, name);
        if (access === 'write') expect(name).toBe('private/li');
      }),
    );
  });
});

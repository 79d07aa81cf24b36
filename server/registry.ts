import type { Member, Role } from './access';
import type { Db } from './open-database';
import { hashToken, newId, newToken } from './tokens';

export interface MemberRow extends Member {
  readonly groupName: string;
  readonly created: string;
  readonly revoked?: string;
}

export interface Invite {
  readonly member: MemberRow;
  /** Shown once to the admin, to hand to the member; never stored. */
  readonly token: string;
}

interface Row {
  id: string;
  group_id: string;
  group_name: string;
  name: string;
  role: Role;
  created: string;
  revoked: string | null;
}

const toMember = (r: Row): MemberRow => ({
  id: r.id,
  groupId: r.group_id,
  groupName: r.group_name,
  name: r.name,
  role: r.role,
  created: r.created,
  ...(r.revoked ? { revoked: r.revoked } : {}),
});

const SELECT = 'SELECT m.id, m.group_id, g.name AS group_name, m.name, m.role, m.created, m.revoked FROM members m JOIN groups g ON g.id = m.group_id';

/** Groups and their members: who holds which invite. Tokens are stored only as hashes. */
export function createRegistry(db: Db, now: () => Date = () => new Date()) {
  const groupByName = db.prepare<[string], { id: string }>('SELECT id FROM groups WHERE name = ?');
  const insertGroup = db.prepare('INSERT INTO groups (id, name, created) VALUES (?, ?, ?)');
  const insertMember = db.prepare('INSERT INTO members (id, group_id, name, role, token_hash, created) VALUES (?, ?, ?, ?, ?, ?)');
  const byToken = db.prepare<[string], Row>(`${SELECT} WHERE m.token_hash = ?`);
  const byGroup = db.prepare<[string], Row>(`${SELECT} WHERE g.name = ? ORDER BY m.created, m.name`);
  const revokeStmt = db.prepare('UPDATE members SET revoked = ? WHERE id = ? AND revoked IS NULL');
  const revokedSince = db.prepare<[string], { id: string }>('SELECT id FROM members WHERE revoked IS NOT NULL AND revoked >= ?');
  const packOwner = db.prepare<[string, string], { owner: string }>('SELECT owner FROM packs WHERE group_id = ? AND id = ?');
  const insertPack = db.prepare('INSERT OR IGNORE INTO packs (group_id, id, owner, created) VALUES (?, ?, ?, ?)');
  const memberOf = db.prepare<[string, string], { id: string }>('SELECT id FROM members WHERE group_id = ? AND id = ?');

  return {
    /** Issues an invite for a new member of `groupName` (the group is created on first use). */
    invite(groupName: string, name: string, role: Role): Invite {
      const token = newToken();
      const created = now().toISOString();
      const id = newId();
      db.transaction(() => {
        let group = groupByName.get(groupName);
        if (!group) {
          group = { id: newId() };
          insertGroup.run(group.id, groupName, created);
        }
        insertMember.run(id, group.id, name, role, hashToken(token), created);
      })();
      return { member: { id, groupId: groupByName.get(groupName)!.id, groupName, name, role, created }, token };
    },

    /** The member holding `token`, unless the token is unknown or revoked. */
    authenticate(token: string): MemberRow | undefined {
      const row = byToken.get(hashToken(token));
      return row && !row.revoked ? toMember(row) : undefined;
    },

    members(groupName: string): MemberRow[] {
      return byGroup.all(groupName).map(toMember);
    },

    /** Revokes every live invite named `name` in the group; returns how many. */
    revoke(groupName: string, name: string): MemberRow[] {
      const at = now().toISOString();
      const revoked = byGroup.all(groupName).filter((m) => m.name === name && !m.revoked);
      db.transaction(() => revoked.forEach((m) => revokeStmt.run(at, m.id)))();
      return revoked.map((m) => toMember({ ...m, revoked: at }));
    },

    /** The member who created pack `packId` of the group, if it exists. */
    packOwner(groupId: string, packId: string): string | undefined {
      return packOwner.get(groupId, packId)?.owner;
    },

    /**
     * Records that `ownerId` created the pack, unless it exists already; returns its owner.
     * (Instances behind Redis share this file: the first to insert wins, and both read it back.)
     */
    createPack(groupId: string, packId: string, ownerId: string): string {
      insertPack.run(groupId, packId, ownerId, now().toISOString());
      return packOwner.get(groupId, packId)!.owner;
    },

    /** Whether `memberId` is, or was (revoked), a member of the group. */
    isMember(groupId: string, memberId: string): boolean {
      return memberOf.get(groupId, memberId) !== undefined;
    },

    /** Ids revoked at or after `since` (the server polls this to cut live connections). */
    revokedSince(since: string): string[] {
      return revokedSince.all(since).map((r) => r.id);
    },
  };
}

export type Registry = ReturnType<typeof createRegistry>;

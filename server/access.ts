/**
 * Which Y documents exist and who may open them: the whole access policy of the team server,
 * as pure functions (the hooks in team-server.ts only call these).
 *
 * Document names:
 * - `pack/<groupId>/<packId>` — a meeting pack: its articles (imported texts and their originals),
 *   so every colleague reads the same text. The group reads; editors write.
 * - `notes/<groupId>/<packId>/<memberId>` — one member's annotations on a pack. That member
 *   writes (if an editor); the group reads.
 * - `private/<memberId>` — one person's own space, for keeping their laptops in step. Only that
 *   person, read and write.
 */

export type Role = 'editor' | 'viewer';

export interface Member {
  readonly id: string;
  readonly groupId: string;
  readonly name: string;
  readonly role: Role;
}

export type DocumentScope =
  | { readonly kind: 'pack'; readonly groupId: string; readonly packId: string }
  | { readonly kind: 'notes'; readonly groupId: string; readonly packId: string; readonly memberId: string }
  | { readonly kind: 'private'; readonly memberId: string };

export type Access = 'write' | 'read' | 'deny';

/** Ids are ours (random, url-safe); anything else in a name is a forgery and matches nothing. */
const ID = /^[A-Za-z0-9_-]{1,64}$/;

export function parseDocumentName(name: string): DocumentScope | undefined {
  const parts = name.split('/');
  if (!parts.every((p) => ID.test(p))) return undefined;
  const [kind, a, b, c] = parts;
  if (kind === 'pack' && parts.length === 3 && a && b) return { kind, groupId: a, packId: b };
  if (kind === 'notes' && parts.length === 4 && a && b && c) return { kind, groupId: a, packId: b, memberId: c };
  if (kind === 'private' && parts.length === 2 && a) return { kind, memberId: a };
  return undefined;
}

export function documentName(scope: DocumentScope): string {
  switch (scope.kind) {
    case 'pack':
      return `pack/${scope.groupId}/${scope.packId}`;
    case 'notes':
      return `notes/${scope.groupId}/${scope.packId}/${scope.memberId}`;
    case 'private':
      return `private/${scope.memberId}`;
  }
}

/** What `member` may do with the document `name`; unknown names and other groups are denied alike. */
export function accessTo(member: Member, name: string): Access {
  const scope = parseDocumentName(name);
  if (!scope) return 'deny';
  switch (scope.kind) {
    case 'private':
      return scope.memberId === member.id ? 'write' : 'deny';
    case 'pack':
      if (scope.groupId !== member.groupId) return 'deny';
      return member.role === 'editor' ? 'write' : 'read';
    case 'notes':
      if (scope.groupId !== member.groupId) return 'deny';
      return scope.memberId === member.id && member.role === 'editor' ? 'write' : 'read';
  }
}

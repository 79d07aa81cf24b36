import type { Entry, EntryRule } from './own-entries';

/**
 * Which Y documents exist and who may open them: the whole access policy of the team server,
 * as pure functions over what the registry knows (the hooks in team-server.ts only call these).
 *
 * Document names:
 * - `pack/<groupId>/<packId>` — a meeting pack: its articles (imported texts and their originals),
 *   so every colleague reads the same text. Its owner (the editor who created it: the first to
 *   open that name) writes it; the group reads it. Other editors may write only their own entry
 *   in its `people` map (member id → their name: "read my notes document"), nothing else.
 * - `pack/<groupId>/index` — the group's list of shared packs (`packs`: pack id → listing). The
 *   group reads it; each editor may set or delete only the listings of packs they own, saying
 *   they shared it. Listing a pack nobody has created yet creates it for that editor (the app
 *   may list a pack before the server has seen it opened).
 * - `notes/<groupId>/<packId>/<memberId>` — one member's annotations on a pack. That member
 *   writes (if an editor); the group reads. The pack must exist and the member must be (or
 *   have been: their past notes stay readable) a member of the group.
 * - `private/<memberId>` — one person's own space, for keeping their laptops in step. Only that
 *   person, read and write.
 *
 * Anything else — another group, an unknown pack or member, a malformed name — is denied, with
 * the same answer as a bad token.
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

/**
 * `own-entries`: a write connection whose every update is checked (own-entries.ts) against
 * `ownEntryRule`; `read`: read-only (Hocuspocus refuses every update).
 */
export type Access = 'write' | 'own-entries' | 'read' | 'deny';

/** What the server knows about packs and members (the registry). */
export interface Directory {
  /** The member who created pack `packId` of the group, or undefined for a pack never created. */
  packOwner(groupId: string, packId: string): string | undefined;
  /** Whether `memberId` is, or was (revoked), a member of the group. */
  isMember(groupId: string, memberId: string): boolean;
}

/** The pack list's document name is `pack/<group>/index`; no pack can be called that. */
export const PACK_INDEX_ID = 'index';
/** The pack list's map (pack id → listing), and a pack's map of people (member id → name). */
export const PACK_LIST = 'packs';
export const PACK_PEOPLE = 'people';

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

export interface PackRef {
  readonly groupId: string;
  readonly packId: string;
}

/** A pack id an editor of the group may create: well-formed, not the list's, and not created yet. */
function creatable(member: Member, groupId: string, packId: string, directory: Directory): boolean {
  return (
    member.role === 'editor' && member.groupId === groupId && ID.test(packId) && packId !== PACK_INDEX_ID && directory.packOwner(groupId, packId) === undefined
  );
}

/**
 * The pack that `member` creates (and will own) by opening `name`: an editor opening a pack of
 * their group that does not exist yet. The app creates a pack just so, by opening a new random
 * name; the server cannot tell that from a guess, but a guesser only gets an empty pack of
 * their own and learns nothing.
 */
export function packToCreate(member: Member, name: string, directory: Directory): PackRef | undefined {
  const scope = parseDocumentName(name);
  if (scope?.kind !== 'pack' || !creatable(member, scope.groupId, scope.packId, directory)) return undefined;
  return { groupId: scope.groupId, packId: scope.packId };
}

/** What `member` may do with the document `name`; unknown names, packs, members and other groups are denied alike. */
export function accessTo(member: Member, name: string, directory: Directory): Access {
  const scope = parseDocumentName(name);
  if (!scope) return 'deny';
  const editor = member.role === 'editor';
  switch (scope.kind) {
    case 'private':
      return scope.memberId === member.id ? 'write' : 'deny';
    case 'pack': {
      if (scope.groupId !== member.groupId) return 'deny';
      if (scope.packId === PACK_INDEX_ID) return editor ? 'own-entries' : 'read';
      const owner = directory.packOwner(scope.groupId, scope.packId);
      if (owner === undefined) return 'deny';
      if (owner === member.id) return editor ? 'write' : 'read';
      return editor ? 'own-entries' : 'read';
    }
    case 'notes':
      if (scope.groupId !== member.groupId || scope.packId === PACK_INDEX_ID) return 'deny';
      if (directory.packOwner(scope.groupId, scope.packId) === undefined || !directory.isMember(scope.groupId, scope.memberId)) return 'deny';
      return scope.memberId === member.id && editor ? 'write' : 'read';
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);

export interface OwnEntryRule extends EntryRule {
  /** The pack a permitted change to `entry` creates for the member (a listing of a pack not created yet). */
  creates(entry: Entry): PackRef | undefined;
}

const NOTHING: OwnEntryRule = { mayChange: () => false, mayHold: () => false, creates: () => undefined };

/**
 * The entries `member` may change in a document opened `own-entries`:
 * - the pack list: the listing of a pack they own (or one not created yet, which listing
 *   creates), set to a listing that says they shared it (`sharedBy`, `sharedByName`), or deleted;
 * - a colleague's pack: their own entry in `people`, set to their own name or deleted.
 */
export function ownEntryRule(member: Member, name: string, directory: Directory): OwnEntryRule {
  const scope = parseDocumentName(name);
  if (scope?.kind !== 'pack' || scope.groupId !== member.groupId || member.role !== 'editor') return NOTHING;
  const { groupId } = scope;
  if (scope.packId === PACK_INDEX_ID) {
    return {
      mayChange: ({ root, key }) => root === PACK_LIST && (directory.packOwner(groupId, key) === member.id || creatable(member, groupId, key, directory)),
      mayHold: ({ key }, value) =>
        value === undefined ||
        (isRecord(value) && value.id === key && value.sharedBy === member.id && value.sharedByName === member.name && typeof value.title === 'string'),
      creates: ({ root, key }) => (root === PACK_LIST && creatable(member, groupId, key, directory) ? { groupId, packId: key } : undefined),
    };
  }
  return {
    mayChange: ({ root, key }) => root === PACK_PEOPLE && key === member.id,
    mayHold: (_entry, value) => value === undefined || value === member.name,
    creates: () => undefined,
  };
}

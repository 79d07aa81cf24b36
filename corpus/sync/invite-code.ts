import { err, ok, type Result } from '../model';

/**
 * An invite as the member pastes it: everything the app needs to open its documents (who it
 * is, which group, the role the admin gave) plus the secret token. Printed once by
 * `npm run server -- invite`; only the token is a credential (the server checks it for every
 * document), the rest only names documents and people.
 *
 * Form: `pizhu-invite,1,<memberId>,<groupId>,<role>,<name>,<groupName>,<token>` with the two
 * names percent-encoded (so a comma in a name cannot split the code).
 */
export interface InviteCode {
  readonly memberId: string;
  readonly groupId: string;
  readonly role: 'editor' | 'viewer';
  readonly name: string;
  readonly groupName: string;
  readonly token: string;
}

export type InviteError = 'invite-empty' | 'invite-format';

const PREFIX = 'pizhu-invite';
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const TOKEN = /^pzi_[A-Za-z0-9_-]{20,200}$/;

export function formatInviteCode(invite: InviteCode): string {
  return [PREFIX, '1', invite.memberId, invite.groupId, invite.role, encodeURIComponent(invite.name), encodeURIComponent(invite.groupName), invite.token].join(
    ',',
  );
}

function decode(text: string): string | undefined {
  try {
    const value = decodeURIComponent(text).trim();
    return value.length > 0 && value.length <= 200 ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Reads a pasted invite (surrounding spaces and line breaks are ignored). */
export function parseInviteCode(text: string): Result<InviteCode, InviteError> {
  const compact = text.replace(/\s+/g, '');
  if (compact === '') return err('invite-empty');
  const parts = compact.split(',');
  if (parts.length !== 8 || parts[0] !== PREFIX || parts[1] !== '1') return err('invite-format');
  const [, , memberId, groupId, role, name, groupName, token] = parts as [string, string, string, string, string, string, string, string];
  const decodedName = decode(name);
  const decodedGroup = decode(groupName);
  if (!ID.test(memberId) || !ID.test(groupId) || (role !== 'editor' && role !== 'viewer') || !decodedName || !decodedGroup || !TOKEN.test(token))
    return err('invite-format');
  return ok({ memberId, groupId, role, name: decodedName, groupName: decodedGroup, token });
}

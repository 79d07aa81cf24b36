import { createHash, randomBytes } from 'node:crypto';

/** Invites start with this, so a pasted token is recognisable (and greppable in a leak scan). */
export const TOKEN_PREFIX = 'pzi_';

/** A new invite token: 256 random bits, url-safe. Shown once; only its hash is stored. */
export function newToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

/**
 * The stored form of a token. The tokens are random and long, so a fast hash is enough: nothing
 * to brute-force, and the database never holds a usable credential.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A random url-safe id for groups, members and packs. */
export function newId(): string {
  return randomBytes(12).toString('base64url');
}

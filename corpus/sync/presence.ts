/**
 * Presence (issue 16, "who is online in this pack"), on Yjs awareness: each shared pack's
 * document carries its own awareness, and a member's state is set there only while they have
 * that pack open (the meeting pack view on it) or one of its articles (the reader). Leaving it
 * clears the state; closing the app drops it (awareness times out). This file is the model,
 * free of any provider: what to announce where, and how to read what others announce.
 */

/** What a view of the app has open: a shared pack itself, or an article (of whichever packs hold it). */
export type Viewing = { readonly kind: 'pack'; readonly packId: string } | { readonly kind: 'article'; readonly articleId: string };

/** The awareness state a member announces in one pack's document. */
export interface PresenceState {
  readonly user: { readonly id: string; readonly name: string };
  /** The article of the pack they are reading, absent when they are on the pack itself. */
  readonly articleId?: string;
}

/** Someone else in a pack right now. */
export interface OnlinePerson {
  readonly id: string;
  readonly name: string;
  readonly articleId?: string;
}

/**
 * For each pack, where the user is in it (`{}` on the pack, `{ articleId }` on one of its
 * articles), or nothing when they are not in it; packs by id → their article ids. A pack that
 * is open and also holds the open article counts as the pack (the broader of the two).
 */
export function presenceWhere(viewing: readonly Viewing[], packs: ReadonlyMap<string, readonly string[]>): Map<string, { readonly articleId?: string }> {
  const out = new Map<string, { readonly articleId?: string }>();
  for (const v of viewing) {
    if (v.kind === 'pack') {
      if (packs.has(v.packId)) out.set(v.packId, {});
      continue;
    }
    for (const [packId, articleIds] of packs) if (articleIds.includes(v.articleId) && !out.has(packId)) out.set(packId, { articleId: v.articleId });
  }
  return out;
}

/** The awareness fields to set in one pack's document: the state, or nulls to leave it. */
export function presenceFields(
  me: { readonly id: string; readonly name: string },
  where: { readonly articleId?: string } | undefined,
): { user: PresenceState['user'] | null; articleId: string | null } {
  return where ? { user: { id: me.id, name: me.name }, articleId: where.articleId ?? null } : { user: null, articleId: null };
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const isName = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0 && v.length <= 200;

/**
 * Who else is in the pack, from its awareness states (client id → state): well-formed states
 * only (anything else — an older app, a forged client — is ignored), the user's own laptops
 * left out, one entry per person, sorted by name.
 */
export function readPresence(states: ReadonlyMap<number, unknown>, selfId: string, lang = 'zh-CN'): OnlinePerson[] {
  const byId = new Map<string, OnlinePerson>();
  for (const state of states.values()) {
    if (typeof state !== 'object' || state === null) continue;
    const { user, articleId } = state as { user?: unknown; articleId?: unknown };
    if (typeof user !== 'object' || user === null) continue;
    const { id, name } = user as { id?: unknown; name?: unknown };
    if (typeof id !== 'string' || !ID.test(id) || id === selfId || !isName(name)) continue;
    const at = typeof articleId === 'string' && articleId.length > 0 && articleId.length <= 200 ? { articleId } : {};
    // On the pack itself wins over on one article of it (another laptop of theirs).
    const known = byId.get(id);
    if (!known || (known.articleId !== undefined && at.articleId === undefined)) byId.set(id, { id, name, ...at });
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, lang) || (a.id < b.id ? -1 : 1));
}

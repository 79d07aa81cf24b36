import type * as Y from 'yjs';

/**
 * Names and small shared shapes of the team documents, on top of the server's scopes
 * (server/access.ts): the app's conventions, so every member's app reads the same thing.
 *
 * - `private/<me>`: my own annotations (annotation-doc.ts shape), for my laptops.
 * - `pack/<group>/index`: the group's list of shared packs (`packs`: id → PackListing). Editors
 *   write it when they share; everyone in the group reads it. Pack ids are 16 random
 *   characters, so a real pack is never called `index`.
 * - `pack/<group>/<pack>`: the pack (pack-doc.ts shape) plus `people`: member id → name, each
 *   editor who opens it adds themselves, so colleagues know whose notes documents to read.
 * - `notes/<group>/<pack>/<member>`: that member's annotations on the pack's articles.
 * - `private/<me>` also holds `contributing`: pack id → when I chose to put my notes in it (by
 *   sharing it, or "contribute my notes" on a colleague's pack). Only I write my private
 *   document, so nobody else can make my notes public; my other laptops read the same choice.
 */
export const PACK_INDEX_ID = 'index';
export const PACK_LIST = 'packs';
export const PACK_PEOPLE = 'people';
export const CONTRIBUTING = 'contributing';

export const privateDocName = (memberId: string): string => `private/${memberId}`;
export const packIndexDocName = (groupId: string): string => `pack/${groupId}/${PACK_INDEX_ID}`;
export const packDocName = (groupId: string, packId: string): string => `pack/${groupId}/${packId}`;
export const notesDocName = (groupId: string, packId: string, memberId: string): string => `notes/${groupId}/${packId}/${memberId}`;

export interface PackListing {
  readonly id: string;
  readonly title: string;
  readonly sharedBy: string;
  readonly sharedByName: string;
  readonly created: string;
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const isText = (v: unknown, max = 500): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

export function listPack(doc: Y.Doc, listing: PackListing): void {
  const packs = doc.getMap<unknown>(PACK_LIST);
  if (JSON.stringify(packs.get(listing.id)) !== JSON.stringify(listing)) packs.set(listing.id, { ...listing });
}

/** The shared packs, newest first; entries that are not well-formed (a forged update) are skipped. */
export function readPackList(doc: Y.Doc): PackListing[] {
  const out: PackListing[] = [];
  doc.getMap<unknown>(PACK_LIST).forEach((value, id) => {
    if (typeof value !== 'object' || value === null || !ID.test(id)) return;
    const v = value as Record<string, unknown>;
    if (v.id === id && isText(v.title) && isText(v.sharedBy, 64) && isText(v.sharedByName, 200) && isText(v.created, 40)) {
      out.push({ id, title: v.title, sharedBy: v.sharedBy, sharedByName: v.sharedByName, created: v.created });
    }
  });
  return out.sort((a, b) => (a.created < b.created ? 1 : a.created > b.created ? -1 : 0));
}

export function addPackPerson(doc: Y.Doc, memberId: string, name: string): void {
  const people = doc.getMap<unknown>(PACK_PEOPLE);
  if (people.get(memberId) !== name) people.set(memberId, name);
}

/** Member id → name of everyone who has written notes in the pack. */
export function readPackPeople(doc: Y.Doc): Map<string, string> {
  const out = new Map<string, string>();
  doc.getMap<unknown>(PACK_PEOPLE).forEach((name, id) => {
    if (ID.test(id) && isText(name, 200)) out.set(id, name);
  });
  return out;
}

/** Up to two letters for a person's marker: 张三 → 张三, Li Wei → LW, Anna → AN. */
export function initialsOf(name: string): string {
  const trimmed = name.trim();
  const words = trimmed.split(/\s+/).filter(Boolean);
  if (words.length >= 2 && /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u.test(trimmed)) {
    return (Array.from(words[0]!)[0]! + Array.from(words[words.length - 1]!)[0]!).toUpperCase();
  }
  const chars = Array.from(trimmed.replace(/\s+/g, ''));
  if (chars.length === 0) return '?';
  if (/^\p{Script=Han}/u.test(chars[0]!)) return chars.slice(-2).join('');
  return chars.slice(0, 2).join('').toUpperCase();
}

/** Records in my private document that my notes go to this pack (idempotent: the first time stays). */
export function contributeToPack(doc: Y.Doc, packId: string, at: string): void {
  if (!ID.test(packId)) throw new Error('not a pack id');
  const map = doc.getMap<unknown>(CONTRIBUTING);
  if (!map.has(packId)) map.set(packId, at);
}

/**
 * Takes back that choice: my notes stop going to this pack (on every laptop of mine, as the
 * private document syncs). Contributing again later is allowed.
 */
export function withdrawFromPack(doc: Y.Doc, packId: string): void {
  doc.getMap<unknown>(CONTRIBUTING).delete(packId);
}

/** The packs I chose to put my notes in (from my private document). */
export function readContributing(doc: Y.Doc): Set<string> {
  const out = new Set<string>();
  doc.getMap<unknown>(CONTRIBUTING).forEach((at, id) => {
    if (ID.test(id) && isText(at, 40)) out.add(id);
  });
  return out;
}

/**
 * The privacy rule ("notes stay private unless they are in a shared pack"): my notes go to a
 * pack only if I may write notes (an editor) and I chose to — by sharing the pack myself or by
 * contributing to a colleague's pack. Being in the group, opening the pack or reading its
 * articles publishes nothing; neither does a pack list entry or pack document naming me.
 */
export function publishesTo(packId: string, me: { readonly role: 'editor' | 'viewer' }, contributing: ReadonlySet<string>): boolean {
  return me.role === 'editor' && contributing.has(packId);
}

/**
 * Which backups to keep, in which order, and when a new one is needed at all: the one policy
 * both hosts (Electron's backups folder, the browser's IndexedDB table) follow.
 *
 * Order is a **sequence number** the store assigns when it writes a backup (1, 2, 3, …, never
 * reused), not a time and not a name: a clock can jump forward or back, a counter kept with the
 * backups cannot. Times are recorded and shown, never used to decide what to delete.
 */

/** One kept backup as its store records it. */
export interface CatalogEntry {
  readonly name: string;
  /** Position in the order backups were written; the highest is the newest. */
  readonly sequence: number;
  /** When the store wrote it (or last found the data unchanged), by the clock of that moment. */
  readonly created: string;
  readonly size: number;
  /** Checksum of the backup's data (`backupChecksum`); absent for backups from before it was recorded. */
  readonly checksum?: string;
  /** A safety backup taken before a restore or a replacing import: never pruned. */
  readonly pinned: boolean;
}

/** A backup file the store holds but has no sequence for (written by an older version). */
export type UnsequencedEntry = Omit<CatalogEntry, 'sequence'>;

const byCreatedThenName = (a: UnsequencedEntry, b: UnsequencedEntry): number =>
  a.created === b.created ? a.name.localeCompare(b.name) : a.created.localeCompare(b.created);

/**
 * Gives sequence numbers to unsequenced backups, below every sequenced one: such a file is
 * either from before sequences existed or one a prune failed to delete, so never newer than a
 * sequenced backup. Among themselves their recorded time is all there is to order them by.
 */
export function adoptUnsequenced(sequenced: readonly CatalogEntry[], unsequenced: readonly UnsequencedEntry[]): CatalogEntry[] {
  const lowest = sequenced.reduce((min, e) => Math.min(min, e.sequence), Number.POSITIVE_INFINITY);
  const start = Number.isFinite(lowest) ? lowest - unsequenced.length : 1;
  const adopted = [...unsequenced].sort(byCreatedThenName).map((e, i): CatalogEntry => ({ ...e, sequence: start + i }));
  return newestFirst([...sequenced, ...adopted]);
}

/** Newest (highest sequence) first; a copy. */
export function newestFirst(entries: readonly CatalogEntry[]): CatalogEntry[] {
  return [...entries].sort((a, b) => b.sequence - a.sequence);
}

/** The sequence number the next backup gets. */
export function nextSequence(entries: readonly CatalogEntry[]): number {
  return entries.reduce((max, e) => Math.max(max, e.sequence), 0) + 1;
}

/** What a store does with a backup it is asked to write. */
export type WritePlan =
  /** The same data is already kept: no second copy; that entry becomes the newest (and pinned if asked). */
  { readonly kind: 'reuse'; readonly entry: CatalogEntry } | { readonly kind: 'write'; readonly sequence: number };

/**
 * Plans a write of data with `checksum`. Identical content is never stored twice: the kept
 * backup with that checksum is renewed instead (sequence and time), so it counts as the newest.
 */
export function planWrite(entries: readonly CatalogEntry[], checksum: string, request: { readonly pin: boolean; readonly created: string }): WritePlan {
  const sequence = nextSequence(entries);
  const same = newestFirst(entries).find((e) => e.checksum === checksum);
  if (same) return { kind: 'reuse', entry: { ...same, sequence, created: request.created, pinned: same.pinned || request.pin } };
  return { kind: 'write', sequence };
}

/**
 * The backups to delete so that `kept` unpinned ones remain: the oldest by sequence. Pinned
 * backups are never pruned and do not count; neither is the newest, whatever `kept` says.
 */
export function toPrune(entries: readonly CatalogEntry[], kept: number): CatalogEntry[] {
  const ordered = newestFirst(entries);
  const newest = ordered[0];
  const unpinned = ordered.filter((e) => !e.pinned && e !== newest);
  return unpinned.slice(Math.max(0, kept - (newest && !newest.pinned ? 1 : 0)));
}

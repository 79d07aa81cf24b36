/**
 * The team connection's state as the UI shows it. Small and free of Yjs, so the main bundle
 * can show it while the sync code itself stays in a lazily loaded chunk.
 */
export type TeamConnection =
  /** No team configured on this device. */
  | 'off'
  /** Loading the sync code or opening the socket. */
  | 'connecting'
  | 'connected'
  /** The server cannot be reached; everything keeps working locally and merges later. */
  | 'offline'
  /** The server refused the invite (wrong, unknown or never valid). */
  | 'refused'
  /** The invite worked before and is refused now: an admin revoked it. */
  | 'revoked';

export interface TeamStatus {
  readonly connection: TeamConnection;
  /** When the server last acknowledged everything this device had (ISO). */
  readonly lastSynced?: string;
  /** Changes made here that the server has not acknowledged yet. */
  readonly pending: number;
  /** The server gave read-only access (a viewer's invite). */
  readonly readOnly: boolean;
  /** Who has each shared pack open right now, by pack id (names, this device's user excluded). */
  readonly online: Readonly<Record<string, readonly string[]>>;
  /** The packs my notes go to (I shared them or chose to contribute), by id. */
  readonly contributing: readonly string[];
}

export const TEAM_OFF: TeamStatus = { connection: 'off', pending: 0, readOnly: false, online: {}, contributing: [] };

type Listener = (status: TeamStatus) => void;

/** A tiny observable holding the latest status (one per running app). */
export function createTeamStatusStore(initial: TeamStatus = TEAM_OFF) {
  let current = initial;
  const listeners = new Set<Listener>();
  return {
    get: (): TeamStatus => current,
    set(patch: Partial<TeamStatus>): void {
      current = { ...current, ...patch };
      for (const l of listeners) l(current);
    },
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type TeamStatusStore = ReturnType<typeof createTeamStatusStore>;

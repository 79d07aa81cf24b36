import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Article } from '../../../corpus/model';
import { err, ok, type Result } from '../../../corpus/model';
import { parseInviteCode, type InviteError } from '../../../corpus/sync/invite-code';
import { parseServerAddress, type ServerAddressError } from '../../../corpus/sync/server-address';
import type { TeamMembership, TeamNote, TeamPack } from '../records';
import { useServices } from '../services';
import type { TeamClient } from './team-client';
import { createTeamStatusStore, TEAM_OFF, type TeamStatus } from './team-status';

export type JoinError = { readonly field: 'address'; readonly code: ServerAddressError } | { readonly field: 'invite'; readonly code: InviteError };

export interface Team {
  /** undefined while loading, null when this device is in no team. */
  readonly membership: TeamMembership | null | undefined;
  readonly status: TeamStatus;
  /** Checks and stores the address and invite, then reloads so the page may connect there. */
  join(address: string, invite: string): Promise<Result<void, JoinError[]>>;
  /** Leaves the team on this device; resolves with the undo. Notes stay. */
  leave(): Promise<() => Promise<void>>;
  /** Shares articles as a pack of the group (editors only). */
  sharePack(title: string, articles: readonly Article[]): Promise<string>;
}

const TeamContext = createContext<Team | null>(null);

/**
 * Runs the team connection when (and only when) this device is in a team: the sync code is a
 * dynamic import, so with sharing off it is never loaded and nothing leaves the machine.
 */
export function TeamProvider({ children, reload = () => window.location.reload() }: { children: ReactNode; reload?: () => void }) {
  const { db, bundled, host } = useServices();
  const record = useLiveQuery(async () => (await db.team.get('membership')) ?? null, [db]);
  const membership = record === undefined ? undefined : record && record.key === 'membership' ? record : null;
  const [store] = useState(() => createTeamStatusStore());
  const status = useSyncExternalStore(store.subscribe, store.get, () => TEAM_OFF);
  const [client, setClient] = useState<TeamClient>();

  const serverUrl = membership?.serverUrl;
  const memberKey = membership ? `${membership.serverUrl} ${membership.memberId} ${membership.token}` : '';
  useEffect(() => {
    if (!membership) {
      // Closes connect-src again (from the next load on); nothing to connect to now.
      if (membership === null) void host.setTeamServer(null);
      return;
    }
    let running: TeamClient | undefined;
    let cancelled = false;
    store.set({ connection: 'connecting', readOnly: membership.role === 'viewer' });
    void (async () => {
      // The page's CSP was fixed when it loaded: a server it did not allow needs one reload.
      const told = await host.setTeamServer(membership.serverUrl);
      if (cancelled) return;
      if (told.ok && told.value.changed) {
        reload();
        return;
      }
      const last = await db.team.get('lastSynced');
      if (last?.key === 'lastSynced') store.set({ lastSynced: last.at });
      const { startTeamClient } = await import('./team-client');
      if (cancelled) return;
      running = startTeamClient({ db, membership, bundled, status: store });
      setClient(running);
    })();
    return () => {
      cancelled = true;
      setClient(undefined);
      void running?.stop();
      store.set(TEAM_OFF);
    };
    // memberKey stands for the membership's identity; a new object with the same values changes nothing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db, bundled, host, store, memberKey, membership === null, serverUrl]);

  const join = useCallback(
    async (address: string, invite: string): Promise<Result<void, JoinError[]>> => {
      const server = parseServerAddress(address);
      const code = parseInviteCode(invite);
      const errors: JoinError[] = [];
      if (!server.ok) errors.push({ field: 'address', code: server.error });
      if (!code.ok) errors.push({ field: 'invite', code: code.error });
      if (!server.ok || !code.ok) return err(errors);
      const { memberId, groupId, groupName, name, role, token } = code.value;
      await db.transaction('rw', db.team, async () => {
        await db.team.clear();
        await db.team.put({
          key: 'membership',
          serverUrl: server.value.url,
          memberId,
          groupId,
          groupName,
          name,
          role,
          token,
          joinedAt: new Date().toISOString(),
        });
      });
      return ok(undefined);
    },
    [db],
  );

  const leave = useCallback(async () => {
    const records = await db.transaction('rw', db.team, async () => {
      const all = await db.team.toArray();
      await db.team.clear();
      return all;
    });
    return async () => {
      await db.team.bulkPut(records);
    };
  }, [db]);

  const sharePack = useCallback(
    (title: string, articles: readonly Article[]) => {
      if (!client) return Promise.reject(new Error('offline'));
      return client.sharePack(title, articles);
    },
    [client],
  );

  const value = useMemo<Team>(() => ({ membership, status, join, leave, sharePack }), [membership, status, join, leave, sharePack]);
  return <TeamContext.Provider value={value}>{children}</TeamContext.Provider>;
}

const NO_TEAM: Team = {
  membership: null,
  status: TEAM_OFF,
  join: () => Promise.resolve(err([])),
  leave: () => Promise.resolve(() => Promise.resolve()),
  sharePack: () => Promise.reject(new Error('no team')),
};

/** The team (membership, status, actions); outside a <TeamProvider> (tests), no team. */
export function useTeam(): Team {
  return useContext(TeamContext) ?? NO_TEAM;
}

/** Colleagues' notes on one article, live (never the user's own). */
export function useTeamNotes(articleId: string | undefined): readonly TeamNote[] | undefined {
  const { db } = useServices();
  return useLiveQuery(() => (articleId ? db.teamNotes.where('articleId').equals(articleId).toArray() : db.teamNotes.toArray()), [db, articleId]);
}

/** The group's shared packs, newest first. */
export function useTeamPacks(): readonly TeamPack[] | undefined {
  const { db } = useServices();
  return useLiveQuery(() => db.teamPacks.orderBy('created').reverse().toArray(), [db]);
}

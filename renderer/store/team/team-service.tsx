import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Article } from '../../../corpus/model';
import { err, ok, type Result } from '../../../corpus/model';
import { parseInviteCode, type InviteError } from '../../../corpus/sync/invite-code';
import { assignColleagueStyles } from '../../../corpus/sync/colleague-styles';
import type { Viewing } from '../../../corpus/sync/presence';
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
  /** Puts my notes on a colleague's pack's articles in that pack (editors; after the user confirmed). */
  contribute(packId: string): Promise<void>;
  /** Takes my notes out of a pack again (after the user confirmed); they stay on my computers. */
  withdraw(packId: string): Promise<void>;
  /** Announces what a view has open (presence) until the returned function is called. */
  announce(viewing: Viewing): () => void;
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
  // Every mounted view's "what I have open", passed to the client as one list.
  const views = useRef(new Map<number, Viewing>());
  const nextView = useRef(0);
  const clientRef = useRef<TeamClient | undefined>(undefined);
  useEffect(() => {
    clientRef.current = client;
    client?.setViewing([...views.current.values()]);
  }, [client]);
  const announce = useCallback((viewing: Viewing) => {
    const key = nextView.current++;
    views.current.set(key, viewing);
    clientRef.current?.setViewing([...views.current.values()]);
    return () => {
      views.current.delete(key);
      clientRef.current?.setViewing([...views.current.values()]);
    };
  }, []);

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

  const contribute = useCallback(
    (packId: string) => {
      if (!client) return Promise.reject(new Error('offline'));
      return client.contribute(packId);
    },
    [client],
  );

  const withdraw = useCallback(
    (packId: string) => {
      if (!client) return Promise.reject(new Error('offline'));
      return client.withdraw(packId);
    },
    [client],
  );

  const value = useMemo<Team>(
    () => ({ membership, status, join, leave, sharePack, contribute, withdraw, announce }),
    [membership, status, join, leave, sharePack, contribute, withdraw, announce],
  );
  return <TeamContext.Provider value={value}>{children}</TeamContext.Provider>;
}

const NO_TEAM: Team = {
  membership: null,
  status: TEAM_OFF,
  join: () => Promise.resolve(err([])),
  leave: () => Promise.resolve(() => Promise.resolve()),
  sharePack: () => Promise.reject(new Error('no team')),
  contribute: () => Promise.reject(new Error('no team')),
  withdraw: () => Promise.reject(new Error('no team')),
  announce: () => () => undefined,
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

/**
 * Says, while the calling view is mounted, that this device has `viewing` open (a shared
 * pack, or an article): colleagues in that pack see the user online. Nothing when undefined.
 */
export function usePresence(viewing: Viewing | undefined): void {
  const { announce } = useTeam();
  const key = viewing ? (viewing.kind === 'pack' ? `pack:${viewing.packId}` : `article:${viewing.articleId}`) : '';
  useEffect(() => {
    if (!viewing) return;
    return announce(viewing);
    // key stands for the viewing's value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [announce, key]);
}

/** Who else is online in the shared packs that hold this article (names, sorted, once each). */
export function useOnlineForArticle(articleId: string | undefined): readonly string[] {
  const { status } = useTeam();
  const packs = useTeamPacks();
  return useMemo(() => {
    if (!articleId || !packs) return [];
    const names = new Set<string>();
    for (const p of packs) if (p.articleIds.includes(articleId)) for (const n of status.online[p.id] ?? []) names.add(n);
    return [...names].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  }, [articleId, packs, status.online]);
}

/** Every colleague who has notes here → their highlight style (stable by author id). */
export function useColleagueStyles(): ReadonlyMap<string, number> {
  const { db } = useServices();
  const ids = useLiveQuery(() => db.teamNotes.orderBy('authorId').uniqueKeys(), [db]);
  return useMemo(() => assignColleagueStyles((ids ?? []) as string[]), [ids]);
}

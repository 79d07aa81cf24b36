import { err, ok, type Result } from '../../../corpus/model/result';
import { teamConnectOrigin } from '../../ipc/csp';

export interface TeamServerFileDeps {
  readonly readFile: (path: string) => Promise<string>;
  readonly writeFile: (path: string, text: string) => Promise<void>;
  /** `<userData>/team-server.json`. */
  readonly path: string;
}

/**
 * The team server the page may connect to, kept by the main process (the app protocol reads it
 * for every response's CSP) and in a small file so a restart opens the same origin before the
 * page asks. Holds the address only, never the invite.
 */
export interface TeamServerSetting {
  current(): string | undefined;
  set(url: string | null): Promise<Result<{ readonly changed: boolean }>>;
}

/**
 * The setting, available at once; the stored address is read in the background (`loaded`). A
 * page that loads before that finishes gets the closed policy, asks with `set`, hears
 * `changed` and reloads once.
 */
export function createTeamServerSetting(deps: TeamServerFileDeps): TeamServerSetting & { readonly loaded: Promise<void> } {
  let current: string | undefined;
  let setByPage = false;
  const loaded = deps
    .readFile(deps.path)
    .then(
      (text) => {
        const stored = JSON.parse(text) as { url?: unknown };
        if (!setByPage && typeof stored.url === 'string' && teamConnectOrigin(stored.url)) current = stored.url;
      },
      () => undefined,
    )
    .catch(() => undefined); // No file (sharing never configured) or a damaged one: sharing stays off until the page says.
  return {
    loaded,
    current: () => current,
    async set(url) {
      if (url !== null && !teamConnectOrigin(url)) return err(`url: expected a ws:// or wss:// address, got ${JSON.stringify(url.slice(0, 100))}`);
      setByPage = true;
      const next = url ?? undefined;
      const before = current === undefined ? undefined : teamConnectOrigin(current);
      const after = next === undefined ? undefined : teamConnectOrigin(next);
      current = next;
      try {
        await deps.writeFile(deps.path, JSON.stringify(next === undefined ? {} : { url: next }));
      } catch (error) {
        return err(`could not save the team server address: ${error instanceof Error ? error.message : String(error)}`);
      }
      return ok({ changed: before !== after });
    },
  };
}

import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { Log } from '../../server/log';

export const tempDataDir = (): string => mkdtempSync(join(tmpdir(), 'pizhu-team-'));

/** A log that keeps its lines, to assert what the server said (and that no token is in it). */
export function memoryLog(): { log: Log; lines: string[] } {
  const lines: string[] = [];
  return { lines, log: (level, event, fields = {}) => lines.push(`${level} ${event} ${JSON.stringify(fields)}`) };
}

export interface Client {
  readonly doc: Y.Doc;
  readonly provider: HocuspocusProvider;
  /** Resolves with 'synced' or 'refused' (authentication failed), whichever comes first. */
  readonly ready: Promise<'synced' | 'refused'>;
  readonly refusals: string[];
  /** The socket's last status: 'connecting' | 'connected' | 'disconnected'. */
  status(): string;
}

/** A colleague's app, as far as the server can tell: a Y document and a provider with a token. */
export function connect(port: number, name: string, token: string): Client {
  const doc = new Y.Doc();
  const refusals: string[] = [];
  let settle: (value: 'synced' | 'refused') => void = () => undefined;
  const ready = new Promise<'synced' | 'refused'>((resolve) => (settle = resolve));
  // Node 20 has no WebSocket of its own: the socket gets ws's.
  const socket = new HocuspocusProviderWebsocket({ url: `ws://127.0.0.1:${port}`, WebSocketPolyfill: WebSocket });
  let status = 'connecting';
  socket.on('status', ({ status: s }: { status: string }) => (status = s));
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    document: doc,
    token,
    onSynced: () => settle('synced'),
    onAuthenticationFailed: ({ reason }) => {
      refusals.push(reason);
      settle('refused');
    },
  });
  provider.attach();
  return { doc, provider, ready, refusals, status: () => status };
}

/** Waits until `check` holds, polling; fails with `what` after `ms`. */
export async function eventually(check: () => boolean, what: string, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Waits until the server has acknowledged every change this client made. */
export const acknowledged = (client: Client): Promise<void> => eventually(() => !client.provider.hasUnsyncedChanges, 'the server to acknowledge');

export function close(...clients: Client[]): void {
  for (const c of clients) {
    c.provider.destroy();
    c.provider.configuration.websocketProvider.destroy();
    c.doc.destroy();
  }
}

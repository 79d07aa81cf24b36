import { Database } from '@hocuspocus/extension-database';
import { Server, type Document } from '@hocuspocus/server';
import type { AddressInfo } from 'node:net';
import * as Y from 'yjs';
import { accessTo, ownEntryRule, packToCreate, type Access, type Member } from './access';
import { malformedMessage, messageUpdate } from './check-message';
import { createDocumentStore } from './document-store';
import { DEFAULT_LIMITS, type Limits } from './limits';
import type { Log } from './log';
import { openDatabase } from './open-database';
import { checkOwnEntries } from './own-entries';
import { connectRedis, REDIS_ORIGIN, redisAddress } from './redis';
import { createRegistry } from './registry';

export interface TeamServerOptions {
  readonly host: string;
  /** 0 picks a free port (tests); `port` on the result says which. */
  readonly port: number;
  readonly dataDir: string;
  readonly log: Log;
  readonly limits?: Limits;
  /** How often live connections are checked against revoked invites, ms. */
  readonly revocationPollMs?: number;
  /**
   * `redis://host:port`: share live updates with the other instances behind this Redis. Every
   * instance must use the same `dataDir` (one SQLite file, on one machine; see redis.ts).
   */
  readonly redis?: string;
  /** How long to wait for Redis at start before refusing, ms (default 5000). */
  readonly redisTimeoutMs?: number;
}

export interface TeamServer {
  readonly port: number;
  readonly host: string;
  /** Closes every connection, stores every document and the database. */
  stop(): Promise<void>;
}

/** What the server keeps about a connection after authenticating it. */
interface ConnectionContext {
  readonly member: Member;
  readonly access: Access;
}

/** Refusals all look alike: a guessed name, another group and a bad token teach nothing. */
const DENIED = 'permission-denied';

function contextOf(context: unknown): ConnectionContext | undefined {
  return typeof context === 'object' && context !== null && 'member' in context ? (context as ConnectionContext) : undefined;
}

/**
 * The Pizhu team server: Hocuspocus over WebSocket, one Y document per scope (see access.ts),
 * members, pack owners and documents in SQLite. Every document open is authorised in
 * `onAuthenticate`; viewers and colleagues' documents get read-only connections, which
 * Hocuspocus enforces by refusing their updates; documents a member may write only in part
 * (the pack list, a colleague's pack) have every update checked before it is applied.
 */
export async function startTeamServer(options: TeamServerOptions): Promise<TeamServer> {
  const { log } = options;
  const limits = options.limits ?? DEFAULT_LIMITS;
  const db = openDatabase(options.dataDir);
  const registry = createRegistry(db);
  const documents = createDocumentStore(db, { shared: options.redis !== undefined });
  const loaded = new Set<Document>();
  let redis;
  try {
    redis = options.redis === undefined ? undefined : await connectRedis(options.redis, log, options.redisTimeoutMs);
  } catch (error) {
    db.close();
    throw error;
  }

  /**
   * Refuses (closing that document's connection) an update from a member who may write only
   * some entries of the document, unless it changes only those; creates the packs it lists.
   */
  const checkOwnChange = (member: Member, documentName: string, document: Document, change: Uint8Array, earlier: readonly Uint8Array[]): void => {
    const rule = ownEntryRule(member, documentName, registry);
    const check = checkOwnEntries(document, change, rule, earlier);
    const lost = check.ok
      ? check.changed.flatMap((entry) => {
          const created = rule.creates(entry);
          if (!created) return [];
          const owner = registry.createPack(created.groupId, created.packId, member.id);
          if (owner === member.id) log('info', 'pack-created', { member: member.id, document: `pack/${created.groupId}/${created.packId}` });
          return owner === member.id ? [] : [created.packId];
        })
      : [];
    if (check.ok && lost.length === 0) return;
    const detail = check.ok ? `lists packs another member created first: ${lost.join(', ')}` : check.reason;
    log('warn', 'update-refused', { document: documentName, member: member.id, detail: detail.slice(0, 200) });
    throw new Error('update-refused');
  };

  /** Per connection, its updates that passed checkOwnChange, until the document holds them. */
  const accepted = new WeakMap<object, Uint8Array[]>();

  const server = new Server(
    {
      name: 'pizhu-team',
      address: options.host,
      port: options.port,
      quiet: true,
      // Our own SIGTERM handler stops in order (compact, close the database, log); Hocuspocus's would exit first.
      stopOnSignals: false,
      debounce: 2000,
      maxDebounce: 10_000,
      extensions: [
        ...(redis ? [redis] : []),
        new Database({
          fetch: async ({ documentName }) => documents.fetch(documentName),
          store: async ({ documentName, state }) => {
            // A store Hocuspocus finishes after stop() has nothing to add: the log has it all.
            if (db.open) documents.compact(documentName, state);
          },
        }),
      ],
      async onAuthenticate({ token, documentName, connectionConfig }) {
        const member = typeof token === 'string' ? registry.authenticate(token) : undefined;
        if (member) {
          // An editor opening a pack that does not exist yet creates it, and owns it.
          const created = packToCreate(member, documentName, registry);
          if (created && registry.createPack(created.groupId, created.packId, member.id) === member.id)
            log('info', 'pack-created', { member: member.id, document: documentName });
        }
        const access = member ? accessTo(member, documentName, registry) : 'deny';
        if (!member || access === 'deny') {
          log('warn', 'refused', { document: documentName.slice(0, 200), ...(member ? { member: member.id } : {}) });
          throw new Error(DENIED);
        }
        connectionConfig.readOnly = access === 'read';
        log('info', 'connected', { member: member.id, document: documentName, access });
        const context: ConnectionContext = { member: { id: member.id, groupId: member.groupId, name: member.name, role: member.role }, access };
        return context;
      },
      async afterLoadDocument({ document, documentName }) {
        // Appended synchronously as each update is applied, before Hocuspocus sends the ack.
        // What arrives from another instance through Redis, that instance has logged already.
        if (loaded.has(document)) return;
        loaded.add(document);
        document.on('update', (update: Uint8Array, origin: unknown) => {
          if (origin !== REDIS_ORIGIN) documents.append(documentName, update);
        });
      },
      async beforeHandleMessage({ update, documentName, document, context, connection: socket }) {
        if (update.byteLength > limits.maxMessageBytes) throw new Error('message-too-large');
        const malformed = malformedMessage(update);
        if (malformed) {
          log('warn', 'malformed', { document: documentName, member: contextOf(context)?.member.id ?? '', detail: malformed.slice(0, 200) });
          throw new Error('malformed-update');
        }
        if (documents.size(documentName) + update.byteLength > limits.maxDocumentBytes) {
          log('warn', 'document-full', { document: documentName });
          throw new Error('document-too-large');
        }
        const connection = contextOf(context);
        const change = connection?.access === 'own-entries' ? messageUpdate(update) : undefined;
        if (connection && change) {
          const snapshot = Y.snapshot(document);
          const earlier = (accepted.get(socket) ?? []).filter((u) => !Y.snapshotContainsUpdate(snapshot, u));
          checkOwnChange(connection.member, documentName, document, change, earlier);
          accepted.set(socket, [...earlier, change]);
        }
      },
      async afterUnloadDocument({ documentName }) {
        for (const d of loaded) if (d.name === documentName) loaded.delete(d);
      },
    },
    { maxPayload: limits.maxMessageBytes },
  );

  await server.listen();
  const address = server.httpServer.address() as AddressInfo;
  log('info', 'listening', { host: options.host, port: address.port, data: options.dataDir, ...(options.redis ? { redis: redisAddress(options.redis) } : {}) });

  // Revoking an invite (from the admin command, another process) cuts its live connections.
  let since = new Date().toISOString();
  const poll = setInterval(() => {
    const checkedAt = new Date().toISOString();
    const revoked = new Set(registry.revokedSince(since));
    since = checkedAt;
    if (revoked.size === 0) return;
    for (const document of server.hocuspocus.documents.values()) {
      for (const connection of document.getConnections()) {
        const member = contextOf(connection.context)?.member;
        if (member && revoked.has(member.id)) {
          log('info', 'revoked', { member: member.id, document: document.name });
          connection.close({ code: 4403, reason: DENIED });
        }
      }
    }
  }, options.revocationPollMs ?? 1000);

  return {
    port: address.port,
    host: options.host,
    async stop() {
      clearInterval(poll);
      // Compact what is loaded now; Hocuspocus's own destroy() waits for documents to unload,
      // which can take a debounce (or never come, if a store is in flight), so it gets a bound.
      for (const document of loaded) documents.compact(document.name, Y.encodeStateAsUpdate(document));
      // Behind Redis each unload waits a second more (the extension lets last syncs through).
      await Promise.race([server.destroy(), new Promise((r) => setTimeout(r, redis ? 3000 : 1000))]);
      // The extension quits Redis in onDestroy, which the bound above may cut short.
      for (const client of redis ? [redis.pub, redis.sub] : []) if (client.status !== 'end') client.disconnect(false);
      db.close();
      log('info', 'stopped');
    },
  };
}

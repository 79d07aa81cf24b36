import { Redis, type RedisInstance } from '@hocuspocus/extension-redis';
import type { onAwarenessUpdatePayload, onChangePayload } from '@hocuspocus/server';
import type { Log } from './log';

/**
 * Two or more team servers behind one Redis (Hocuspocus's own Redis extension): each instance
 * publishes the changes its clients make and applies what the others publish, so a client on
 * one server receives a colleague's update made on another. Access is still decided by each
 * instance for its own connections; Redis only carries updates that an instance already let in.
 *
 * Persistence stays one source of truth: every instance opens the same data folder (one SQLite
 * file in WAL mode, so the instances must run on one machine) and appends only the updates its
 * own clients sent (see team-server.ts); updates that arrive through Redis were logged by the
 * instance that received them.
 */

/** Yjs origin the extension gives the updates it applies from other instances. */
export const REDIS_ORIGIN = '__hocuspocus__redis__origin__';

/** The address without credentials, for logs and errors. */
export function redisAddress(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.host}${u.pathname.length > 1 ? u.pathname : ''}`;
}

/**
 * ioredis would otherwise give up on a publish after 20 retries and reject a promise Hocuspocus
 * does not wait for, which ends the process: the two hooks that publish on every change log
 * instead, and commands wait for Redis to come back (`maxRetriesPerRequest: null`).
 */
class QuietRedis extends Redis {
  constructor(
    configuration: ConstructorParameters<typeof Redis>[0],
    private readonly log: Log,
  ) {
    super(configuration);
  }

  override async onChange(data: onChangePayload): Promise<unknown> {
    try {
      return await super.onChange(data);
    } catch (error) {
      this.log('warn', 'redis-publish-failed', { document: data.documentName, detail: String(error).slice(0, 200) });
      return undefined;
    }
  }

  override async onAwarenessUpdate(data: onAwarenessUpdatePayload): Promise<number | undefined> {
    try {
      return await super.onAwarenessUpdate(data);
    } catch {
      return undefined;
    }
  }
}

const ready = (client: RedisInstance, ms: number): Promise<void> =>
  new Promise((resolve, reject) => {
    if (client.status === 'ready') return resolve();
    let lastError = 'no answer';
    const onError = (error: Error) => (lastError = error.message);
    const timer = setTimeout(() => {
      client.off('ready', onReady);
      client.off('error', onError);
      reject(new Error(lastError));
    }, ms);
    const onReady = () => {
      clearTimeout(timer);
      client.off('error', onError);
      resolve();
    };
    client.on('error', onError);
    client.once('ready', onReady);
  });

/** The Redis extension, connected; refuses with a clear message when Redis does not answer. */
export async function connectRedis(url: string, log: Log, timeoutMs = 5000): Promise<Redis> {
  const u = new URL(url);
  const db = u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0;
  const extension = new QuietRedis(
    {
      host: u.hostname,
      port: u.port ? Number(u.port) : 6379,
      prefix: 'pizhu',
      options: {
        db,
        maxRetriesPerRequest: null,
        ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
        ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
        ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
      },
    },
    log,
  );
  const address = redisAddress(url);
  try {
    await Promise.all([ready(extension.pub, timeoutMs), ready(extension.sub, timeoutMs)]);
  } catch (error) {
    extension.pub.disconnect(false);
    extension.sub.disconnect(false);
    throw new Error(`cannot reach Redis at ${address}: ${error instanceof Error ? error.message : String(error)}`);
  }
  // From here on a lost connection is logged once per change of state; ioredis reconnects by itself.
  let up = true;
  for (const client of [extension.pub, extension.sub]) {
    client.on('error', () => undefined);
    client.on('close', () => {
      if (up) log('warn', 'redis-lost', { redis: address });
      up = false;
    });
    client.on('ready', () => {
      if (!up) log('info', 'redis-back', { redis: address });
      up = true;
    });
  }
  log('info', 'redis', { redis: address, instance: extension.configuration.identifier });
  return extension;
}

import { parseArgs } from 'node:util';
import type { Role } from './access';

export type Command =
  | { readonly kind: 'serve'; readonly host: string; readonly port: number; readonly dataDir: string; readonly redis?: string }
  | { readonly kind: 'invite'; readonly dataDir: string; readonly group: string; readonly name: string; readonly role: Role }
  | { readonly kind: 'revoke'; readonly dataDir: string; readonly group: string; readonly name: string }
  | { readonly kind: 'members'; readonly dataDir: string; readonly group: string }
  | { readonly kind: 'help' };

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 1234;
export const DEFAULT_DATA_DIR = 'server-data';

export const USAGE = `Pizhu team server

  npm run server [-- --port 1234 --host 127.0.0.1 --data server-data]
  npm run server -- --redis redis://127.0.0.1:6379 --port 1235 --data server-data
                    (a second instance: same data folder, on the same machine, behind one Redis)
  npm run server -- invite  --group 会议组 --name 张三 --role editor|viewer
  npm run server -- revoke  --group 会议组 --name 张三
  npm run server -- members --group 会议组

Environment: PIZHU_TEAM_HOST, PIZHU_TEAM_PORT, PIZHU_TEAM_DATA, PIZHU_TEAM_REDIS (flags win).`;

/** `redis://[user:password@]host[:port][/db]` (or `rediss://` for TLS), as ioredis reads it. */
export function isRedisUrl(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  return (url.protocol === 'redis:' || url.protocol === 'rediss:') && url.hostname !== '' && /^(\/\d*)?$/.test(url.pathname);
}

type Parsed = { ok: true; command: Command } | { ok: false; error: string };

const fail = (error: string): Parsed => ({ ok: false, error });

/** Reads the command line (and the environment for defaults); every mistake is named. */
export function parseCommandLine(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): Parsed {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        host: { type: 'string' },
        port: { type: 'string' },
        data: { type: 'string' },
        redis: { type: 'string' },
        group: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { ok: true, command: { kind: 'help' } };
  if (positionals.length > 1) return fail(`one command at a time, got: ${positionals.join(' ')}`);
  const verb = positionals[0] ?? 'serve';
  const dataDir = values.data ?? env.PIZHU_TEAM_DATA ?? DEFAULT_DATA_DIR;
  const group = values.group?.trim();
  const name = values.name?.trim();

  switch (verb) {
    case 'serve': {
      const portText = values.port ?? env.PIZHU_TEAM_PORT ?? String(DEFAULT_PORT);
      const port = Number(portText);
      if (!/^\d+$/.test(portText) || port > 65535) return fail(`--port: expected a port number 0–65535, got ${JSON.stringify(portText)}`);
      const redis = values.redis ?? env.PIZHU_TEAM_REDIS;
      if (redis !== undefined && !isRedisUrl(redis)) return fail(`--redis: expected redis://host:port, got ${JSON.stringify(redis)}`);
      return { ok: true, command: { kind: 'serve', host: values.host ?? env.PIZHU_TEAM_HOST ?? DEFAULT_HOST, port, dataDir, ...(redis ? { redis } : {}) } };
    }
    case 'invite': {
      if (!group) return fail('invite: --group is required');
      if (!name) return fail('invite: --name is required');
      const role = values.role ?? 'editor';
      if (role !== 'editor' && role !== 'viewer') return fail(`--role: expected editor or viewer, got ${JSON.stringify(role)}`);
      return { ok: true, command: { kind: 'invite', dataDir, group, name, role } };
    }
    case 'revoke':
      if (!group) return fail('revoke: --group is required');
      if (!name) return fail('revoke: --name is required');
      return { ok: true, command: { kind: 'revoke', dataDir, group, name } };
    case 'members':
      if (!group) return fail('members: --group is required');
      return { ok: true, command: { kind: 'members', dataDir, group } };
    default:
      return fail(`unknown command ${JSON.stringify(verb)} (serve, invite, revoke, members)`);
  }
}

import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../server/command-line';

describe('server command line', () => {
  it.each([
    [[], {}, { kind: 'serve', host: '127.0.0.1', port: 1234, dataDir: 'server-data' }],
    [['--port', '0', '--data', '/tmp/x'], {}, { kind: 'serve', host: '127.0.0.1', port: 0, dataDir: '/tmp/x' }],
    [
      [],
      { PIZHU_TEAM_PORT: '4000', PIZHU_TEAM_HOST: '0.0.0.0', PIZHU_TEAM_DATA: '/srv/pizhu' },
      { kind: 'serve', host: '0.0.0.0', port: 4000, dataDir: '/srv/pizhu' },
    ],
    [['--port', '5000'], { PIZHU_TEAM_PORT: '4000' }, { kind: 'serve', host: '127.0.0.1', port: 5000, dataDir: 'server-data' }],
    [
      ['invite', '--group', '会议组', '--name', '张三', '--role', 'viewer'],
      {},
      { kind: 'invite', dataDir: 'server-data', group: '会议组', name: '张三', role: 'viewer' },
    ],
    [['invite', '--group', '会议组', '--name', ' 张三 '], {}, { kind: 'invite', dataDir: 'server-data', group: '会议组', name: '张三', role: 'editor' }],
    [['revoke', '--group', 'g', '--name', 'n'], {}, { kind: 'revoke', dataDir: 'server-data', group: 'g', name: 'n' }],
    [['members', '--group', 'g'], {}, { kind: 'members', dataDir: 'server-data', group: 'g' }],
    [['--redis', 'redis://127.0.0.1:6379'], {}, { kind: 'serve', host: '127.0.0.1', port: 1234, dataDir: 'server-data', redis: 'redis://127.0.0.1:6379' }],
    [
      [],
      { PIZHU_TEAM_REDIS: 'rediss://user:secret@cache.lan:6380/2' },
      { kind: 'serve', host: '127.0.0.1', port: 1234, dataDir: 'server-data', redis: 'rediss://user:secret@cache.lan:6380/2' },
    ],
    [
      ['--redis', 'redis://a:1'],
      { PIZHU_TEAM_REDIS: 'redis://b:2' },
      { kind: 'serve', host: '127.0.0.1', port: 1234, dataDir: 'server-data', redis: 'redis://a:1' },
    ],
  ] as const)('%j %j', (argv, env, command) => {
    expect(parseCommandLine(argv, env)).toEqual({ ok: true, command });
  });

  it.each([
    [['--port', 'http'], /--port: expected a port number/],
    [['--port', '70000'], /--port/],
    [['invite', '--name', '张三'], /--group is required/],
    [['invite', '--group', 'g'], /--name is required/],
    [['invite', '--group', 'g', '--name', 'n', '--role', 'admin'], /--role: expected editor or viewer/],
    [['launch'], /unknown command "launch"/],
    [['--colour', 'red'], /colour/],
    [['invite', 'revoke'], /one command at a time/],
    [['--redis', '127.0.0.1:6379'], /--redis: expected redis:\/\/host:port, got "127.0.0.1:6379"/],
    [['--redis', 'http://127.0.0.1:6379'], /--redis: expected redis:\/\/host:port/],
    [['--redis', 'redis://host/not-a-db'], /--redis/],
  ] as const)('%j is refused: %s', (argv, message) => {
    const parsed = parseCommandLine(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});

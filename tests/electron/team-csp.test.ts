import { describe, expect, it } from 'vitest';
import { TEAM_SERVER_COOKIE as RENDERER_COOKIE } from '../../corpus/sync/server-address';
import { createTeamServerSetting } from '../../electron/main/handlers/team-server';
import {
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
  metaContentSecurityPolicy,
  TEAM_SERVER_COOKIE,
  teamConnectOrigin,
  teamServerFromCookie,
} from '../../electron/ipc/csp';

const connectSrc = (policy: string) => policy.split('; ').find((d) => d.startsWith('connect-src'));

describe('contentSecurityPolicy with a team server', () => {
  it('with sharing off, connections go to the app only', () => {
    expect(contentSecurityPolicy()).toBe(CONTENT_SECURITY_POLICY);
    expect(connectSrc(contentSecurityPolicy(undefined))).toBe("connect-src 'self'");
  });

  it.each([
    ['plain ws', 'ws://127.0.0.1:1234', "connect-src 'self' ws://127.0.0.1:1234"],
    ['wss with a path', 'wss://team.example.org/pizhu', "connect-src 'self' wss://team.example.org"],
    ['default port dropped', 'wss://team.example.org:443', "connect-src 'self' wss://team.example.org"],
    ['ipv6', 'ws://[::1]:1234', "connect-src 'self' ws://[::1]:1234"],
  ])('opens exactly the configured origin: %s', (_name, address, expected) => expect(connectSrc(contentSecurityPolicy(address))).toBe(expected));

  it.each([
    ['http', 'http://team.example.org'],
    ['https', 'https://team.example.org'],
    ['a wildcard', 'wss://*.example.org'],
    ['a second directive smuggled in', "ws://a.org; script-src 'unsafe-inline'"],
    ['a space and another source', 'ws://a.org https://evil.example'],
    ['credentials', 'wss://user:secret@team.example.org'],
    ['a quote', "ws://a.org'"],
    ['empty', ''],
    ['not a url', 'team.example.org'],
  ])('opens nothing for %s', (_name, address) => {
    expect(teamConnectOrigin(address)).toBeUndefined();
    expect(contentSecurityPolicy(address)).toBe(CONTENT_SECURITY_POLICY);
  });

  it('changes nothing but connect-src', () => {
    const open = contentSecurityPolicy('wss://team.example.org').split('; ');
    const closed = CONTENT_SECURITY_POLICY.split('; ');
    expect(open.filter((d) => !closed.includes(d))).toEqual(["connect-src 'self' wss://team.example.org"]);
  });

  it('the meta tag leaves connect-src to the header (WebSockets only) and drops frame-ancestors', () => {
    const meta = metaContentSecurityPolicy();
    expect(connectSrc(meta)).toBe("connect-src 'self' ws: wss:");
    expect(meta).not.toMatch(/frame-ancestors|https?:|\*/);
  });
});

describe('the team server cookie (browser preview)', () => {
  it('has the same name in the renderer and the server', () => expect(RENDERER_COOKIE).toBe(TEAM_SERVER_COOKIE));

  it.each([
    ['absent', undefined, undefined],
    ['other cookies only', 'a=1; b=2', undefined],
    ['encoded address', `a=1; ${TEAM_SERVER_COOKIE}=${encodeURIComponent('ws://127.0.0.1:9')}; b=2`, 'ws://127.0.0.1:9'],
    ['bad encoding', `${TEAM_SERVER_COOKIE}=%E0%A4%A`, undefined],
  ])('%s', (_name, header, expected) => expect(teamServerFromCookie(header)).toBe(expected));
});

describe('the desktop app keeps the team server for the CSP', () => {
  function files(initial?: string) {
    const store = new Map<string, string>(initial === undefined ? [] : [['/u/team-server.json', initial]]);
    return {
      store,
      deps: {
        path: '/u/team-server.json',
        readFile: async (p: string) => {
          const text = store.get(p);
          if (text === undefined) throw new Error('ENOENT');
          return text;
        },
        writeFile: async (p: string, text: string) => void store.set(p, text),
      },
    };
  }

  it('starts closed, opens the configured origin (changed once), persists it, closes again', async () => {
    const { store, deps } = files();
    const setting = createTeamServerSetting(deps);
    await setting.loaded;
    expect(setting.current()).toBeUndefined();
    expect(await setting.set('ws://127.0.0.1:1234')).toEqual({ ok: true, value: { changed: true } });
    expect(await setting.set('ws://127.0.0.1:1234/')).toEqual({ ok: true, value: { changed: false } });
    expect(connectSrc(contentSecurityPolicy(setting.current()))).toBe("connect-src 'self' ws://127.0.0.1:1234");
    const restarted = createTeamServerSetting(deps);
    await restarted.loaded;
    expect(restarted.current()).toBe('ws://127.0.0.1:1234/');
    expect(await restarted.set(null)).toEqual({ ok: true, value: { changed: true } });
    expect(JSON.parse(store.get('/u/team-server.json')!)).toEqual({});
    expect(contentSecurityPolicy(restarted.current())).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses an address the CSP would not take, and ignores a damaged file', async () => {
    const setting = createTeamServerSetting(files('{"url": "https://evil.example"}').deps);
    await setting.loaded;
    expect(setting.current()).toBeUndefined();
    const refused = await setting.set("ws://a.org; script-src 'unsafe-inline'");
    expect(refused.ok).toBe(false);
    expect(setting.current()).toBeUndefined();
    const damaged = createTeamServerSetting(files('not json').deps);
    await damaged.loaded;
    expect(damaged.current()).toBeUndefined();
  });
});

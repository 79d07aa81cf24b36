/**
 * The app's web-security constants, shared by Electron's protocol handler, the browser
 * preview's server/meta tag and the tests. No imports, safe for every layer.
 */

/** The privileged scheme the renderer is served from. Never change: IndexedDB is per origin. */
export const APP_SCHEME = 'pizhu';
/** The one host of the app scheme. */
export const APP_HOST = 'app';
/** `pizhu://app` — the only origin allowed to call IPC or be navigated to. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the main window opens. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The origin a team server address opens in `connect-src`, or undefined when the address is
 * not a plain `ws://` / `wss://` URL (anything else — another scheme, credentials, a quote or
 * a space that could smuggle in another directive — opens nothing).
 */
export function teamConnectOrigin(address: string | undefined): string | undefined {
  if (address === undefined || !/^wss?:\/\/[A-Za-z0-9.\-[\]:]+(\/[A-Za-z0-9._~/-]*)?$/.test(address)) return undefined;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  if ((url.protocol !== 'ws:' && url.protocol !== 'wss:') || url.hostname === '' || url.username !== '' || url.password !== '') return undefined;
  return `${url.protocol}//${url.host}`;
}

/**
 * Content-Security-Policy sent with every app response (and usable as a `<meta>` tag in the
 * browser preview, where `frame-ancestors` is ignored but harmless). No inline or remote script,
 * no remote connections; inline styles stay allowed because React sets `style` attributes.
 * With a team server configured, `connect-src` opens to that one origin and nothing else.
 */
export function contentSecurityPolicy(teamServer?: string): string {
  const team = teamConnectOrigin(teamServer);
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    team ? `connect-src 'self' ${team}` : "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The policy as a `<meta>` tag baked into index.html: the same, minus `frame-ancestors` (a meta
 * tag cannot carry it) and with `connect-src` open to WebSocket URLs. Every policy a page has
 * is enforced, so the meta tag cannot narrow `connect-src` to the configured team server (it is
 * built before anyone configures one); the header that both the Electron protocol and the
 * preview server always send does, and with sharing off it allows only `'self'`.
 */
export function metaContentSecurityPolicy(): string {
  return contentSecurityPolicy()
    .split('; ')
    .filter((d) => !d.startsWith('frame-ancestors'))
    .map((d) => (d.startsWith('connect-src') ? "connect-src 'self' ws: wss:" : d))
    .join('; ');
}

/** The policy with sharing off: connections only to the app itself. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/**
 * The cookie the browser preview keeps the configured team server in, so the preview server
 * can open `connect-src` to it (a page's CSP is fixed when it loads: the app reloads after
 * joining). It holds only the address, never the invite.
 */
export const TEAM_SERVER_COOKIE = 'pizhu-team-server';

/** The team server address a request's Cookie header names, if any. */
export function teamServerFromCookie(cookieHeader: string | undefined): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name !== TEAM_SERVER_COOKIE) continue;
    try {
      return decodeURIComponent(rest.join('='));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** True when `url` is on the app's own origin, `pizhu://app`. */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}

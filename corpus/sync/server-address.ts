import { err, ok, type Result } from '../model';

export type ServerAddressError = 'address-empty' | 'address-invalid' | 'address-scheme' | 'address-credentials' | 'address-path';

/**
 * Checks the team server address a user typed: a `ws://` or `wss://` URL with a host, no
 * user name or password in it (they would end up in logs and the CSP), no query. Returns the
 * URL as the app will open it and its origin (what the Content-Security-Policy lets through).
 */
export function parseServerAddress(text: string): Result<{ readonly url: string; readonly origin: string }, ServerAddressError> {
  const trimmed = text.trim();
  if (trimmed === '') return err('address-empty');
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return err('address-invalid');
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') return err('address-scheme');
  if (url.hostname === '') return err('address-invalid');
  if (url.username !== '' || url.password !== '') return err('address-credentials');
  if (url.search !== '' || url.hash !== '' || !/^[A-Za-z0-9._~/-]*$/.test(url.pathname)) return err('address-path');
  const origin = `${url.protocol}//${url.host}`;
  const path = url.pathname === '/' ? '' : url.pathname;
  return ok({ url: origin + path, origin });
}

/**
 * The cookie the browser preview keeps the configured team server in (the preview server
 * reads it to open `connect-src`; electron/ipc/csp.ts holds the same name, a test checks).
 */
export const TEAM_SERVER_COOKIE = 'pizhu-team-server';

import { err, ok, type Result } from '../model';

export type ServerAddressError = 'address-empty' | 'address-invalid' | 'address-scheme' | 'address-credentials' | 'address-path';

/**
 * Checks the team server address a user typed: a `ws://` or `wss://` URL with a host (name,
 * IPv4 or [IPv6]) and optional port, no user name or password in it (they would end up in logs
 * and the CSP), no query. Returns the URL as the app will open it and its origin (what the
 * Content-Security-Policy lets through; the default port is left out, as browsers do).
 */
export function parseServerAddress(text: string): Result<{ readonly url: string; readonly origin: string }, ServerAddressError> {
  const trimmed = text.trim();
  if (trimmed === '') return err('address-empty');
  // corpus/ has no URL class (pure ES): the few forms a server address may take, by hand.
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/(.*)$/.exec(trimmed);
  if (!scheme) return err('address-invalid');
  const protocol = scheme[1]!.toLowerCase();
  if (protocol !== 'ws' && protocol !== 'wss') return err('address-scheme');
  const rest = scheme[2]!;
  const authority = /^[^/?#]*/.exec(rest)![0];
  if (authority.includes('@')) return err('address-credentials');
  const tail = rest.slice(authority.length);
  if (tail.includes('?') || tail.includes('#') || !/^[A-Za-z0-9._~/-]*$/.test(tail)) return err('address-path');
  const host = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?$/.exec(authority);
  if (!host || host[1]!.startsWith('.') || host[1]!.endsWith('-')) return err('address-invalid');
  const port = host[2];
  if (port !== undefined && Number(port) > 65535) return err('address-invalid');
  const defaultPort = protocol === 'ws' ? '80' : '443';
  const origin = `${protocol}://${host[1]!.toLowerCase()}${port !== undefined && Number(port) !== Number(defaultPort) ? `:${Number(port)}` : ''}`;
  const path = tail.replace(/\/+$/, '');
  return ok({ url: origin + path, origin });
}

/**
 * The cookie the browser preview keeps the configured team server in (the preview server
 * reads it to open `connect-src`; electron/ipc/csp.ts holds the same name, a test checks).
 */
export const TEAM_SERVER_COOKIE = 'pizhu-team-server';

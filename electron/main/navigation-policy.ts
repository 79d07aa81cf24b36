import { isAppUrl } from '../ipc/csp';

export { isAppUrl };

/**
 * Pure decisions behind the window hardening (wired in `harden-web-contents.ts`), kept apart so
 * Node tests cover every branch without an Electron binary.
 */

/**
 * True when `url` may be handed to the OS browser: http(s) only, with a host and no
 * credentials. Everything else (file:, javascript:, custom schemes that launch programs, smb:)
 * is refused, because `shell.openExternal` would happily run it.
 */
export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
}

/** In-page navigation (`will-navigate`, `will-redirect`): only within the app origin. */
export function allowNavigation(url: string): boolean {
  return isAppUrl(url);
}

/** What to do with `window.open` / `target=_blank`: never a new window; maybe the OS browser. */
export type WindowOpenDecision = { readonly action: 'deny'; readonly openExternally: boolean };

export function decideWindowOpen(url: string): WindowOpenDecision {
  return { action: 'deny', openExternally: isSafeExternalUrl(url) };
}

/**
 * Permissions the page may have. Empty on purpose: a reader needs no camera, location or
 * notifications. (Should the renderer ever use `navigator.clipboard.writeText`, add
 * 'clipboard-sanitized-write' here, app origin only.)
 */
// Writing plain text to the clipboard ("copy quote"); reading it stays denied.
export const ALLOWED_PERMISSIONS: readonly string[] = ['clipboard-sanitized-write'];

/** Permission requests and checks: granted only if listed above and asked by the app origin. */
export function allowPermission(permission: string, requestingUrl: string): boolean {
  return ALLOWED_PERMISSIONS.includes(permission) && isAppUrl(requestingUrl);
}

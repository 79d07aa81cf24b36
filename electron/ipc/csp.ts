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
 * Content-Security-Policy sent with every app response (and usable as a `<meta>` tag in the
 * browser preview, where `frame-ancestors` is ignored but harmless). No inline or remote script,
 * no remote connections; inline styles stay allowed because React sets `style` attributes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

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

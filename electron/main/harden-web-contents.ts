import type { Session, WebContents } from 'electron';
import { allowNavigation, allowPermission, decideWindowOpen } from './navigation-policy';

/** Opens a URL in the OS browser; only ever called with a URL `isSafeExternalUrl` accepted. */
export type OpenExternal = (url: string) => Promise<void>;

/**
 * Locks down one WebContents: no navigation off the app origin, no new windows (safe http(s)
 * links go to the OS browser), no `<webview>`. Called for every WebContents from
 * `app.on('web-contents-created')`, so windows created later (PDF rendering) are covered too.
 */
export function hardenWebContents(contents: WebContents, openExternal: OpenExternal): void {
  contents.on('will-navigate', (event) => {
    if (!allowNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!allowNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!allowNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternally) void openExternal(url).catch(() => undefined);
    return { action: decision.action };
  });
}

/** Denies every permission request and check the policy does not allow. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((contents, permission, callback) => {
    callback(allowPermission(permission, contents.getURL()));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => allowPermission(permission, requestingOrigin));
}

import type { CustomScheme } from 'electron';
import { APP_SCHEME, contentSecurityPolicy } from '../ipc/csp';
import { resolveAppPath } from './app-path';
import { mimeTypeFor } from './mime-types';

/**
 * `pizhu` is registered as a standard, secure scheme so the page gets a real origin
 * (`pizhu://app`) with IndexedDB, `fetch` and CORS semantics like https. Must be passed to
 * `protocol.registerSchemesAsPrivileged` before the app is ready.
 */
export const APP_SCHEME_PRIVILEGES: readonly CustomScheme[] = [
  {
    scheme: APP_SCHEME,
    privileges: {
      standard: true,
      secure: true,
      supportFetchAPI: true,
      corsEnabled: true,
      stream: true,
      codeCache: true,
      bypassCSP: false,
      allowServiceWorkers: false,
    },
  },
];

/**
 * Headers every app response carries, errors included. `teamServer` (the address the user
 * configured, if any) is the one origin `connect-src` opens beyond the app's own.
 */
export function securityHeaders(teamServer?: string): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(teamServer),
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    // The app folder only changes with a new build; never let a stale asset outlive it.
    'Cache-Control': 'no-cache',
  };
}

export interface AppProtocolDeps {
  /** Absolute path of the built renderer (dist/renderer). */
  readonly root: string;
  readonly readFile: (path: string) => Promise<Uint8Array<ArrayBuffer>>;
  /**
   * In-memory documents by path (e.g. `/__print/<id>.html` for PDF rendering), consulted
   * before the file system. Returns undefined when the path is not a virtual document.
   */
  readonly virtualDocument?: (pathname: string) => string | undefined;
  /** The configured team server, read for every response (see handlers/team-server.ts). */
  readonly teamServer?: () => string | undefined;
  /** Told about refused requests, for the log. */
  readonly onRefused?: (url: string, reason: string) => void;
}

function textResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/**
 * The parts of a request the handler reads. Chromium normally hands us a normalized URL (dot
 * segments already collapsed); the checks in `resolveAppPath` still treat it as hostile.
 */
export type AppRequest = Pick<Request, 'method' | 'url'>;

/**
 * The `protocol.handle('pizhu', …)` handler: serves files from the renderer folder only,
 * with the right Content-Type and the CSP on every response.
 */
export function createAppProtocolHandler(deps: AppProtocolDeps): (request: AppRequest) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return textResponse(405, `method not allowed: ${request.method}`);
    }
    const resolved = resolveAppPath(deps.root, request.url);
    if (!resolved.ok) {
      deps.onRefused?.(request.url, resolved.error);
      return textResponse(403, 'forbidden');
    }
    const virtual = deps.virtualDocument?.(new URL(request.url).pathname);
    if (virtual !== undefined) {
      return new Response(request.method === 'HEAD' ? null : virtual, {
        status: 200,
        headers: { ...securityHeaders(deps.teamServer?.()), 'Content-Type': 'text/html; charset=utf-8' },
      });
    }
    let body: Uint8Array<ArrayBuffer>;
    try {
      body = await deps.readFile(resolved.value);
    } catch {
      return textResponse(404, 'not found');
    }
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: { ...securityHeaders(deps.teamServer?.()), 'Content-Type': mimeTypeFor(resolved.value) },
    });
  };
}

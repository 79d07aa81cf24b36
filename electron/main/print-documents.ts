import { randomUUID } from 'node:crypto';
import { APP_ORIGIN } from '../ipc/csp';

/** Where print documents are served: `pizhu://app/__print/<uuid>.html`. */
export const PRINT_PATH_PREFIX = '/__print/';

export interface PrintDocument {
  readonly url: string;
  /** Forgets the document; later requests for its URL get a 404. */
  dispose(): void;
}

export interface PrintDocuments {
  add(html: string): PrintDocument;
  /** The document at an app URL path, if one is registered. */
  get(pathname: string): string | undefined;
}

/**
 * In-memory HTML documents served by the app protocol while a PDF is rendered. Serving them
 * from `pizhu://app` (rather than a data: URL) avoids Chromium's URL length limit on large
 * meeting packs and lets the document use the app's fonts, under the same CSP as the app.
 * Unguessable ids: the main window cannot stumble on another document.
 */
export function createPrintDocuments(): PrintDocuments {
  const documents = new Map<string, string>();
  return {
    add(html) {
      const path = `${PRINT_PATH_PREFIX}${randomUUID()}.html`;
      documents.set(path, html);
      return { url: `${APP_ORIGIN}${path}`, dispose: () => documents.delete(path) };
    },
    get: (pathname) => documents.get(pathname),
  };
}

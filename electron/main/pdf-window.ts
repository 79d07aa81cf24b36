import { printFooterTemplate } from '../../corpus/export/print-html';
import type { SavePdfRequest } from '../ipc/contract';
import type { RenderPdf } from './handlers/save-pdf';
import { createPdfWindow } from './main-window-options';
import type { PrintDocuments } from './print-documents';

/** Rendering a briefing takes well under a second; anything this slow is stuck. */
const RENDER_TIMEOUT_MS = 60_000;
/**
 * With JavaScript off we cannot await `document.fonts.ready`; 'did-finish-load' fires after
 * the load event, and a short settle lets late font swaps reach layout before printing.
 */
const FONT_SETTLE_MS = 250;

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * A RenderPdf that loads the HTML in a hidden, sandboxed window with JavaScript disabled and
 * prints it with the page's own CSS page size. Each call uses a fresh window, destroyed after.
 */
export function createPdfRenderer(documents: PrintDocuments): RenderPdf {
  return async (html: string, pageSize: SavePdfRequest['pageSize'], lang: SavePdfRequest['lang']) => {
    const document = documents.add(html);
    const window = createPdfWindow();
    try {
      const render = async (): Promise<Uint8Array> => {
        await window.loadURL(document.url);
        await delay(FONT_SETTLE_MS);
        return window.webContents.printToPDF({
          pageSize,
          printBackground: true,
          preferCSSPageSize: true,
          // Chromium prints no CSS @page margin boxes: the page footer comes from a template.
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate: printFooterTemplate(lang),
        });
      };
      return await withTimeout(render(), RENDER_TIMEOUT_MS, 'PDF rendering');
    } finally {
      document.dispose();
      if (!window.isDestroyed()) window.destroy();
    }
  };
}

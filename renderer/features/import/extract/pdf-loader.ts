import type { PdfJsEnvironment, PdfJsModule } from './pdf-js-types';

let loaded: Promise<PdfJsEnvironment> | undefined;

/**
 * pdf.js for the browser, loaded on first use (a 1 MB module nobody needs until a PDF is
 * imported). The worker comes from the app's own origin through Vite's `?url` (the CSP allows
 * `worker-src 'self' blob:`); no CMap or font URL is set, so pdf.js never fetches anything.
 */
export function loadPdfJs(): Promise<PdfJsEnvironment> {
  loaded ??= Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]).then(([pdfjs, worker]) => {
    pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
    return { pdfjs: pdfjs as unknown as PdfJsModule };
  });
  return loaded;
}

/** pdf.js for Node (the legacy build, no worker), with the standard fonts it ships. */
import { join } from 'node:path';
import type { PdfJsEnvironment, PdfJsModule } from '../../renderer/features/import/extract/pdf-js-types';
import { ROOT } from '../corpus-files';

export async function loadNodePdfJs(): Promise<PdfJsEnvironment> {
  const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJsModule;
  return { pdfjs, assets: { standardFontDataUrl: `${join(ROOT, 'node_modules/pdfjs-dist/standard_fonts')}/` } };
}

import { declaredHtmlCharset, decodeBytes } from '../../../../corpus/ingest/detect-encoding';
import { markdownDocument } from '../../../../corpus/ingest/markdown';
import { textDocument, type SourceDocument } from '../../../../corpus/ingest';
import { err, ok, type Result } from '../../../../corpus/model/result';
import type { ImportFormat, ImportRefusal } from '../import-file';
import { extractDocx } from './extract-docx';
import { extractHtml } from './extract-html';
import { extractPdfWith, type ExtractPdfOptions } from './extract-pdf';
import type { PdfJsEnvironment } from './pdf-js-types';

export interface ExtractOptions {
  /** pdf.js for this environment: the browser's (worker, lazily loaded) or Node's legacy build. */
  readonly loadPdf: () => Promise<PdfJsEnvironment>;
  /** Progress inside one large file (PDF pages). */
  readonly onPage?: ExtractPdfOptions['onPage'];
}

/** Bytes of a text format → text, with the encoding named; uncertain or binary bytes are refused. */
function decode(bytes: Uint8Array, declared?: string): Result<{ text: string; encoding: string }, ImportRefusal> {
  const decoded = decodeBytes(bytes, declared);
  if (!decoded.ok) {
    const { reason, detail } = decoded.error;
    return err(detail !== undefined ? { reason, detail } : { reason });
  }
  return ok(decoded.value);
}

/**
 * Bytes of one file → the format-neutral SourceDocument the normalizer reads: the one
 * dispatch point for every format, used by the app's importer and by `npm run corpus:report`.
 * Text formats are decoded by detection (a charset an HTML page declares is only a hint);
 * Word and PDF files are read by their own parsers. Every failure is a refusal that names why.
 */
export async function extractDocument(format: ImportFormat, bytes: Uint8Array, options: ExtractOptions): Promise<Result<SourceDocument, ImportRefusal>> {
  switch (format) {
    case 'text':
    case 'markdown': {
      const decoded = decode(bytes);
      if (!decoded.ok) return decoded;
      const doc = format === 'text' ? textDocument(decoded.value.text) : markdownDocument(decoded.value.text);
      return ok({ ...doc, encoding: decoded.value.encoding });
    }
    case 'html': {
      const decoded = decode(bytes, declaredHtmlCharset(bytes));
      if (!decoded.ok) return decoded;
      return ok({ ...extractHtml(decoded.value.text), encoding: decoded.value.encoding });
    }
    case 'docx':
      return extractDocx(bytes);
    case 'pdf': {
      let pdfjs: PdfJsEnvironment;
      try {
        pdfjs = await options.loadPdf();
      } catch (error) {
        // Not the file's fault: the PDF reader itself could not start.
        return err({ reason: 'unreadable', detail: `PDF reader: ${error instanceof Error ? error.message : String(error)}` });
      }
      return extractPdfWith(pdfjs, bytes, options.onPage ? { onPage: options.onPage } : {});
    }
  }
}

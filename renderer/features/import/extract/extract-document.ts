import { textDocument, type SourceDocument } from '../../../../corpus/ingest';
import { ok, type Result } from '../../../../corpus/model/result';
import { decodeImportBytes } from '../decode-import';
import { htmlToText } from '../html-to-text';
import type { ImportFormat, ImportRefusal } from '../import-file';
import { markdownToText } from '../markdown-to-text';

/**
 * Bytes of one file → the format-neutral SourceDocument the normalizer reads: the one
 * dispatch point for every format, used by the app's importer and by `npm run corpus:report`.
 */
export async function extractDocument(format: ImportFormat, bytes: Uint8Array): Promise<Result<SourceDocument, ImportRefusal>> {
  switch (format) {
    case 'text':
    case 'markdown':
    case 'html': {
      const decoded = decodeImportBytes(bytes);
      if (!decoded.ok) return decoded;
      const text = decoded.value.text;
      const plain = format === 'text' ? text : format === 'markdown' ? markdownToText(text) : htmlToText(text).text;
      return ok({ ...textDocument(plain, format), encoding: decoded.value.encoding });
    }
    case 'docx':
    case 'pdf':
      return Promise.resolve({ ok: false, error: { reason: 'unsupported', detail: `.${format}` } });
  }
}

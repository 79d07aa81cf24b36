import { err, ok, type Result } from '../../../corpus/model/result';
import { normalizeArticle } from '../../../corpus/normalize';
import type { ImportedArticle } from '../../store/records';
import { decodeImportBytes } from './decode-import';
import { htmlToText } from './html-to-text';
import { checkImportFile, type ImportFormat, type ImportRefusal, type ImportSource } from './import-file';
import { markdownToText } from './markdown-to-text';

/** Imported article ids: `imp-` + the clean text's hash, so the same content always gets the same id. */
export const importedArticleId = (contentHash: string): string => `imp-${contentHash}`;

/** Content hash → title of every article already in the library (bundled and imported). */
export type KnownArticles = ReadonlyMap<string, string>;

function toPlainText(format: ImportFormat, decoded: string): string {
  switch (format) {
    case 'text':
      return decoded;
    case 'markdown':
      return markdownToText(decoded);
    case 'html':
      return htmlToText(decoded).text;
    case 'docx':
    case 'pdf':
      // Not reached yet: FORMATS does not map .docx/.pdf until their extractors land.
      return '';
  }
}

/**
 * One file → an ImportedArticle, or the reason it is refused: type and size first (without
 * reading), then decoding, format reduction and the shared normalizer, then duplicates by
 * content hash against `known`. Touches no storage.
 */
export async function prepareImport(source: ImportSource, known: KnownArticles, now: Date): Promise<Result<ImportedArticle, ImportRefusal>> {
  const checked = checkImportFile(source);
  if (!checked.ok) return checked;
  let bytes: Uint8Array;
  try {
    bytes = await source.load();
  } catch (error) {
    return err({ reason: 'unreadable', detail: error instanceof Error ? error.message : String(error) });
  }
  // The host may report a size before reading; trust the bytes.
  const recheck = checkImportFile({ name: source.name, size: bytes.length });
  if (!recheck.ok) return recheck;
  const decoded = decodeImportBytes(bytes);
  if (!decoded.ok) return decoded;
  const text = toPlainText(checked.value, decoded.value.text);
  if (text.trim() === '') return err({ reason: 'empty' });
  const { article } = normalizeArticle({ fileName: source.name, text, origin: 'imported' });
  if (article.blocks.length === 0) return err({ reason: 'empty' });
  const duplicateOf = known.get(article.contentHash);
  if (duplicateOf !== undefined) return err({ reason: 'duplicate', detail: duplicateOf });
  return ok({
    ...article,
    id: importedArticleId(article.contentHash),
    importedAt: now.toISOString(),
    encoding: decoded.value.encoding,
  });
}

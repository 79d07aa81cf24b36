import { err, ok, type Result } from '../../../corpus/model/result';
import { normalizeDocument } from '../../../corpus/normalize';
import type { ImportedArticle } from '../../store/records';
import { extractDocument, type ExtractOptions } from './extract/extract-document';
import { loadPdfJs } from './extract/pdf-loader';
import { checkImportFile, type ImportRefusal, type ImportSource } from './import-file';
import { checkArticleLength } from './import-limits';

/** Imported article ids: `imp-` + the clean text's hash, so the same content always gets the same id. */
export const importedArticleId = (contentHash: string): string => `imp-${contentHash}`;

/** Content hash → title of every article already in the library (bundled and imported). */
export type KnownArticles = ReadonlyMap<string, string>;

/** The browser's extractor environment: pdf.js with its worker, loaded on the first PDF. */
const BROWSER_EXTRACT: ExtractOptions = { loadPdf: loadPdfJs };

/**
 * One file → an ImportedArticle, or the reason it is refused: type and size first (without
 * reading), then the format's extractor (decoding, Readability, mammoth, pdf.js) and the
 * shared normalizer, then duplicates by content hash against `known`. Touches no storage.
 */
export async function prepareImport(
  source: ImportSource,
  known: KnownArticles,
  now: Date,
  extract: ExtractOptions = BROWSER_EXTRACT,
): Promise<Result<ImportedArticle, ImportRefusal>> {
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
  const extracted = await extractDocument(checked.value, bytes, extract);
  if (!extracted.ok) return extracted;
  const document = extracted.value;
  if (document.lines.every((l) => l.text.trim() === '')) return err({ reason: 'empty' });
  // Longer than the reader stays responsive for: refused before the (linear but slow) cleaning run.
  const sized = checkArticleLength(document);
  if (!sized.ok) return sized;
  const { article } = normalizeDocument({ fileName: source.name, document, origin: 'imported' });
  if (article.blocks.length === 0) return err({ reason: 'empty' });
  const duplicateOf = known.get(article.contentHash);
  if (duplicateOf !== undefined) return err({ reason: 'duplicate', detail: duplicateOf });
  return ok({
    ...article,
    id: importedArticleId(article.contentHash),
    importedAt: now.toISOString(),
    encoding: document.encoding ?? document.format,
  });
}

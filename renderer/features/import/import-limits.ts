import type { SourceDocument } from '../../../corpus/ingest/source-document';
import { err, ok, type Result } from '../../../corpus/model/result';
import type { ImportRefusal } from './import-file';

/**
 * The longest text the importer accepts: 200,000 characters (20 万字), about ten times a
 * government work report and three times a five-year-plan outline. Measured in Chromium on a
 * 2-core machine (`npm run bench`, `largeImport`): at this length an import finishes in under
 * 2 s and the article opens in under 1 s; at 1 MB of Chinese text (~36 万字) opening already
 * takes 1.5–2 s, and a 20 MB text took 40 s to import and 54 s to open. The 20 MB byte limit
 * (MAX_IMPORT_BYTES) still guards reading; this one guards what the reader has to lay out.
 */
export const MAX_ARTICLE_CHARS = 200_000;

/** More pages than this are refused as too large rather than freezing the import. */
export const MAX_PDF_PAGES = 300;

/**
 * The characters a reader would count in the extracted text: everything but whitespace, in
 * UTF-16 units (the unit of clean-text offsets; a character outside the BMP counts twice).
 */
export function countTextChars(document: Pick<SourceDocument, 'lines'>): number {
  let count = 0;
  for (const line of document.lines) count += line.text.length - (line.text.match(/\s/gu)?.length ?? 0);
  return count;
}

/** `12345678` → `1234.6`: 万 (10,000) with one decimal below 100 万, whole 万 above; no `.0`. */
export function wan(chars: number): string {
  const value = chars / 10_000;
  const rounded = value >= 100 ? Math.round(value) : Math.round(value * 10) / 10;
  return rounded.toString();
}

/** The refusal detail for a text over the limit, e.g. `约 724 万字，超过 20 万字的上限`. */
export function tooLongDetail(chars: number, limit: number = MAX_ARTICLE_CHARS): string {
  return `约 ${wan(chars)} 万字，超过 ${wan(limit)} 万字的上限`;
}

/**
 * Refuses (`too-long`, with the count as its detail; the message is worded per language) a document whose text is longer than
 * `limit`; checked after extraction and before normalizing, so an over-long file is turned
 * away in well under a second instead of after the full cleaning run.
 */
export function checkArticleLength(document: SourceDocument, limit: number = MAX_ARTICLE_CHARS): Result<SourceDocument, ImportRefusal> {
  const chars = countTextChars(document);
  return chars > limit ? err({ reason: 'too-long', detail: String(chars) }) : ok(document);
}

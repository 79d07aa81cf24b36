import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { textDocument } from '../../../corpus/ingest';
import { decodeBytes } from '../../../corpus/ingest/detect-encoding';
import { markdownDocument } from '../../../corpus/ingest/markdown';
import type { Article } from '../../../corpus/model';
import { normalizeDocument } from '../../../corpus/normalize';
import { importFile } from '../../../build/report/import-folder';

/** `../shared/real-briefings/` beside the checkout; the texts are read there, never copied into the repo. */
export const REAL_BRIEFINGS = fileURLToPath(new URL('../../../../shared/real-briefings/', import.meta.url));

export const realBriefingsPresent = (): boolean => existsSync(REAL_BRIEFINGS);

/**
 * A real briefing (.txt or .md) through the app's own text import path: encoding detection,
 * the Markdown or plain-text source document, then the normalizer. Throws when it cannot be read.
 */
export function loadRealArticle(file: string): Article {
  const decoded = decodeBytes(new Uint8Array(readFileSync(join(REAL_BRIEFINGS, file))));
  if (!decoded.ok) throw new Error(`${file}: ${decoded.error.reason}`);
  const document = file.endsWith('.md') ? markdownDocument(decoded.value.text) : textDocument(decoded.value.text);
  return normalizeDocument({ fileName: file, document, origin: 'imported' }).article;
}

/**
 * Any real briefing the app imports (HTML, Word and PDF too) through the app's own extractors
 * (in Node with jsdom's DOM, as `npm run corpus:report` runs them). Throws when it is refused.
 */
export async function importRealArticle(file: string): Promise<Article> {
  if (file.endsWith('.txt') || file.endsWith('.md')) return loadRealArticle(file);
  const result = await importFile(REAL_BRIEFINGS, file);
  if (result?.status !== 'imported') throw new Error(`${file}: ${result ? result.reason : 'not a type the app imports'}`);
  return result.output.article;
}

/**
 * Runs the app's import path (format extractor → normalizer) over every supported file of
 * a folder, as `npm run corpus:report -- <folder>` does. Refusals are results too.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceDocument } from '../../corpus/ingest';
import { normalizeDocument, type NormalizeOutput } from '../../corpus/normalize';
import { installDomGlobals } from './dom-globals';
import { loadNodePdfJs } from './node-pdf';

export type FolderResult =
  | { readonly file: string; readonly status: 'imported'; readonly doc: SourceDocument; readonly output: NormalizeOutput; readonly ms: number }
  | { readonly file: string; readonly status: 'refused'; readonly reason: string; readonly detail?: string; readonly ms: number };

/** Imports each supported file of `dir` (sorted by name) through the app's extractors. */
export async function importFolder(dir: string): Promise<FolderResult[]> {
  const results: FolderResult[] = [];
  for (const file of readdirSync(dir).sort()) {
    const result = await importFile(dir, file);
    if (result) results.push(result);
  }
  return results;
}

/** One file of `dir` through the app's import path; `undefined` for a type the app does not import. */
export async function importFile(dir: string, file: string): Promise<FolderResult | undefined> {
  installDomGlobals();
  const { extractDocument } = await import('../../renderer/features/import/extract/extract-document');
  const { checkImportFile } = await import('../../renderer/features/import/import-file');
  const bytes = new Uint8Array(readFileSync(join(dir, file)));
  const checked = checkImportFile({ name: file, size: bytes.length });
  if (!checked.ok) return checked.error.reason === 'unsupported' ? undefined : { file, status: 'refused', reason: checked.error.reason, ms: 0 };
  const started = performance.now();
  const extracted = await extractDocument(checked.value, bytes, { loadPdf: loadNodePdfJs });
  if (!extracted.ok) {
    const { reason, detail } = extracted.error;
    return { file, status: 'refused', reason, ...(detail ? { detail } : {}), ms: performance.now() - started };
  }
  const output = normalizeDocument({ fileName: file, document: extracted.value, origin: 'imported' });
  return { file, status: 'imported', doc: extracted.value, output, ms: performance.now() - started };
}

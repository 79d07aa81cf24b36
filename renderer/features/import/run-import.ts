import type { Article } from '../../../corpus/model';
import type { PizhuDb } from '../../store/db';
import { addImportedArticles, importedContentHashes } from '../../store/library-repo';
import type { ImportedArticle } from '../../store/records';
import type { ImportRefusal, ImportSource } from './import-file';
import type { ExtractOptions } from './extract/extract-document';
import { prepareImport } from './prepare-import';

/** The outcome for one file, in the order the files were given. */
export type FileResult =
  | { readonly name: string; readonly status: 'imported'; readonly article: ImportedArticle }
  | { readonly name: string; readonly status: 'refused'; readonly refusal: ImportRefusal };

export interface ImportProgress {
  readonly done: number;
  readonly total: number;
  readonly results: readonly FileResult[];
}

export interface RunImportDeps {
  readonly db: PizhuDb;
  readonly bundled: readonly Article[];
  readonly now?: () => Date;
  /** Called after each file is prepared and once more after the batch is stored. */
  readonly onProgress?: (progress: ImportProgress) => void;
  /** The extractors' environment (pdf.js); the browser's by default. */
  readonly extract?: ExtractOptions;
}

/** Lets the browser paint the progress between files (each file is parsed synchronously). */
const nextFrame = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Imports a batch: each file is checked, decoded, reduced and normalized on its own (a bad
 * file refuses only itself), then every accepted article is stored in one transaction. If
 * storing fails nothing is added and every accepted file reports the storage error.
 * Existing articles and notes are never modified.
 */
export async function runImport(sources: readonly ImportSource[], deps: RunImportDeps): Promise<readonly FileResult[]> {
  const now = deps.now ?? (() => new Date());
  const known = await importedContentHashes(deps.db);
  for (const article of deps.bundled) known.set(article.contentHash, article.meta.title);
  const results: FileResult[] = [];
  const start = now().getTime();
  for (const [i, source] of sources.entries()) {
    let result: FileResult;
    try {
      // One millisecond apart so the library keeps the files in the order they were chosen.
      const prepared = await prepareImport(source, known, new Date(start + i), deps.extract);
      result = prepared.ok
        ? { name: source.name, status: 'imported', article: prepared.value }
        : { name: source.name, status: 'refused', refusal: prepared.error };
    } catch (error) {
      result = { name: source.name, status: 'refused', refusal: { reason: 'undecodable', detail: messageOf(error) } };
    }
    // Two identical files in one batch: the second is a duplicate of the first.
    if (result.status === 'imported') known.set(result.article.contentHash, result.article.meta.title);
    results.push(result);
    deps.onProgress?.({ done: i + 1, total: sources.length, results: [...results] });
    await nextFrame();
  }
  const accepted = results.flatMap((r) => (r.status === 'imported' ? [r.article] : []));
  if (accepted.length === 0) return results;
  let final: FileResult[];
  try {
    const { duplicates } = await addImportedArticles(deps.db, accepted);
    const late = new Set(duplicates);
    final = results.map((r) => (r.status === 'imported' && late.has(r.article) ? { name: r.name, status: 'refused', refusal: { reason: 'duplicate', detail: r.article.meta.title } } : r));
  } catch (error) {
    const detail = messageOf(error);
    final = results.map((r) => (r.status === 'imported' ? { name: r.name, status: 'refused', refusal: { reason: 'storage', detail } } : r));
  }
  deps.onProgress?.({ done: sources.length, total: sources.length, results: final });
  return final;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

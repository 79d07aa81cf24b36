import { articleText, type Article } from '../../../corpus/model';
import type { UpdatePlan } from '../../store/article-versions-repo';
import type { PizhuDb } from '../../store/db';
import { addImportedArticles, importedContentHashes, importedLibrary } from '../../store/library-repo';
import type { ImportedArticle } from '../../store/records';
import { findExistingMatch, type Candidate, type MatchReason } from './find-existing-match';
import type { ImportRefusal, ImportSource } from './import-file';
import type { ExtractOptions } from './extract/extract-document';
import { prepareImport } from './prepare-import';

/** An existing article a file is a new version of, as the library shows it. */
export interface ExistingArticle {
  readonly article: ImportedArticle;
  /** The title the library shows (the user's correction applied). */
  readonly title: string;
  readonly reason: MatchReason;
}

/** A file held back as a new version of an existing article, waiting for the user's choice. */
export interface HeldFile {
  readonly name: string;
  readonly status: 'matches';
  readonly article: ImportedArticle;
  readonly existing: ExistingArticle;
}

/**
 * The outcome for one file, in the order the files were given. A file that is a new version
 * of an article already in the library is held back as 'matches' (nothing stored) until the
 * user chooses: update that article, import it as a new one, or leave it out ('skipped').
 */
export type FileResult =
  | { readonly name: string; readonly status: 'imported'; readonly article: ImportedArticle }
  | { readonly name: string; readonly status: 'refused'; readonly refusal: ImportRefusal }
  | HeldFile
  /** Written; `held` is what an undo of the update goes back to. */
  | {
      readonly name: string;
      readonly status: 'updated';
      readonly article: ImportedArticle;
      readonly plan: UpdatePlan;
      readonly replacedAt: string;
      readonly held: HeldFile;
      readonly undoRefused?: true;
    }
  | { readonly name: string; readonly status: 'skipped' };

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
 * storing fails nothing is added and every accepted file reports the storage error. A file
 * that is a changed version of an imported article (same file name, or similar text) is not
 * stored but returned as 'matches' for the user to decide. Existing articles and notes are
 * never modified here.
 */
export async function runImport(sources: readonly ImportSource[], deps: RunImportDeps): Promise<readonly FileResult[]> {
  const now = deps.now ?? (() => new Date());
  const known = await importedContentHashes(deps.db);
  for (const article of deps.bundled) known.set(article.contentHash, article.meta.title);
  const library: Candidate<{ article: ImportedArticle; title: string }>[] = (await importedLibrary(deps.db)).map((entry) => ({
    article: entry,
    fileName: entry.article.fileName,
    text: articleText(entry.article.blocks),
  }));
  const results: FileResult[] = [];
  const start = now().getTime();
  for (const [i, source] of sources.entries()) {
    let result: FileResult;
    try {
      // One millisecond apart so the library keeps the files in the order they were chosen.
      const prepared = await prepareImport(source, known, new Date(start + i), deps.extract);
      result = prepared.ok ? newOrVersion(source.name, prepared.value, library) : { name: source.name, status: 'refused', refusal: prepared.error };
    } catch (error) {
      result = { name: source.name, status: 'refused', refusal: { reason: 'undecodable', detail: messageOf(error) } };
    }
    // Two identical files in one batch: the second is a duplicate of the first.
    if (result.status === 'imported' || result.status === 'matches') known.set(result.article.contentHash, result.article.meta.title);
    results.push(result);
    deps.onProgress?.({ done: i + 1, total: sources.length, results: [...results] });
    await nextFrame();
  }
  const accepted = results.flatMap((r) => (r.status === 'imported' ? [r.article] : []));
  if (accepted.length === 0) return results;
  let final: FileResult[];
  try {
    const { added } = await addImportedArticles(deps.db, accepted);
    // Added articles come back in order, with the id they were stored under.
    const stored = new Map(added.map((a) => [a.contentHash, a]));
    final = results.map((r): FileResult => {
      if (r.status !== 'imported') return r;
      const article = stored.get(r.article.contentHash);
      return article ? { ...r, article } : { name: r.name, status: 'refused', refusal: { reason: 'duplicate', detail: r.article.meta.title } };
    });
  } catch (error) {
    const detail = messageOf(error);
    final = results.map((r) => (r.status === 'imported' ? { name: r.name, status: 'refused', refusal: { reason: 'storage', detail } } : r));
  }
  deps.onProgress?.({ done: sources.length, total: sources.length, results: final });
  return final;
}

/** A prepared file is new, or a version of an existing article (not stored until the user chooses). */
function newOrVersion(name: string, article: ImportedArticle, library: readonly Candidate<{ article: ImportedArticle; title: string }>[]): FileResult {
  const match = findExistingMatch({ fileName: article.fileName, text: articleText(article.blocks) }, library);
  if (!match) return { name, status: 'imported', article };
  return { name, status: 'matches', article, existing: { ...match.article, reason: match.reason } };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

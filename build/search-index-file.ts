/**
 * The prebuilt search index of the bundled corpus, written by `npm run build:corpus` and
 * loaded by the app at start-up (`loadIndex(json, docs)`), so it is never rebuilt there.
 */
import type { Article } from '../corpus/model';
import { buildIndex, searchDocFromArticle, serializeIndex, SEARCH_INDEX_FORMAT, SEARCH_INDEX_VERSION } from '../corpus/search';

/** File name next to articles.json in corpus/generated/corpus. */
export const SEARCH_INDEX_FILE = 'search-index.json';

/** For the manifest: pin the index format so a stale index is rebuilt, not misread. */
export const SEARCH_INDEX_MANIFEST = { format: SEARCH_INDEX_FORMAT, version: SEARCH_INDEX_VERSION, file: SEARCH_INDEX_FILE } as const;

/** Builds the shipped (n-gram) index over the articles and serializes it. O(total text). */
export function buildSearchIndexJson(articles: readonly Article[]): string {
  return serializeIndex(buildIndex(articles.map(searchDocFromArticle)));
}

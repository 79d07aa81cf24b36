/**
 * Chinese full-text search: one tokenizer, one engine interface (the n-gram index ships; lunr in
 * `./lunr-engine` and FlexSearch in the benchmark plug in for comparison, never imported here).
 */
export { normalizeForSearch, normalizeWithMap, toOriginalRange, type NormalizedText } from './normalize-text';
export { indexTokens, queryTokens } from './tokenizer';
export { parseQuery, MAX_QUERY_LENGTH, MAX_QUERY_TERMS, type ParsedQuery } from './query-parser';
export type { SearchEngine, EngineIndex } from './engine';
export { NGRAM_ENGINE } from './ngram-engine';
export type { Postings } from './postings';
export { searchDocFromArticle, type SearchDoc } from './search-doc';
export {
  buildIndex,
  addToIndex,
  appendIndex,
  removeFromIndex,
  indexedArticles,
  serializeIndex,
  loadIndex,
  SEARCH_INDEX_FORMAT,
  SEARCH_INDEX_VERSION,
  DEFAULT_ENGINE,
  type SearchIndex,
  type BuildOptions,
} from './search-index';
export { search, type SearchHit, type SearchOptions, type SearchStats, type BlockHit, type BlockRange, type Snippet } from './search';
export { findOccurrences } from './find-occurrences';
export { searchNotes, type NoteHit, type NoteField } from './search-notes';

/** Chinese full-text search: one tokenizer, one engine interface (n-gram index shipped, lunr for comparison). */
export { normalizeForSearch, normalizeWithMap, toOriginalRange, type NormalizedText } from './normalize-text';
export { indexTokens, queryTokens } from './tokenizer';
export { parseQuery, MAX_QUERY_LENGTH, MAX_QUERY_TERMS, type ParsedQuery } from './query-parser';
export { registerPizhuPipeline, usePizhuPipeline, PIZHU_NGRAM_LABEL } from './lunr-pipeline';
export { searchDocFromArticle, type SearchDoc } from './search-doc';
export {
  buildIndex,
  addToIndex,
  serializeIndex,
  loadIndex,
  SEARCH_INDEX_FORMAT,
  SEARCH_INDEX_VERSION,
  DEFAULT_ENGINE,
  type EngineName,
  type SearchIndex,
  type BuildOptions,
} from './search-index';
export { search, type SearchHit, type SearchOptions, type SearchStats, type BlockHit, type BlockRange, type Snippet } from './search';
export { findOccurrences } from './find-occurrences';
export { searchNotes, type NoteHit, type NoteField } from './search-notes';

/**
 * The engine interface: an engine only proposes candidate documents for a set of tokens (see
 * `Postings`); `search` confirms every candidate on the normalized text, so any engine gives
 * the same hits. The shipped engine is the n-gram index (`NGRAM_ENGINE`); lunr
 * (`lunr-engine.ts`) and FlexSearch (`build/bench/flexsearch-engine.ts`) plug in the same way
 * for the benchmark and the recall tests, and are never imported by the app.
 */
import type { Result } from '../model';
import type { Postings } from './postings';

/** One engine's index over the documents of one segment (document i = texts[i]). */
export interface EngineIndex {
  /** The engine's name, stored with the serialized segment. */
  readonly engine: string;
  readonly docCount: number;
  /** Documents that may contain every token (ascending), with count bounds. */
  lookup(tokens: readonly string[]): Postings;
  /** JSON-able data that `SearchEngine.load` restores. */
  toData(): unknown;
}

/** An engine: builds an index over normalized texts, or restores a serialized one. */
export interface SearchEngine {
  readonly name: string;
  build(texts: readonly string[]): EngineIndex;
  /** Restores `EngineIndex.toData()` output; errors name the bad field under `path`. */
  load(data: unknown, path: string): Result<EngineIndex>;
}

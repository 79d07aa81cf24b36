/**
 * lunr behind the engine interface, for the benchmark and the recall tests only — the app
 * never imports this file, so lunr is not in the shipped bundles (issue 6: at 10,000 articles
 * lunr needs ~53 s to build and 88 MiB gzipped; issue 15: its English stemming adds no
 * recall over substring search, see the search bench's `english` section). Same tokenizer,
 * every token REQUIRED, no positions stored; counts are unknown (bound Infinity).
 */
import lunr from 'lunr';
import { err, ok, type Result } from '../model';
import { usePizhuPipeline, registerPizhuPipeline } from './lunr-pipeline';
import type { EngineIndex, SearchEngine } from './engine';
import { NO_POSTINGS, type Postings } from './postings';

/** Builds a lunr index with one document per text (ref = its index). */
export function buildLunr(texts: readonly string[]): lunr.Index {
  return lunr(function () {
    usePizhuPipeline(lunr, this);
    this.ref('i');
    this.field('t');
    texts.forEach((t, i) => this.add({ i: String(i), t }));
  });
}

/** Restores a serialized lunr index (registers the Pizhu pipeline first). */
export function lunrFromData(data: unknown, path: string): Result<lunr.Index> {
  registerPizhuPipeline(lunr);
  if (typeof data !== 'object' || data === null) return err(`${path}: expected object`);
  try {
    return ok(lunr.Index.load(data));
  } catch (e) {
    return err(`${path}: not a lunr index (${e instanceof Error ? e.message : String(e)})`);
  }
}

/** Documents that contain every token. */
export function lookupLunr(index: lunr.Index, tokens: readonly string[]): Postings {
  if (tokens.length === 0) return NO_POSTINGS;
  const results = index.query((q) => {
    for (const t of tokens) q.term(t, { presence: lunr.Query.presence.REQUIRED, usePipeline: false, wildcard: lunr.Query.wildcard.NONE });
  });
  const docs = Uint32Array.from(results, (r) => Number(r.ref)).sort();
  return { docs, bounds: new Float64Array(docs.length).fill(Infinity) };
}

function lunrIndex(index: lunr.Index, docCount: number): EngineIndex {
  return { engine: 'lunr', docCount, lookup: (tokens) => lookupLunr(index, tokens), toData: () => ({ docCount, index: index.toJSON() }) };
}

/** lunr behind the engine interface (benchmark and tests only). */
export const LUNR_ENGINE: SearchEngine = {
  name: 'lunr',
  build: (texts) => lunrIndex(buildLunr(texts), texts.length),
  load: (data, path) => {
    if (typeof data !== 'object' || data === null) return err(`${path}: expected object`);
    const d = data as Record<string, unknown>;
    if (typeof d.docCount !== 'number') return err(`${path}.docCount: expected number`);
    const index = lunrFromData(d.index, `${path}.index`);
    return index.ok ? ok(lunrIndex(index.value, d.docCount)) : index;
  },
};

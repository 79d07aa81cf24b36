/**
 * lunr behind the engine interface, kept for comparison in the benchmark (issue 6: at 10,000
 * articles lunr needs ~53 s to build and 88 MiB gzipped, far outside the goals). Same
 * tokenizer, every token REQUIRED, no positions stored; counts are unknown (bound Infinity).
 */
import lunr from 'lunr';
import { err, ok, type Result } from '../model';
import { usePizhuPipeline, registerPizhuPipeline } from './lunr-pipeline';
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

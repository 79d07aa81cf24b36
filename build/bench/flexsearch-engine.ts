/**
 * FlexSearch (issue 15: "the fastest JavaScript full-text library") behind the engine
 * interface, for the search benchmark only. It indexes exactly our unigram+bigram tokens
 * (a custom `encode`, no stemming or stop words, `tokenize: 'strict'`), a query asks for
 * every token (FlexSearch intersects the terms of a query), and `search` confirms each
 * candidate on the text like any engine — so recall and hits are the n-gram engine's, and
 * only speed and memory differ. FlexSearch keeps no term counts, so bounds are Infinity.
 */
import FlexSearch, { type Id, type Index, type IndexOptions } from 'flexsearch';
import { err, ok } from '../../corpus/model';
import { indexTokens, type EngineIndex, type Postings, type SearchEngine } from '../../corpus/search';

const QUERY_SEPARATOR = '\u0001';
/** Set while a lookup passes its tokens through `encode`, which must then split them, not n-gram them. */
let querying = false;
const encode = (text: string): string[] => (querying ? text.split(QUERY_SEPARATOR) : [...new Set(indexTokens(text))]);

const NONE: Postings = { docs: new Uint32Array(0), bounds: new Float64Array(0) };

function flexIndex(index: Index, docCount: number): EngineIndex {
  return {
    engine: 'flexsearch',
    docCount,
    lookup: (tokens) => {
      if (tokens.length === 0 || docCount === 0) return NONE;
      querying = true;
      let ids: Id[];
      try {
        ids = index.search(tokens.join(QUERY_SEPARATOR), { limit: docCount });
      } finally {
        querying = false;
      }
      const docs = Uint32Array.from(ids, Number).sort();
      return { docs, bounds: new Float64Array(docs.length).fill(Infinity) };
    },
    toData: () => {
      const parts: Record<string, string> = {};
      index.export((key: string, data: string) => {
        parts[key] = data;
      });
      return { docCount, parts };
    },
  };
}

const options = (): IndexOptions => ({ tokenize: 'strict', encode, resolution: 1, cache: false });

/** FlexSearch on Pizhu's tokens (benchmark only; never shipped). */
export const FLEXSEARCH_ENGINE: SearchEngine = {
  name: 'flexsearch',
  build: (texts) => {
    const index = new FlexSearch.Index(options());
    texts.forEach((text, i) => index.add(i, text));
    return flexIndex(index, texts.length);
  },
  load: (data, path) => {
    if (typeof data !== 'object' || data === null) return err(`${path}: expected object`);
    const d = data as Record<string, unknown>;
    if (typeof d.docCount !== 'number' || typeof d.parts !== 'object' || d.parts === null) return err(`${path}: expected { docCount, parts }`);
    const index = new FlexSearch.Index(options());
    for (const [key, value] of Object.entries(d.parts as Record<string, unknown>)) {
      if (typeof value !== 'string') return err(`${path}.parts.${key}: expected string`);
      index.import(key, value);
    }
    return ok(flexIndex(index, d.docCount));
  },
};

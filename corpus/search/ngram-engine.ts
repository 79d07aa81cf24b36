/**
 * The shipped engine: a compact character n-gram inverted index.
 *
 * Vocabulary = the unigram/bigram keys of `tokenizer.ts`, sorted; each key owns a postings
 * run of (document delta, count) pairs packed as varints: `delta * 2 + (count > 1)`, then
 * `count - 2` only when the count is above one (most bigrams occur once per article, so a
 * posting is usually a single byte). Postings stay encoded after loading and are decoded
 * only for the few keys a query needs, which keeps load time and memory small.
 */
import { err, ok, type Result } from '../model';
import { base64ToBytes, bytesToBase64, ByteReader, ByteWriter } from './byte-codec';
import type { EngineIndex, SearchEngine } from './engine';
import { intersectPostings, NO_POSTINGS, type Postings } from './postings';
import { forEachTokenKey, tokenKey } from './tokenizer';

/** Counts above this are stored as this (they only bound ranking). */
const MAX_COUNT = 0xffff;

/** A built or loaded n-gram index. */
export interface NgramState {
  readonly docCount: number;
  /** Sorted token keys. */
  readonly keys: Float64Array;
  /** Document frequency per key. */
  readonly dfs: Uint32Array;
  /** Start of each key's postings in `postings`; length keys.length + 1. */
  readonly offsets: Uint32Array;
  readonly postings: Uint8Array;
}

/** The serialized form (inside the versioned search index JSON). */
export interface NgramData {
  readonly docCount: number;
  /** base64 of varints: per key (key delta, df, postings byte length). */
  readonly dictionary: string;
  /** base64 of the concatenated postings runs. */
  readonly postings: string;
}

interface TermBuilder {
  last: number;
  df: number;
  readonly out: ByteWriter;
}

/** Builds the index over normalized document texts (document i = texts[i]). O(total chars). */
export function buildNgram(texts: readonly string[]): NgramState {
  const terms = new Map<number, TermBuilder>();
  const counts = new Map<number, number>();
  const count = (key: number): void => {
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  texts.forEach((text, doc) => {
    counts.clear();
    forEachTokenKey(text, count);
    for (const [key, c] of counts) {
      let t = terms.get(key);
      if (!t) {
        t = { last: -1, df: 0, out: new ByteWriter(8) };
        terms.set(key, t);
      }
      const delta = doc - t.last - 1;
      t.out.writeVarint(delta * 2 + (c > 1 ? 1 : 0));
      if (c > 1) t.out.writeVarint(Math.min(c, MAX_COUNT) - 2);
      t.last = doc;
      t.df++;
    }
  });
  const keys = Float64Array.from(terms.keys()).sort();
  const dfs = new Uint32Array(keys.length);
  const offsets = new Uint32Array(keys.length + 1);
  let size = 0;
  keys.forEach((key, i) => {
    const t = terms.get(key)!;
    dfs[i] = t.df;
    offsets[i] = size;
    size += t.out.length;
  });
  offsets[keys.length] = size;
  const postings = new Uint8Array(size);
  keys.forEach((key, i) => postings.set(terms.get(key)!.out.view(), offsets[i]!));
  return { docCount: texts.length, keys, dfs, offsets, postings };
}

/** Serializes to plain JSON-able data. */
export function ngramToData(state: NgramState): NgramData {
  const dict = new ByteWriter(state.keys.length * 6);
  let prev = 0;
  state.keys.forEach((key, i) => {
    dict.writeVarint(key - prev);
    dict.writeVarint(state.dfs[i]!);
    dict.writeVarint(state.offsets[i + 1]! - state.offsets[i]!);
    prev = key;
  });
  return { docCount: state.docCount, dictionary: bytesToBase64(dict.view()), postings: bytesToBase64(state.postings) };
}

/** Restores an index from `ngramToData` output; errors name the bad field. */
export function ngramFromData(data: unknown, path: string): Result<NgramState> {
  if (typeof data !== 'object' || data === null) return err(`${path}: expected object`);
  const d = data as Record<string, unknown>;
  if (typeof d.docCount !== 'number' || !Number.isInteger(d.docCount) || d.docCount < 0) return err(`${path}.docCount: expected non-negative integer`);
  if (typeof d.dictionary !== 'string') return err(`${path}.dictionary: expected string`);
  if (typeof d.postings !== 'string') return err(`${path}.postings: expected string`);
  const dictBytes = base64ToBytes(d.dictionary);
  if (!dictBytes) return err(`${path}.dictionary: invalid base64`);
  const postings = base64ToBytes(d.postings);
  if (!postings) return err(`${path}.postings: invalid base64`);
  const keys: number[] = [];
  const dfs: number[] = [];
  const offsets: number[] = [0];
  const reader = new ByteReader(dictBytes);
  let key = 0;
  let at = 0;
  while (reader.pos < dictBytes.length) {
    key += reader.readVarint();
    dfs.push(reader.readVarint());
    at += reader.readVarint();
    keys.push(key);
    offsets.push(at);
  }
  if (at !== postings.length) return err(`${path}.postings: length ${postings.length} does not match dictionary (${at})`);
  return ok({ docCount: d.docCount, keys: Float64Array.from(keys), dfs: Uint32Array.from(dfs), offsets: Uint32Array.from(offsets), postings });
}

function findKey(keys: Float64Array, key: number): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = keys[mid]!;
    if (v === key) return mid;
    if (v < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function decode(state: NgramState, at: number): Postings {
  const df = state.dfs[at]!;
  const docs = new Uint32Array(df);
  const bounds = new Float64Array(df);
  const reader = new ByteReader(state.postings, state.offsets[at]!);
  let doc = -1;
  for (let i = 0; i < df; i++) {
    const v = reader.readVarint();
    doc += Math.floor(v / 2) + 1;
    docs[i] = doc;
    bounds[i] = v % 2 === 1 ? reader.readVarint() + 2 : 1;
  }
  return { docs, bounds };
}

/**
 * Documents containing every token, bounded by the smallest token count. Tokens are decoded
 * rarest first, so the intersection shrinks fast. O(sum of their document frequencies).
 */
export function lookupNgram(state: NgramState, tokens: readonly string[]): Postings {
  if (tokens.length === 0) return NO_POSTINGS;
  const found: number[] = [];
  for (const token of tokens) {
    const at = findKey(state.keys, tokenKey(token));
    if (at < 0) return NO_POSTINGS;
    found.push(at);
  }
  found.sort((a, b) => state.dfs[a]! - state.dfs[b]!);
  let result = decode(state, found[0]!);
  for (let i = 1; i < found.length && result.docs.length > 0; i++) result = intersectPostings(result, decode(state, found[i]!), Math.min);
  return result;
}

function ngramIndex(state: NgramState): EngineIndex {
  return { engine: 'ngram', docCount: state.docCount, lookup: (tokens) => lookupNgram(state, tokens), toData: () => ngramToData(state) };
}

/** The shipped engine behind the engine interface. */
export const NGRAM_ENGINE: SearchEngine = {
  name: 'ngram',
  build: (texts) => ngramIndex(buildNgram(texts)),
  load: (data, path) => {
    const state = ngramFromData(data, path);
    return state.ok ? ok(ngramIndex(state.value)) : state;
  },
};

/**
 * The engine-independent search index: one or more segments (the prebuilt bundled corpus,
 * then one per import), each built by one engine over its documents.
 */
import type lunr from 'lunr';
import { err, ok, type Result } from '../model';
import { buildLunr, lookupLunr, lunrFromData } from './lunr-engine';
import { buildNgram, lookupNgram, ngramFromData, ngramToData, type NgramState } from './ngram-engine';
import type { Postings } from './postings';
import { headingText, indexedText, prepareDoc, type PreparedDoc, type SearchDoc } from './search-doc';

/** Pinned in every serialized index (and the corpus manifest); bump on any format change. */
export const SEARCH_INDEX_FORMAT = 'pizhu-search-index';
export const SEARCH_INDEX_VERSION = 2; // 2: Traditional→Simplified Han fold in normalizeForSearch

/** `ngram` ships; `lunr` stays for comparison (see README design notes / issue 6). */
export type EngineName = 'ngram' | 'lunr';
export const DEFAULT_ENGINE: EngineName = 'ngram';

type EngineState = { readonly engine: 'ngram'; readonly state: NgramState } | { readonly engine: 'lunr'; readonly state: lunr.Index };

/** Documents of one segment, normalized lazily (on first confirmation) to keep loading fast. */
export interface Segment {
  readonly docs: readonly SearchDoc[];
  readonly index: EngineState;
  /** Cache filled by `preparedDoc`. */
  readonly prepared: (PreparedDoc | undefined)[];
  /** Cache filled by `headingsOf` (cheap: ranking checks headings of every candidate). */
  readonly headings: (string | undefined)[];
}

/** A searchable index. Immutable: adding documents returns a new index. */
export interface SearchIndex {
  readonly segments: readonly Segment[];
  /** Article ids shadowed by a later segment (re-imported or replaced articles). */
  readonly shadowed: ReadonlyMap<Segment, ReadonlySet<string>>;
}

/** Options for building. */
export interface BuildOptions {
  readonly engine?: EngineName;
}

function buildSegment(docs: readonly SearchDoc[], engine: EngineName): Segment {
  const prepared = docs.map(prepareDoc);
  const texts = prepared.map(indexedText);
  let index: EngineState;
  switch (engine) {
    case 'ngram':
      index = { engine, state: buildNgram(texts) };
      break;
    case 'lunr':
      index = { engine, state: buildLunr(texts) };
      break;
  }
  return { docs, index, prepared, headings: prepared.map((p) => p.headings) };
}

/** Builds an index over documents. O(total characters). */
export function buildIndex(docs: readonly SearchDoc[], options: BuildOptions = {}): SearchIndex {
  return { segments: [buildSegment(docs, options.engine ?? DEFAULT_ENGINE)], shadowed: new Map() };
}

/**
 * Adds documents (imported articles) as a new segment; an article id already indexed is
 * replaced. Building only the new documents keeps imports cheap (run it in a worker).
 */
export function addToIndex(index: SearchIndex, docs: readonly SearchDoc[], options: BuildOptions = {}): SearchIndex {
  const ids = new Set(docs.map((d) => d.articleId));
  const shadowed = new Map<Segment, ReadonlySet<string>>();
  for (const segment of index.segments) {
    const old = index.shadowed.get(segment) ?? new Set<string>();
    const hidden = new Set([...old, ...segment.docs.filter((d) => ids.has(d.articleId)).map((d) => d.articleId)]);
    if (hidden.size) shadowed.set(segment, hidden);
  }
  return { segments: [...index.segments, buildSegment(docs, options.engine ?? DEFAULT_ENGINE)], shadowed };
}

/** The normalized form of a segment's document, computed once. */
export function preparedDoc(segment: Segment, doc: number): PreparedDoc {
  const cached = segment.prepared[doc];
  if (cached) return cached;
  const made = prepareDoc(segment.docs[doc]!);
  segment.prepared[doc] = made;
  return made;
}

/** Normalized title and headings of a segment's document, computed once. */
export function headingsOf(segment: Segment, doc: number): string {
  const cached = segment.headings[doc] ?? segment.prepared[doc]?.headings;
  if (cached !== undefined) return cached;
  const made = headingText(segment.docs[doc]!);
  segment.headings[doc] = made;
  return made;
}

/** Documents of a segment that contain every token (see `Postings`). */
export function lookup(segment: Segment, tokens: readonly string[]): Postings {
  switch (segment.index.engine) {
    case 'ngram':
      return lookupNgram(segment.index.state, tokens);
    case 'lunr':
      return lookupLunr(segment.index.state, tokens);
  }
}

interface SerializedSegment {
  readonly engine: EngineName;
  readonly docs: readonly { readonly id: string; readonly hash: string }[];
  readonly shadowed: readonly string[];
  readonly data: unknown;
}

/** Serializes to JSON: `{ format, version, segments: [{ engine, docs, shadowed, data }] }`. */
export function serializeIndex(index: SearchIndex): string {
  const segments: SerializedSegment[] = index.segments.map((s) => ({
    engine: s.index.engine,
    docs: s.docs.map((d) => ({ id: d.articleId, hash: d.contentHash })),
    shadowed: [...(index.shadowed.get(s) ?? [])],
    data: s.index.engine === 'ngram' ? ngramToData(s.index.state) : s.index.state.toJSON(),
  }));
  return JSON.stringify({ format: SEARCH_INDEX_FORMAT, version: SEARCH_INDEX_VERSION, segments });
}

/**
 * Loads a serialized index and attaches the documents it was built on (the app already has
 * the articles; the index stores only ids and content hashes). Fails — so the caller
 * rebuilds — on another format version or when any article is missing or changed.
 */
export function loadIndex(json: string, docs: readonly SearchDoc[]): Result<SearchIndex> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (e) {
    return err(`index: not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (typeof parsed !== 'object' || parsed === null) return err('index: expected object');
  const root = parsed as Record<string, unknown>;
  if (root.format !== SEARCH_INDEX_FORMAT) return err(`index.format: expected "${SEARCH_INDEX_FORMAT}"`);
  if (root.version !== SEARCH_INDEX_VERSION) return err(`index.version: expected ${SEARCH_INDEX_VERSION}, got ${String(root.version)}`);
  if (!Array.isArray(root.segments)) return err('index.segments: expected array');
  const byId = new Map(docs.map((d) => [d.articleId, d]));
  const segments: Segment[] = [];
  const shadowed = new Map<Segment, ReadonlySet<string>>();
  for (const [si, raw] of (root.segments as unknown[]).entries()) {
    const path = `index.segments[${si}]`;
    if (typeof raw !== 'object' || raw === null) return err(`${path}: expected object`);
    const s = raw as Record<string, unknown>;
    if (!Array.isArray(s.docs)) return err(`${path}.docs: expected array`);
    const hidden = new Set(Array.isArray(s.shadowed) ? s.shadowed.filter((x): x is string => typeof x === 'string') : []);
    const segDocs: SearchDoc[] = [];
    for (const [di, ref] of (s.docs as unknown[]).entries()) {
      const r = (typeof ref === 'object' && ref !== null ? ref : {}) as Record<string, unknown>;
      if (typeof r.id === 'string' && hidden.has(r.id)) {
        // Replaced by a later segment: never searched, so its old text is not needed.
        segDocs.push({ articleId: r.id, title: '', contentHash: String(r.hash), blocks: [] });
        continue;
      }
      const doc = typeof r.id === 'string' ? byId.get(r.id) : undefined;
      if (!doc) return err(`${path}.docs[${di}].id: article ${JSON.stringify(r.id)} is not loaded`);
      if (doc.contentHash !== r.hash) return err(`${path}.docs[${di}].hash: article "${doc.articleId}" changed since the index was built`);
      segDocs.push(doc);
    }
    let index: EngineState;
    if (s.engine === 'ngram') {
      const state = ngramFromData(s.data, `${path}.data`);
      if (!state.ok) return state;
      if (state.value.docCount !== segDocs.length) return err(`${path}.data.docCount: expected ${segDocs.length}`);
      index = { engine: 'ngram', state: state.value };
    } else if (s.engine === 'lunr') {
      const state = lunrFromData(s.data, `${path}.data`);
      if (!state.ok) return state;
      index = { engine: 'lunr', state: state.value };
    } else return err(`${path}.engine: expected "ngram" or "lunr"`);
    // Headings are checked for every candidate; normalize them now (short) rather than on the first query.
    const segment: Segment = { docs: segDocs, index, prepared: [], headings: segDocs.map(headingText) };
    segments.push(segment);
    if (hidden.size) shadowed.set(segment, hidden);
  }
  return ok({ segments, shadowed });
}

/**
 * The engine-independent search index: one or more segments (the prebuilt bundled corpus,
 * then one per import batch), each built by one engine (see `engine.ts`) over its documents.
 */
import { err, ok, type Result } from '../model';
import type { EngineIndex, SearchEngine } from './engine';
import { NGRAM_ENGINE } from './ngram-engine';
import type { Postings } from './postings';
import { headingText, indexedText, prepareDoc, type PreparedDoc, type SearchDoc } from './search-doc';

/** Pinned in every serialized index (and the corpus manifest); bump on any format change. */
export const SEARCH_INDEX_FORMAT = 'pizhu-search-index';
export const SEARCH_INDEX_VERSION = 2; // 2: Traditional→Simplified Han fold in normalizeForSearch

/** The shipped engine; others (lunr, FlexSearch) are passed in by the benchmark and tests. */
export const DEFAULT_ENGINE: SearchEngine = NGRAM_ENGINE;

/** Documents of one segment, normalized lazily (on first confirmation) to keep loading fast. */
export interface Segment {
  readonly docs: readonly SearchDoc[];
  readonly index: EngineIndex;
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
  readonly engine?: SearchEngine;
}

/**
 * Normalizes each document once to build the index, then keeps only the short headings: the
 * normalized bodies (with their offset maps, several times the text's size) are rebuilt on
 * demand for the few documents a query confirms, so the index's heap is its postings.
 */
function buildSegment(docs: readonly SearchDoc[], engine: SearchEngine): Segment {
  const headings: string[] = [];
  const texts = docs.map((doc) => {
    const prepared = prepareDoc(doc);
    headings.push(prepared.headings);
    return indexedText(prepared);
  });
  return { docs, index: engine.build(texts), prepared: [], headings };
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
  const base = removeFromIndex(
    index,
    docs.map((d) => d.articleId),
  );
  return { segments: [...base.segments, buildSegment(docs, options.engine ?? DEFAULT_ENGINE)], shadowed: base.shadowed };
}

/** Appends the segments of a separately built index (e.g. in a worker) after `addToIndex`-style shadowing. */
export function appendIndex(index: SearchIndex, extra: SearchIndex): SearchIndex {
  const ids = new Set(extra.segments.flatMap((s) => s.docs.map((d) => d.articleId)));
  const base = removeFromIndex(index, ids);
  const shadowed = new Map(base.shadowed);
  for (const [segment, hidden] of extra.shadowed) shadowed.set(segment, hidden);
  return { segments: [...base.segments, ...extra.segments], shadowed };
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

/**
 * Removes articles from search (moved to the trash, deleted, or about to be re-added): they
 * are shadowed in every segment. O(segment documents).
 */
export function removeFromIndex(index: SearchIndex, articleIds: Iterable<string>): SearchIndex {
  const ids = new Set(articleIds);
  if (ids.size === 0) return index;
  const shadowed = new Map<Segment, ReadonlySet<string>>();
  for (const segment of index.segments) {
    const old = index.shadowed.get(segment) ?? new Set<string>();
    const hidden = new Set([...old, ...segment.docs.filter((d) => ids.has(d.articleId)).map((d) => d.articleId)]);
    if (hidden.size) shadowed.set(segment, hidden);
  }
  return { segments: index.segments, shadowed };
}

/** Article ids searchable in the index (not shadowed), with the content hash indexed. */
export function indexedArticles(index: SearchIndex): Map<string, string> {
  const out = new Map<string, string>();
  for (const segment of index.segments) {
    const hidden = index.shadowed.get(segment);
    for (const d of segment.docs) if (!hidden?.has(d.articleId)) out.set(d.articleId, d.contentHash);
  }
  return out;
}

/** Documents of a segment that contain every token (see `Postings`). */
export function lookup(segment: Segment, tokens: readonly string[]): Postings {
  return segment.index.lookup(tokens);
}

interface SerializedSegment {
  readonly engine: string;
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
    data: s.index.toData(),
  }));
  return JSON.stringify({ format: SEARCH_INDEX_FORMAT, version: SEARCH_INDEX_VERSION, segments });
}

/**
 * Loads a serialized index and attaches the documents it was built on (the app already has
 * the articles; the index stores only ids and content hashes). Fails — so the caller
 * rebuilds — on another format version or when any article is missing or changed.
 */
export function loadIndex(json: string, docs: readonly SearchDoc[], engines: readonly SearchEngine[] = [DEFAULT_ENGINE]): Result<SearchIndex> {
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
    const engine = engines.find((e) => e.name === s.engine);
    if (!engine) return err(`${path}.engine: expected ${engines.map((e) => JSON.stringify(e.name)).join(' or ')}`);
    const loaded = engine.load(s.data, `${path}.data`);
    if (!loaded.ok) return loaded;
    if (loaded.value.docCount !== segDocs.length) return err(`${path}.data.docCount: expected ${segDocs.length}`);
    const index = loaded.value;
    // Headings are checked for every candidate; normalize them now (short) rather than on the first query.
    const segment: Segment = { docs: segDocs, index, prepared: [], headings: segDocs.map(headingText) };
    segments.push(segment);
    if (hidden.size) shadowed.set(segment, hidden);
  }
  return ok({ segments, shadowed });
}

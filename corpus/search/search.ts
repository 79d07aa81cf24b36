/**
 * Query → ranked hits per article, on any engine. The engine only proposes candidates (with
 * count bounds); every hit is confirmed with `indexOf` on the normalized text, so there are
 * no false positives whatever the engine.
 *
 * Ranking, highest first: how many query terms occur in the title/headings, then whether the
 * terms occur together as a phrase (see `phraseOf`), then the total
 * number of occurrences. Candidates are confirmed in order of an upper bound of that key and
 * confirmation stops once `limit` confirmed hits beat every remaining bound — so a common
 * two-character query confirms a few dozen articles, not every article containing it.
 */
import { parseQuery, type ParsedQuery } from './query-parser';
import { toOriginalRange } from './normalize-text';
import { hasDoc, intersectPostings, type Postings } from './postings';
import { headingsOf, lookup, preparedDoc, type SearchIndex, type Segment } from './search-index';
import type { PreparedDoc } from './search-doc';
import { queryTokens } from './tokenizer';

/** A [start, end) range of UTF-16 offsets in one block's text (not the article's clean text). */
export interface BlockRange {
  readonly start: number;
  readonly end: number;
}

/** The occurrences in one block. */
export interface BlockHit {
  readonly blockId: string;
  readonly ranges: readonly BlockRange[];
}

/** A short excerpt of one block; `ranges` are offsets in the block's text, within [start, end). */
export interface Snippet {
  readonly blockId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly ranges: readonly BlockRange[];
}

/** One article that matches the query. */
export interface SearchHit {
  readonly articleId: string;
  /** Higher is better; encodes (heading terms, phrase, occurrences). */
  readonly score: number;
  /** Occurrences of the query terms in the article body. */
  readonly hitCount: number;
  readonly headingHit: boolean;
  readonly phraseHit: boolean;
  /** Blocks with occurrences, in reading order: jump to the first, highlight all. */
  readonly blocks: readonly BlockHit[];
  /** Excerpt of the block with the most distinct terms (null if only the title matched). */
  readonly snippet: Snippet | null;
}

/** Search options. */
export interface SearchOptions {
  /** Most hits returned (default 50). */
  readonly limit?: number;
  /** Keep only articles for which this returns true (source, year, has-notes filters). */
  readonly filter?: (articleId: string) => boolean;
  /** Snippet length in characters (default 80). */
  readonly snippetLength?: number;
  /** Receives work counters (for the benchmark): candidates from the index, documents confirmed. */
  readonly stats?: SearchStats;
}

/** Mutable work counters filled by `search` when passed in `SearchOptions.stats`. */
export interface SearchStats {
  candidates: number;
  confirmed: number;
}

const TF_BITS = 2 ** 20;
const PHRASE_BIT = 2 ** 20;
const HEADING_UNIT = 2 ** 21;
const DOC_UNIT = 2 ** 20; // packing (key, doc) into one double; doc < 2^20 per segment

const rankKey = (headingTerms: number, phrase: boolean, count: number): number =>
  headingTerms * HEADING_UNIT + (phrase ? PHRASE_BIT : 0) + Math.min(count, TF_BITS - 1);

interface Confirmed {
  readonly segment: Segment;
  readonly doc: number;
  readonly key: number;
  readonly hitCount: number;
  readonly headingTerms: number;
  readonly phrase: boolean;
}

/**
 * Searches the index. Never throws; bad or empty queries return []. Cost: postings lookup
 * O(sum of the query tokens' document frequencies) plus confirming the top candidates.
 */
export function search(index: SearchIndex, query: string, options: SearchOptions = {}): SearchHit[] {
  const parsed = parseQuery(query);
  if (parsed.include.length === 0) return [];
  const limit = Math.max(1, Math.floor(options.limit ?? 50));
  const confirmed: Confirmed[] = [];
  for (const segment of index.segments) searchSegment(index, segment, parsed, limit, options, confirmed);
  confirmed.sort((a, b) => b.key - a.key);
  return confirmed.slice(0, limit).map((c) => toHit(c, parsed, options.snippetLength ?? 80));
}

/**
 * The query terms as one phrase: joined directly (Chinese has no spaces between words), or by
 * one space where two Latin letters or digits meet (`new area`). Empty for one term.
 */
function phraseOf(terms: readonly string[]): string {
  if (terms.length < 2) return '';
  return terms.reduce((acc, t) => (/[a-z0-9]$/.test(acc) && /^[a-z0-9]/.test(t) ? `${acc} ${t}` : acc + t));
}

function searchSegment(index: SearchIndex, segment: Segment, parsed: ParsedQuery, limit: number, options: SearchOptions, into: Confirmed[]): void {
  const { filter, stats } = options;
  let candidates: Postings | null = null;
  for (const term of parsed.include) {
    const p = lookup(segment, queryTokens(term));
    candidates = candidates ? intersectPostings(candidates, p, (a, b) => a + b) : p;
    if (candidates.docs.length === 0) return;
  }
  if (!candidates) return;
  const phrase = phraseOf(parsed.include);
  // The phrase's tokens include those spanning the junctions, so this bounds phrase hits.
  const phrasePossible = phrase ? lookup(segment, queryTokens(phrase)) : null;
  const shadowed = index.shadowed.get(segment);
  const order = new Float64Array(candidates.docs.length);
  let n = 0;
  for (let i = 0; i < candidates.docs.length; i++) {
    const doc = candidates.docs[i]!;
    const sd = segment.docs[doc]!;
    if (shadowed?.has(sd.articleId) || (filter && !filter(sd.articleId))) continue;
    const headings = headingsOf(segment, doc);
    let headingTerms = 0;
    for (const t of parsed.include) if (headings.includes(t)) headingTerms++;
    const phraseBound = phrasePossible !== null && hasDoc(phrasePossible, doc);
    // Ties go to the earlier document (bundled order), hence the reversed doc index.
    order[n++] = rankKey(headingTerms, phraseBound, candidates.bounds[i]!) * DOC_UNIT + (DOC_UNIT - 1 - doc);
  }
  const sorted = order.subarray(0, n).sort();
  if (stats) stats.candidates += n;
  const local: Confirmed[] = [];
  for (let i = sorted.length - 1; i >= 0; i--) {
    const packed = sorted[i]!;
    const bound = Math.floor(packed / DOC_UNIT);
    if (local.length >= limit && bound <= local[local.length - 1]!.key) break;
    const doc = DOC_UNIT - 1 - (packed - bound * DOC_UNIT);
    if (stats) stats.confirmed++;
    const c = confirm(segment, doc, parsed, phrase);
    if (!c) continue;
    // Keep `local` sorted, best first, at most `limit` long.
    let at = local.length;
    while (at > 0 && local[at - 1]!.key < c.key) at--;
    local.splice(at, 0, c);
    if (local.length > limit) local.pop();
  }
  into.push(...local);
}

function countOccurrences(text: string, term: string): number {
  let count = 0;
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) count++;
  return count;
}

function confirm(segment: Segment, doc: number, parsed: ParsedQuery, phraseText: string): Confirmed | null {
  const p = preparedDoc(segment, doc);
  for (const t of parsed.exclude) if (p.body.includes(t) || p.headings.includes(t)) return null;
  let hitCount = 0;
  let headingTerms = 0;
  for (const t of parsed.include) {
    const inHeadings = p.headings.includes(t);
    const count = countOccurrences(p.body, t);
    if (count === 0 && !inHeadings) return null;
    hitCount += count;
    if (inHeadings) headingTerms++;
  }
  const phrase = phraseText !== '' && (p.body.includes(phraseText) || p.headings.includes(phraseText));
  return { segment, doc, key: rankKey(headingTerms, phrase, hitCount), hitCount, headingTerms, phrase };
}

/** All occurrences of the include terms per block, in block-text offsets. */
function blockHits(p: PreparedDoc, terms: readonly string[]): BlockHit[] {
  const hits: BlockHit[] = [];
  p.blocks.forEach((block, i) => {
    const ranges: BlockRange[] = [];
    for (const t of terms) {
      for (let at = block.text.indexOf(t); at >= 0; at = block.text.indexOf(t, at + t.length)) {
        ranges.push(toOriginalRange(block, at, at + t.length));
      }
    }
    if (ranges.length) hits.push({ blockId: p.doc.blocks[i]!.id, ranges: mergeRanges(ranges) });
  });
  return hits;
}

/** Sorted, overlapping ranges merged (touching ones stay apart, so each can be stepped to). */
export function mergeRanges(ranges: readonly BlockRange[]): BlockRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: BlockRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start < last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, r.end) };
    else out.push(r);
  }
  return out;
}

function toHit(c: Confirmed, parsed: ParsedQuery, snippetLength: number): SearchHit {
  const p = preparedDoc(c.segment, c.doc);
  const blocks = blockHits(p, parsed.include);
  return {
    articleId: p.doc.articleId,
    score: c.key,
    hitCount: c.hitCount,
    headingHit: c.headingTerms > 0,
    phraseHit: c.phrase,
    blocks,
    snippet: makeSnippet(p, blocks, snippetLength),
  };
}

function makeSnippet(p: PreparedDoc, blocks: readonly BlockHit[], length: number): Snippet | null {
  let best: BlockHit | undefined;
  for (const b of blocks) if (!best || b.ranges.length > best.ranges.length) best = b;
  if (!best) return null;
  const blockId = best.blockId;
  const text = p.doc.blocks.find((b) => b.id === blockId)?.text ?? '';
  const first = best.ranges[0]!;
  // Show a little context before the first hit, then as much as fits.
  let start = Math.max(0, first.start - Math.floor(length / 4));
  const end = Math.min(text.length, start + Math.max(length, first.end - first.start));
  start = Math.max(0, Math.min(start, end - length));
  const ranges = best.ranges.filter((r) => r.end > start && r.start < end).map((r) => ({ start: Math.max(r.start, start), end: Math.min(r.end, end) }));
  return { blockId, start, end, text: text.slice(start, end), ranges };
}

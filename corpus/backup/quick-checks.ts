import { z } from 'zod/mini';
import { articleText, COLORS, contentHash } from '../model';

/**
 * Hand-written fast paths for the schemas read back most (annotations and imported articles,
 * thousands at each start). Each answers `true` only for a value its zod schema accepts;
 * anything else — a wrong type, a missing field, an unusual shape — answers `false`, and the
 * caller runs the zod schema, which decides and names the field. So a quick check can make a
 * read faster but can never let a bad record through: `quick-checks.property.test.ts` checks
 * "quick says yes ⇒ zod says yes" on valid records and on millions of mutations of them.
 *
 * Why: under the app's CSP zod cannot compile its schemas (no `eval`), and interpreting them
 * costs 15–50 µs per record: 5,000 notes and 2,000 articles held the first paint of the
 * notebook for about 200 ms.
 */

type Value = unknown;
type Fields = Record<string, Value>;

const isObject = (v: Value): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: Value): v is string => typeof v === 'string';
const isId = (v: Value): boolean => typeof v === 'string' && v.length >= 1;
const isCount = (v: Value): boolean => Number.isSafeInteger(v) && (v as number) >= 0;
const isIntAtLeast = (v: Value, min: number): boolean => Number.isSafeInteger(v) && (v as number) >= min;
const isOptional = (v: Value, check: (v: Value) => boolean): boolean => v === undefined || check(v);
const isStringArray = (v: Value, minLength = 0): boolean => Array.isArray(v) && v.every((s) => typeof s === 'string' && s.length >= minLength);

/** The very patterns `z.iso.datetime({ offset: true })` and `z.iso.date()` test with. */
const TIMESTAMP = z.core.regexes.datetime({ offset: true, local: false, precision: null });
const DATE = z.core.regexes.date;
const isTimestamp = (v: Value): boolean => typeof v === 'string' && TIMESTAMP.test(v);

const COLOR_SET: ReadonlySet<Value> = new Set(COLORS);
const BLOCK_KINDS: ReadonlySet<Value> = new Set(['kicker', 'title', 'subtitle', 'byline', 'heading', 'paragraph', 'caption', 'author-note']);
const REMOVAL_KINDS: ReadonlySet<Value> = new Set(['duplicate', 'repeat', 'fragment', 'stray', 'residue', 'extraction']);
const ORIGINS: ReadonlySet<Value> = new Set(['bundled', 'imported']);
const LANGUAGES: ReadonlySet<Value> = new Set(['zh-Hans', 'zh-Hant', 'en']);

/** `annotationSchema` accepts `v` (true), or the schema must decide (false). */
export function quickAnnotation(v: Value): boolean {
  if (!isObject(v) || v.kind !== 'highlight' || !isId(v.id) || !COLOR_SET.has(v.color)) return false;
  if (!isTimestamp(v.created) || !isTimestamp(v.modified) || !isOptional(v.revision, isCount)) return false;
  const { target, body } = v;
  if (!isObject(body) || !isString(body.note) || !isStringArray(body.tags, 1)) return false;
  if (!isObject(target) || !isId(target.source) || !isString(target.contentHash)) return false;
  const selector = target.selector;
  if (!Array.isArray(selector) || selector.length !== 2) return false;
  const [quote, position] = selector as Value[];
  if (!isObject(quote) || quote.type !== 'TextQuoteSelector' || !isString(quote.exact) || !isString(quote.prefix) || !isString(quote.suffix)) return false;
  if (!isObject(position) || position.type !== 'TextPositionSelector' || !isCount(position.start) || !isCount(position.end)) return false;
  return (position.end as number) >= (position.start as number);
}

function quickBlock(v: Value): boolean {
  if (!isObject(v) || !isId(v.id) || !BLOCK_KINDS.has(v.kind) || !isString(v.text)) return false;
  if (!isOptional(v.level, (l) => isIntAtLeast(l, 1) && (l as number) <= 6) || !isOptional(v.para, (p) => isIntAtLeast(p, 1))) return false;
  if (v.cut !== undefined && v.cut !== true) return false;
  const source = v.source;
  return isObject(source) && isIntAtLeast(source.startLine, 1) && isIntAtLeast(source.endLine, 1);
}

function quickRemoval(v: Value): boolean {
  return isObject(v) && isIntAtLeast(v.line, 0) && isString(v.text) && REMOVAL_KINDS.has(v.kind) && isOptional(v.detail, isString);
}

function quickMeta(v: Value): boolean {
  if (!isObject(v) || !isString(v.title) || !isStringArray(v.authors) || !isStringArray(v.places)) return false;
  if (!isOptional(v.subtitle, isString) || !isOptional(v.kicker, isString) || !isOptional(v.source, isString)) return false;
  if (!isOptional(v.year, Number.isSafeInteger) || !isOptional(v.language, (l) => LANGUAGES.has(l))) return false;
  return isOptional(v.date, (d) => typeof d === 'string' && DATE.test(d));
}

/** `backedUpArticleSchema` (an article as stored or backed up) accepts `v` (true), or the schema must decide (false). */
export function quickBackedUpArticle(v: Value): boolean {
  if (!isObject(v) || !isId(v.id) || !ORIGINS.has(v.origin) || !quickMeta(v.meta)) return false;
  if (!isString(v.contentHash) || !isCount(v.wordCount) || !isString(v.original) || !isString(v.fileName)) return false;
  if (!isOptional(v.importedAt, isTimestamp) || !isOptional(v.encoding, (e) => typeof e === 'string' && e.length <= 32)) return false;
  if (!isOptional(v.removed, (r) => Array.isArray(r) && r.every(quickRemoval))) return false;
  const blocks = v.blocks;
  if (!Array.isArray(blocks) || !blocks.every(quickBlock)) return false;
  return contentHash(articleText(blocks as Parameters<typeof articleText>[0])) === v.contentHash;
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotationSchema, backedUpArticleSchema, isoTimestampSchema } from '../../../corpus/backup';
import { quickAnnotation, quickBackedUpArticle } from '../../../corpus/backup/quick-checks';
import { articleText, COLORS, contentHash, type Block } from '../../../corpus/model';

/**
 * The quick checks may only ever agree with zod: "quick says yes ⇒ the schema says yes", on
 * valid records and on random mutations of them (a field deleted, replaced by anything, or
 * nudged to a near-miss: -1, 1.5, '', a 13th month). They must also say yes to valid records,
 * or they would speed nothing up.
 */

const timestamp = fc.oneof(
  fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc
    .tuple(fc.date({ min: new Date('2000-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }), fc.integer({ min: -12, max: 14 }))
    .map(([d, h]) => `${d.toISOString().slice(0, 19)}${h < 0 ? '-' : '+'}${String(Math.abs(h)).padStart(2, '0')}:00`),
);
const text = fc.string({ unit: fc.constantFrom('批', '注', '，', 'a', ' ', '\n', '7') });
const id = fc.string({ minLength: 1, maxLength: 12 });

const annotation = fc
  .record({
    id,
    color: fc.constantFrom(...COLORS),
    created: timestamp,
    modified: timestamp,
    revision: fc.option(fc.nat(), { nil: undefined }),
    note: text,
    tags: fc.array(fc.string({ minLength: 1, maxLength: 5 }), { maxLength: 3 }),
    source: id,
    hash: fc.string({ maxLength: 16 }),
    exact: text,
    prefix: text,
    suffix: text,
    start: fc.nat(10_000),
    length: fc.nat(200),
  })
  .map((r) => ({
    id: r.id,
    kind: 'highlight',
    target: {
      source: r.source,
      contentHash: r.hash,
      selector: [
        { type: 'TextQuoteSelector', exact: r.exact, prefix: r.prefix, suffix: r.suffix },
        { type: 'TextPositionSelector', start: r.start, end: r.start + r.length },
      ],
    },
    body: { note: r.note, tags: r.tags },
    color: r.color,
    created: r.created,
    modified: r.modified,
    ...(r.revision === undefined ? {} : { revision: r.revision }),
  }));

const block: fc.Arbitrary<Block> = fc
  .record({
    id,
    kind: fc.constantFrom('kicker', 'title', 'subtitle', 'byline', 'heading', 'paragraph', 'caption', 'author-note'),
    text,
    level: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
    para: fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }),
    startLine: fc.integer({ min: 1, max: 500 }),
    lines: fc.nat(5),
    cut: fc.option(fc.constant(true as const), { nil: undefined }),
  })
  .map((b) => ({
    id: b.id,
    kind: b.kind,
    text: b.text,
    ...(b.level === undefined ? {} : { level: b.level }),
    ...(b.para === undefined ? {} : { para: b.para }),
    source: { startLine: b.startLine, endLine: b.startLine + b.lines },
    ...(b.cut ? { cut: true as const } : {}),
  }));

const article = fc
  .record({
    id,
    blocks: fc.array(block, { maxLength: 6 }),
    title: text,
    authors: fc.array(text, { maxLength: 2 }),
    places: fc.array(text, { maxLength: 2 }),
    year: fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: undefined }),
    date: fc.option(
      fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      { nil: undefined },
    ),
    language: fc.option(fc.constantFrom('zh-Hans', 'zh-Hant', 'en'), { nil: undefined }),
    importedAt: fc.option(timestamp, { nil: undefined }),
    encoding: fc.option(fc.constantFrom('utf-8', 'gb18030', 'big5'), { nil: undefined }),
    removed: fc.option(
      fc.array(fc.record({ line: fc.nat(300), text, kind: fc.constantFrom('duplicate', 'repeat', 'fragment', 'stray', 'residue', 'extraction') }), {
        maxLength: 3,
      }),
      { nil: undefined },
    ),
    original: text,
  })
  .map((a) => ({
    id: a.id,
    origin: 'imported',
    meta: {
      title: a.title,
      authors: a.authors,
      places: a.places,
      ...(a.year === undefined ? {} : { year: a.year }),
      ...(a.date === undefined ? {} : { date: a.date }),
      ...(a.language === undefined ? {} : { language: a.language }),
    },
    blocks: a.blocks,
    contentHash: contentHash(articleText(a.blocks)),
    wordCount: articleText(a.blocks).length,
    original: a.original,
    fileName: 'briefing.md',
    ...(a.importedAt === undefined ? {} : { importedAt: a.importedAt }),
    ...(a.encoding === undefined ? {} : { encoding: a.encoding }),
    ...(a.removed === undefined ? {} : { removed: a.removed }),
  }));

type Json = unknown;

/** Every path to a field or element inside `value`. */
function paths(value: Json, at: readonly (string | number)[] = []): (readonly (string | number)[])[] {
  if (typeof value !== 'object' || value === null) return [at];
  const children = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [at, ...children.flatMap((k) => paths((value as Record<string | number, Json>)[k], [...at, k]))];
}

const NEAR_MISSES: readonly Json[] = [-1, 1.5, 0, 7, NaN, Infinity, '', 'x', '2024-13-01T00:00:00Z', '2024-02-30', null, undefined, true, [], {}, ['']];

/** A deep copy of `value` with the field at `path` deleted or replaced by `replacement`. */
function mutate(value: Json, path: readonly (string | number)[], replacement: Json, remove: boolean): Json {
  const copy = structuredClone(value);
  if (path.length === 0) return replacement;
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path.at(-1)!;
  if (remove && !Array.isArray(parent)) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

const mutation = (record: fc.Arbitrary<Json>) =>
  fc.tuple(record, fc.nat(), fc.boolean(), fc.oneof(fc.constantFrom(...NEAR_MISSES), fc.anything())).map(([value, pick, remove, replacement]) => {
    const all = paths(value);
    return mutate(value, all[pick % all.length]!, replacement, remove);
  });

const cases = [
  ['annotations', annotation as fc.Arbitrary<Json>, quickAnnotation, annotationSchema],
  ['imported articles', article as fc.Arbitrary<Json>, quickBackedUpArticle, backedUpArticleSchema],
] as const;

describe.each(cases)('quick check of %s', (_name, valid, quick, schema) => {
  it('says yes to valid records (the schema agrees)', () => {
    fc.assert(
      fc.property(valid, (v) => {
        expect(schema.safeParse(v).success).toBe(true);
        expect(quick(v)).toBe(true);
      }),
      { numRuns: 500, seed: 14_15 },
    );
  });

  it('never says yes where the schema says no (mutated records)', () => {
    let caught = 0;
    fc.assert(
      fc.property(mutation(valid), (v) => {
        const ok = schema.safeParse(v).success;
        if (!ok) caught += 1;
        if (quick(v)) expect(ok).toBe(true);
      }),
      { numRuns: 4_000, seed: 15_14 },
    );
    // The mutations must actually break records, or the property tests nothing.
    expect(caught).toBeGreaterThan(1_000);
  });
});

describe('timestamps', () => {
  it('the quick check reads timestamps exactly as z.iso.datetime({ offset: true })', () => {
    const nearTimestamp = fc.oneof(
      timestamp,
      timestamp.chain((t) =>
        fc.nat(t.length - 1).chain((i) => fc.constantFrom('0', '9', ':', 'Z', '+', '.', '').map((c) => t.slice(0, i) + c + t.slice(i + 1))),
      ),
      fc.string(),
    );
    fc.assert(
      fc.property(annotation, nearTimestamp, (a, created) => {
        const record = { ...a, created };
        expect(quickAnnotation(record)).toBe(isoTimestampSchema.safeParse(created).success);
      }),
      { numRuns: 3_000, seed: 2026 },
    );
  });
});

import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup } from '../../../corpus/backup';
import { normalizeArticle } from '../../../corpus/normalize';
import { SETTING_KEYS } from '../../../corpus/settings';
import { snapshot } from '../../../renderer/store/backup-repo';
import { checkRecords, recordProblems, type CheckedTable } from '../../../renderer/store/read-back';
import type { ImportedArticle } from '../../../renderer/store/records';
import { freshDatabases } from '../support/fresh-db';
import { v1Annotation } from './fixtures';

/**
 * Issue 13: whatever a table holds — a newer app's record, a half-written one, a hand edit —
 * reading it back never throws, a record is either passed on whole or skipped and listed, and
 * a backup taken from that database still parses, so it can always be restored.
 */
const freshDb = freshDatabases();

const article: ImportedArticle = (() => {
  const { article: a } = normalizeArticle({ fileName: '甲.txt', text: '# 甲\n\n甲的正文，有两句。第二句。', origin: 'imported' });
  return { ...a, id: `imp-${a.contentHash}`, importedAt: '2026-11-01T00:00:00.000Z', encoding: 'utf-8' };
})();
const annotation = { ...v1Annotation(1), articleId: article.id, target: { ...v1Annotation(1).target, source: article.id } };
const { articleId: _articleId, ...plainAnnotation } = annotation;
const AT = '2026-12-01T09:00:00.000Z';
const articleNote = { id: 'n1', kind: 'article-note', articleId: article.id, body: { note: '看法', tags: ['待核实'] }, created: AT, modified: AT };

/** One good record per table, and the field that is its key (a put without it is refused by IndexedDB itself). */
const GOOD: Record<CheckedTable, { record: Record<string, unknown>; key: string }> = {
  annotations: { record: annotation, key: 'id' },
  articleNotes: { record: articleNote, key: 'id' },
  importedArticles: { record: { ...article }, key: 'id' },
  trash: { record: { id: annotation.id, annotation, deletedAt: AT }, key: 'id' },
  articleTrash: { record: { id: article.id, article, annotations: [annotation], articleNotes: [articleNote], deletedAt: AT }, key: 'id' },
  articleVersions: { record: { key: `${article.id}:${article.contentHash}`, articleId: article.id, article, replacedAt: AT }, key: 'key' },
  readingPositions: { record: { articleId: article.id, blockId: article.blocks[1]!.id, progress: 0.5, updated: AT }, key: 'articleId' },
  drafts: { record: { id: `${annotation.id}#s1`, noteId: annotation.id, articleId: article.id, note: '草稿', tags: [], updated: AT }, key: 'id' },
};

type Path = readonly (string | number)[];

/** Every path into a value, to depth 4 (deep enough to reach a selector's fields). */
function pathsOf(value: unknown, depth = 4, prefix: Path = []): Path[] {
  if (depth === 0 || typeof value !== 'object' || value === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.slice(0, 3).map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([k, v]) => [[...prefix, k], ...pathsOf(v, depth - 1, [...prefix, k])]);
}

/** A copy with the value at `path` replaced, or removed when `next` is undefined. */
function mutate(value: unknown, path: Path, next: unknown): unknown {
  if (path.length === 0) return next;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) }) as Record<string | number, unknown>;
  const inner = mutate(copy[head!], rest, next);
  if (inner === undefined && rest.length === 0) delete copy[head!];
  else copy[head!] = inner;
  return copy;
}

const junk = fc.oneof(
  fc.constant(undefined),
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom('', '\u0000', '__proto__', 'x'.repeat(10_000), -1, 1e308, Number.NaN, null, [], {}, '2026-13-45T99:99:99Z'),
);

describe('any damage to any table', () => {
  it.each(Object.keys(GOOD) as CheckedTable[])('%s: read-back passes the record whole or lists it; a backup of the database still parses', async (table) => {
    const { record, key } = GOOD[table];
    const paths = pathsOf(record).filter((p) => p[0] !== key);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), junk, async (path, value) => {
        const db = freshDb();
        const damaged = mutate(record, path, value) as Record<string, unknown>;
        await db.table(table).put(damaged);
        const [stored] = await db.table(table).toArray();
        const passed = checkRecords(db, table, [stored], true);
        const listed = recordProblems(db).filter((p) => p.table === table);
        // Exactly one of the two: never both, never neither.
        expect(passed.length + listed.length).toBe(1);
        if (listed.length === 1) expect(listed[0]!.errors.length).toBeGreaterThan(0);
        const backup = serializeBackup(await snapshot(db), AT, '0.1.0');
        const parsed = parseBackup(backup);
        expect(parsed.ok ? 'parses' : parsed.error).toBe('parses');
        // Nothing was deleted by reading.
        expect(await db.table(table).count()).toBe(1);
      }),
      { numRuns: 120 },
    );
  });

  it('settings: a stored setting of any value still leaves a backup that parses', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...SETTING_KEYS), junk, async (key, value) => {
        const db = freshDb();
        await db.settings.put({ key, value });
        const parsed = parseBackup(serializeBackup(await snapshot(db), AT, '0.1.0'));
        expect(parsed.ok ? 'parses' : parsed.error).toBe('parses');
        expect(await db.settings.count()).toBe(1);
      }),
      { numRuns: 120 },
    );
  });

  it('the undamaged records themselves pass (the fixtures are right)', () => {
    for (const table of Object.keys(GOOD) as CheckedTable[]) expect(checkRecords(freshDb(), table, [GOOD[table].record], true), table).toHaveLength(1);
    expect(plainAnnotation.target.source).toBe(article.id);
  });
});

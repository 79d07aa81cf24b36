// Dexie's live queries look for a global IndexedDB; each test still gets its own fresh factory.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { formatImportError } from '../../../corpus/backup';
import { normalizeArticle } from '../../../corpus/normalize';
import { snapshot } from '../../../renderer/store/backup-repo';
import type { PizhuDb } from '../../../renderer/store/db';
import { checkRecords, recordProblems, type BadRecord, type CheckedTable } from '../../../renderer/store/read-back';
import type { ImportedArticle } from '../../../renderer/store/records';
import { useRecordProblems } from '../../../renderer/store/use-record-problems';
import { freshDatabases } from '../support/fresh-db';
import { v1Annotation } from './fixtures';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const freshDb = freshDatabases();
let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
});

const article: ImportedArticle = (() => {
  const { article: a } = normalizeArticle({ fileName: '甲.txt', text: '# 甲\n\n甲的正文。', origin: 'imported' });
  return { ...a, id: `imp-${a.contentHash}`, importedAt: '2026-11-01T00:00:00.000Z', encoding: 'utf-8' };
})();
const annotation = { ...v1Annotation(1), articleId: article.id, target: { ...v1Annotation(1).target, source: article.id } };
const AT = '2026-12-01T09:00:00.000Z';

/** For each table the reader does not read in full at start: a good record, a broken one, and the field named. */
const CASES: readonly { table: CheckedTable; good: object; bad: object; id: string; field: string }[] = [
  {
    table: 'trash',
    good: { id: annotation.id, annotation, deletedAt: AT },
    bad: { id: annotation.id, annotation: { ...annotation, color: 'mauve' }, deletedAt: AT },
    id: annotation.id,
    field: 'annotation.color',
  },
  {
    table: 'articleTrash',
    good: { id: article.id, article, annotations: [annotation], articleNotes: [], deletedAt: AT },
    bad: { id: article.id, article, annotations: [annotation], articleNotes: [], deletedAt: 'last week' },
    id: article.id,
    field: 'deletedAt',
  },
  {
    table: 'articleVersions',
    good: { key: `${article.id}:${article.contentHash}`, articleId: article.id, article, replacedAt: AT },
    bad: { key: `${article.id}:${article.contentHash}`, articleId: article.id, article: { ...article, blocks: 'all of it' }, replacedAt: AT },
    id: `${article.id}:${article.contentHash}`,
    field: 'article',
  },
  {
    table: 'drafts',
    good: { id: `${annotation.id}#s1`, noteId: annotation.id, articleId: article.id, note: '草稿', tags: [], updated: AT },
    bad: { id: `${annotation.id}#s1`, noteId: annotation.id, articleId: article.id, note: '草稿', tags: '待核实', updated: AT },
    id: `${annotation.id}#s1`,
    field: 'tags',
  },
];

async function putRaw(db: PizhuDb, table: CheckedTable, record: object): Promise<void> {
  await db.table(table).put(record);
}

describe('every table of the user’s data is checked as it is read back', () => {
  it.each(CASES)('$table: a good record passes, a broken one is skipped and named by $field', ({ table, good, bad, id, field }) => {
    expect(checkRecords(freshDb(), table, [good], true)).toEqual([good]);
    const db = freshDb();
    expect(checkRecords(db, table, [bad], true)).toEqual([]);
    const problems = recordProblems(db);
    expect(problems.map((p) => [p.table, p.id])).toEqual([[table, id]]);
    expect(problems[0]!.errors.map(formatImportError).some((e) => e.startsWith(field))).toBe(true);
    // Gone from the table (deleted or restored elsewhere): the list is empty again.
    checkRecords(db, table, [], true);
    expect(recordProblems(db)).toEqual([]);
  });

  it.each(CASES)('$table: a broken row is listed live with its id and field, and is left in the database', async ({ table, bad, id, field }) => {
    const db = freshDb();
    await putRaw(db, table, bad);
    const seen: (readonly BadRecord[])[] = [];
    function Probe() {
      seen.push(useRecordProblems(db));
      return null;
    }
    root = createRoot(document.createElement('div'));
    act(() => root!.render(<Probe />));
    for (let i = 0; i < 200 && (seen.at(-1)?.length ?? 0) === 0; i++) await act(() => new Promise((r) => setTimeout(r, 5)));
    const problems = seen.at(-1) ?? [];
    expect(problems.map((p) => [p.table, p.id])).toEqual([[table, id]]);
    expect(problems[0]!.errors.map(formatImportError).some((e) => e.startsWith(field))).toBe(true);
    expect(await db.table(table).count()).toBe(1);
  });

  it('a backup keeps the good trash, article trash and versions and leaves out (and lists) the broken ones', async () => {
    const db = freshDb();
    for (const c of CASES.filter((x) => x.table !== 'drafts')) await putRaw(db, c.table, c.good);
    await putRaw(db, 'trash', { ...CASES[0]!.bad, id: 'broken-trash' });
    const data = await snapshot(db);
    expect(data.trash?.map((t) => t.id)).toEqual([annotation.id]);
    expect(data.articleTrash?.map((t) => t.id)).toEqual([article.id]);
    expect(data.articleVersions?.map((v) => v.key)).toEqual([`${article.id}:${article.contentHash}`]);
    expect(recordProblems(db).map((p) => [p.table, p.id])).toEqual([['trash', 'broken-trash']]);
    expect(await db.trash.count()).toBe(2);
  });
});

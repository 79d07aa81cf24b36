import { describe, expect, it } from 'vitest';
import { readStamps } from '../../../renderer/store/change-stamps';
import type { PizhuDb } from '../../../renderer/store/db';
import {
  NOTEBOOK_SUMMARY_GROUPS,
  NOTEBOOK_SUMMARY_MIN_NOTES,
  readNotebookSummary,
  writeNotebookSummary,
  type NotebookSummary,
} from '../../../renderer/store/notebook-summary-repo';
import type { StoredAnnotation } from '../../../renderer/store/records';
import { freshDatabases } from '../support/fresh-db';
import { v1Annotation } from './fixtures';

const freshDb = freshDatabases();
const note = (i: number): StoredAnnotation => ({ ...v1Annotation(i), articleId: v1Annotation(i).target.source });
const CORPUS = 'corpus-a';
const notes = Array.from({ length: NOTEBOOK_SUMMARY_MIN_NOTES }, (_, i) => note(i));
const summary: NotebookSummary = { articles: [{ id: 'article-0', title: '标题' }], annotations: notes, unanchored: [notes[3]!.id] };
const stampsNow = (db: PizhuDb) => db.transaction('r', db.changeStamps, () => readStamps(db, NOTEBOOK_SUMMARY_GROUPS));

describe('the notebook summary is used only while every stamp it was made under is current', () => {
  it('written under the current stamps, it reads back whole', async () => {
    const db = freshDb();
    await db.annotations.bulkPut(notes);
    expect(await writeNotebookSummary(db, CORPUS, await stampsNow(db), summary)).toBe('written');
    const read = await readNotebookSummary(db, CORPUS);
    expect(read).toMatchObject(summary);
  });

  it.each<[string, (db: PizhuDb) => Promise<unknown>]>([
    ['a note is edited', (db) => db.annotations.update(notes[0]!.id, { body: { note: '改了', tags: [] } })],
    ['a note is deleted', (db) => db.annotations.delete(notes[1]!.id)],
    ['an article is imported or updated', (db) => db.importedArticles.put({ id: 'x' } as never)],
    ['a title is corrected', (db) => db.metaCorrections.put({ articleId: 'x', fileName: 'x.txt', modified: new Date(0).toISOString(), fields: {} } as never)],
    [
      'a backup is restored (tables cleared and refilled)',
      (db) => db.transaction('rw', db.annotations, async () => db.annotations.clear().then(() => db.annotations.bulkPut(notes))),
    ],
  ])('after %s it is not used', async (_, change) => {
    const db = freshDb();
    await db.annotations.bulkPut(notes);
    await writeNotebookSummary(db, CORPUS, await stampsNow(db), summary);
    await change(db);
    expect(await readNotebookSummary(db, CORPUS)).toBeUndefined();
    // Nor kept: the same write removed it, so a deleted note's text does not linger on disk.
    expect(await db.summaries.count()).toBe(0);
  });

  it('survives a write that failed: the summary goes only with data that changed', async () => {
    const db = freshDb();
    await db.annotations.bulkPut(notes);
    await writeNotebookSummary(db, CORPUS, await stampsNow(db), summary);
    await expect(
      db.transaction('rw', db.annotations, async () => {
        await db.annotations.delete(notes[0]!.id);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await readNotebookSummary(db, CORPUS)).toMatchObject(summary);
  });

  it('is not written from data read before a write that landed since (the write wins)', async () => {
    const db = freshDb();
    const before = await stampsNow(db);
    await db.annotations.bulkPut(notes);
    expect(await writeNotebookSummary(db, CORPUS, before, summary)).toBe('stale');
    expect(await readNotebookSummary(db, CORPUS)).toBeUndefined();
  });

  it('is not used with another bundled corpus, nor when its text is damaged or a note in it fails its check', async () => {
    const db = freshDb();
    await writeNotebookSummary(db, CORPUS, await stampsNow(db), summary);
    expect(await readNotebookSummary(db, 'corpus-b')).toBeUndefined();
    const record = (await db.summaries.get('notebook'))!;
    await db.summaries.put({ ...record, json: record.json.slice(0, 100) });
    expect(await readNotebookSummary(db, CORPUS)).toBeUndefined();
    const bad = JSON.parse(record.json) as { annotations: unknown[] };
    for (const broken of [{ ...notes[5]!, color: 'ultraviolet' }, { ...notes[5]!, articleId: undefined }, { ...notes[5]!, articleId: 7 }, null]) {
      bad.annotations[5] = broken;
      await db.summaries.put({ ...record, json: JSON.stringify(bad) });
      expect(await readNotebookSummary(db, CORPUS)).toBeUndefined();
    }
    // Put right again, it is used: the checks above failed for what they changed.
    await db.summaries.put(record);
    expect(await readNotebookSummary(db, CORPUS)).toMatchObject(summary);
  });

  it('is not kept for a few notes (the full read is quick)', async () => {
    const db = freshDb();
    expect(await writeNotebookSummary(db, CORPUS, await stampsNow(db), { ...summary, annotations: notes.slice(0, 5) })).toBe('too-few');
    expect(await db.summaries.count()).toBe(0);
  });
});

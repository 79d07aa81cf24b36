import fc from 'fast-check';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { NoteVersion } from '../../../corpus/model';
import { draftIsStale } from '../../../renderer/features/annotate/use-note-draft';
import { createDb } from '../../../renderer/store/db';
import { articleNoteDraftId, deleteDraft, draftKey, draftsOf, putDraft } from '../../../renderer/store/drafts-repo';
import type { NoteDraft } from '../../../renderer/store/records';

const freshDb = () => createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
const T0 = '2026-03-01T08:00:00.000Z';
const T1 = '2026-03-01T09:00:00.000Z';

function draft(noteId: string, session: string, updated: string, extra: Partial<NoteDraft> = {}): NoteDraft {
  return {
    id: draftKey(noteId, session),
    noteId,
    articleId: 'article-1',
    note: `${noteId}/${session}`,
    tags: [],
    baseRevision: 1,
    baseModified: T0,
    updated,
    ...extra,
  };
}

describe('drafts: one per note and editor', () => {
  it('two windows editing one note keep two drafts; removing one leaves the other', async () => {
    const db = freshDb();
    await putDraft(db, draft('note-1', 'window-a', T0));
    await putDraft(db, draft('note-1', 'window-b', T1));
    expect((await draftsOf(db, 'note-1')).map((d) => d.id)).toEqual([draftKey('note-1', 'window-b'), draftKey('note-1', 'window-a')]);
    await deleteDraft(db, draftKey('note-1', 'window-b'));
    expect((await draftsOf(db, 'note-1')).map((d) => d.note)).toEqual(['note-1/window-a']);
  });

  it("a note whose id starts like another note's never gets its drafts (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.stringMatching(/^[a-c#:]{1,4}$/), { minLength: 1, maxLength: 5 }), async (noteIds) => {
        const db = freshDb();
        for (const [i, noteId] of noteIds.entries()) await putDraft(db, draft(noteId, `s${i}`, T0));
        for (const noteId of noteIds) expect((await draftsOf(db, noteId)).map((d) => d.noteId)).toEqual([noteId]);
        db.close();
      }),
      { numRuns: 20 },
    );
  }, 60_000);

  it('the article note has a draft key of its own', () => {
    expect(articleNoteDraftId('a-1')).toBe('article-note:a-1');
    expect(articleNoteDraftId('a-1')).not.toBe(articleNoteDraftId('a-2'));
  });
});

describe('draftIsStale: a draft written on an older version is a conflict, not applied', () => {
  const stored = (revision: number | undefined, modified: string): NoteVersion => ({
    ...(revision === undefined ? {} : { revision }),
    modified,
    body: { note: '', tags: [] },
  });
  it.each<[string, Partial<NoteDraft>, NoteVersion | null, boolean]>([
    ['written on the stored version', { baseRevision: 2, baseModified: T0 }, stored(2, T0), false],
    ['the note was saved again since', { baseRevision: 2, baseModified: T0 }, stored(3, T1), true],
    ['same revision, other time (a restored backup)', { baseRevision: 2, baseModified: T0 }, stored(2, T1), true],
    ['a new note, still not saved anywhere', { baseRevision: 0 }, null, false],
    ['a new article note another window has created since', { baseRevision: 0 }, stored(1, T1), true],
    ['a note from before revisions, unchanged', { baseRevision: 0, baseModified: T0 }, stored(undefined, T0), false],
  ])('%s', (_name, base, now, stale) => {
    const { baseRevision, baseModified, ...rest } = draft('n', 's', T1);
    void baseRevision;
    void baseModified;
    expect(draftIsStale({ ...rest, ...base }, now)).toBe(stale);
  });
});

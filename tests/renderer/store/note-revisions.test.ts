import fc from 'fast-check';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { annotationSchema, articleNoteSchema } from '../../../corpus/backup/schemas';
import { checkSave, combineBodies, revisionOf, type AnnotationBody, type NoteVersion } from '../../../corpus/model';
import {
  changeAnnotation,
  restoreAnnotationWithText,
  revertAnnotation,
  saveAnnotationNote,
  saveConflictCopy,
  trashAnnotation,
} from '../../../renderer/store/annotations-repo';
import { saveArticleNote } from '../../../renderer/store/article-notes-repo';
import { createDb } from '../../../renderer/store/db';
import type { StoredAnnotation } from '../../../renderer/store/records';
import { v1Annotation } from './fixtures';

const freshDb = () => createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
const T0 = '2026-03-01T08:00:00.000Z';
const T1 = '2026-03-01T09:00:00.000Z';
const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 8, minute));
const body = (note: string, tags: string[] = []): AnnotationBody => ({ note, tags });
const version = (revision: number | undefined, modified: string, note: string, tags: string[] = []): NoteVersion => ({
  ...(revision === undefined ? {} : { revision }),
  modified,
  body: body(note, tags),
});

function stored(i: number, overrides: Partial<StoredAnnotation> = {}): StoredAnnotation {
  const a = v1Annotation(i);
  return { ...a, articleId: a.target.source, revision: 1, body: body('第一版'), ...overrides };
}

describe('checkSave: what a save over the version the editor started from must do', () => {
  const base = version(3, T0, '原文', ['待核实']);
  const old = version(undefined, T0, '原文', ['待核实']);
  it.each<[string, NoteVersion, NoteVersion | undefined, AnnotationBody, ReturnType<typeof checkSave>]>([
    ['nobody changed it', base, base, body('我的'), 'write'],
    ['another window changed only the colour (new revision, same text)', base, version(4, T1, '原文', ['待核实']), body('我的'), 'write'],
    ['the other window saved exactly my text', base, version(4, T1, '我的'), body('我的'), 'write'],
    ['the other window saved other text', base, version(4, T1, '他们的'), body('我的'), 'conflict'],
    ['the other window changed only the tags', base, version(4, T1, '原文', ['已核实']), body('我的', ['待核实']), 'conflict'],
    ['a restored backup brought the same revision with other text', base, version(3, T1, '备份里的'), body('我的'), 'conflict'],
    ['deleted elsewhere', base, undefined, body('我的'), 'deleted'],
    ['a note from before revisions, unchanged', old, old, body('我的'), 'write'],
    ['a note from before revisions, saved elsewhere since', old, version(1, T1, '他们的'), body('我的'), 'conflict'],
  ])('%s', (_name, start, now, mine, expected) => {
    expect(checkSave(start, now, mine)).toBe(expected);
  });

  const arbBody = fc.record({ note: fc.constantFrom('', '甲', '乙', '丙'), tags: fc.array(fc.constantFrom('a', 'b'), { maxLength: 2 }) });
  const arbVersion = fc.record({ revision: fc.integer({ min: 0, max: 3 }), modified: fc.constantFrom(T0, T1), body: arbBody });

  it('never writes over text that differs from both the start and mine (property)', () => {
    fc.assert(
      fc.property(arbVersion, arbVersion, arbBody, (start, now, mine) => {
        const changed = revisionOf(start) !== revisionOf(now) || start.modified !== now.modified;
        const differs = JSON.stringify(now.body) !== JSON.stringify(start.body) && JSON.stringify(now.body) !== JSON.stringify(mine);
        expect(checkSave(start, now, mine)).toBe(changed && differs ? 'conflict' : 'write');
      }),
    );
  });

  it('combineBodies keeps every word and tag of both sides, theirs first (property)', () => {
    fc.assert(
      fc.property(arbBody, arbBody, (theirs, mine) => {
        const both = combineBodies(theirs, mine);
        expect(both.note.startsWith(theirs.note)).toBe(true);
        expect(both.note.endsWith(mine.note)).toBe(true);
        expect(new Set(both.tags)).toEqual(new Set([...theirs.tags, ...mine.tags]));
        expect(both.tags.length).toBe(new Set(both.tags).size);
      }),
    );
  });
});

describe('saveAnnotationNote: two windows, one database', () => {
  it('the second save over a newer revision writes nothing and returns their version; keep mine then wins', async () => {
    const db = freshDb();
    const original = stored(1);
    await db.annotations.put(original);
    const first = await saveAnnotationNote(db, original, body('A 的版本'), at(1));
    expect(first).toMatchObject({ kind: 'saved', after: { revision: 2, body: { note: 'A 的版本' } } });
    const second = await saveAnnotationNote(db, original, body('B 的版本'), at(2));
    expect(second).toMatchObject({ kind: 'conflict', theirs: { revision: 2, body: { note: 'A 的版本' } } });
    expect((await db.annotations.get(original.id))?.body.note).toBe('A 的版本');
    if (second.kind !== 'conflict') throw new Error('expected a conflict');
    const keepMine = await saveAnnotationNote(db, second.theirs, body('B 的版本'), at(3));
    expect(keepMine).toMatchObject({ kind: 'saved', after: { revision: 3, body: { note: 'B 的版本' }, modified: at(3).toISOString() } });
  });

  it('a colour changed elsewhere is kept when my text is saved', async () => {
    const db = freshDb();
    const original = stored(2, { color: 'yellow' });
    await db.annotations.put(original);
    await changeAnnotation(db, original.id, (a) => ({ ...a, color: 'blue' }));
    const saved = await saveAnnotationNote(db, original, body('新笔记'), at(1));
    expect(saved).toMatchObject({ kind: 'saved', after: { color: 'blue', revision: 3, body: { note: '新笔记' } } });
  });

  it('a note deleted elsewhere is reported, and restoring it with my text empties its trash entry', async () => {
    const db = freshDb();
    const original = stored(3);
    await db.annotations.put(original);
    await trashAnnotation(db, original.id);
    expect(await saveAnnotationNote(db, original, body('我的补充'))).toEqual({ kind: 'deleted' });
    const restored = await restoreAnnotationWithText(db, original, body('我的补充'), at(1));
    expect(restored).toMatchObject({ kind: 'saved', after: { id: original.id, revision: 2, body: { note: '我的补充' } } });
    expect(await db.trash.count()).toBe(0);
    expect((await db.annotations.get(original.id))?.target).toEqual(original.target);
  });

  it('"keep both" adds a tagged copy on the same passage and leaves theirs alone', async () => {
    const db = freshDb();
    const theirs = stored(4, { body: body('他们的', ['待核实']), revision: 5 });
    await db.annotations.put(theirs);
    const copy = await saveConflictCopy(db, theirs, body('我的', ['待核实']), '冲突副本', 'copy-1', at(1));
    expect(copy).toMatchObject({ id: 'copy-1', revision: 1, target: theirs.target, color: theirs.color, body: { note: '我的', tags: ['待核实', '冲突副本'] } });
    expect(await db.annotations.get(theirs.id)).toEqual(theirs);
    expect(await db.annotations.where('body.tags').equals('冲突副本').primaryKeys()).toEqual(['copy-1']);
  });

  it('undo puts the old version back only while nobody saved after it', async () => {
    const db = freshDb();
    const original = stored(5);
    await db.annotations.put(original);
    const mine = await saveAnnotationNote(db, original, body('第二版'), at(1));
    if (mine.kind !== 'saved') throw new Error('expected a save');
    expect(await revertAnnotation(db, mine.before, mine.after)).toBe(true);
    expect(await db.annotations.get(original.id)).toMatchObject({ body: { note: '第一版' }, revision: 3 });

    const again = await saveAnnotationNote(db, (await db.annotations.get(original.id))!, body('第三版'), at(2));
    if (again.kind !== 'saved') throw new Error('expected a save');
    await saveAnnotationNote(db, again.after, body('另一个窗口的第四版'), at(3));
    expect(await revertAnnotation(db, again.before, again.after)).toBe(false);
    expect((await db.annotations.get(original.id))?.body.note).toBe('另一个窗口的第四版');
  });

  it('any interleaving of windows saving loses nothing silently: the stored text is the last confirmed save (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ window: fc.integer({ min: 0, max: 2 }), reopen: fc.boolean() }), { minLength: 1, maxLength: 12 }),
        async (steps) => {
          const db = freshDb();
          const original = stored(6);
          await db.annotations.put(original);
          const bases: StoredAnnotation[] = [original, original, original];
          let confirmed = original.body.note;
          let revision = 1;
          for (const [i, step] of steps.entries()) {
            if (step.reopen) bases[step.window] = (await db.annotations.get(original.id))!;
            const text = `窗口${step.window}第${i}次`;
            const result = await saveAnnotationNote(db, bases[step.window]!, body(text), at(i));
            if (result.kind === 'saved') {
              confirmed = text;
              revision += 1;
              bases[step.window] = result.after;
              expect(result.after.revision).toBe(revision);
            } else {
              expect(result).toMatchObject({ kind: 'conflict', theirs: { body: { note: confirmed } } });
            }
            expect((await db.annotations.get(original.id))?.body.note).toBe(confirmed);
          }
        },
      ),
      { numRuns: 15 },
    );
  }, 60_000);
});

describe('saveArticleNote: one note per article, never two, never overwritten', () => {
  it('two windows writing the first note: the second gets a conflict, keep both joins the texts', async () => {
    const db = freshDb();
    const first = await saveArticleNote(db, 'article-1', body('窗口一'), null, at(1));
    expect(first).toMatchObject({ kind: 'saved', after: { revision: 1 } });
    const second = await saveArticleNote(db, 'article-1', body('窗口二'), null, at(2));
    if (second.kind !== 'conflict') throw new Error('expected a conflict');
    const both = await saveArticleNote(db, 'article-1', combineBodies(second.theirs.body, body('窗口二')), second.theirs, at(3));
    expect(both).toMatchObject({ kind: 'saved', after: { revision: 2, body: { note: '窗口一\n\n窗口二' } } });
    expect(await db.articleNotes.count()).toBe(1);
  });

  it('a stale base is a conflict; the current base writes', async () => {
    const db = freshDb();
    const created = await saveArticleNote(db, 'article-2', body('一'), null, at(1));
    if (created.kind !== 'saved') throw new Error('expected a save');
    const edited = await saveArticleNote(db, 'article-2', body('二'), created.after, at(2));
    expect(edited.kind).toBe('saved');
    expect(await saveArticleNote(db, 'article-2', body('三'), created.after, at(3))).toMatchObject({ kind: 'conflict', theirs: { body: { note: '二' } } });
  });
});

describe('backups keep the revision', () => {
  it.each([
    ['a revision', { revision: 7 }, true],
    ['no revision (older data)', {}, true],
    ['a negative revision', { revision: -1 }, false],
    ['a fractional revision', { revision: 1.5 }, false],
    ['a revision that is text', { revision: '2' }, false],
  ])('%s', (_name, extra, ok) => {
    const { articleId: _articleId, revision: _revision, ...annotation } = stored(7);
    const parsed = annotationSchema.safeParse({ ...annotation, ...extra });
    expect(parsed.success).toBe(ok);
    if (parsed.success) expect(parsed.data.revision).toBe((extra as { revision?: number }).revision);
    const note = articleNoteSchema.safeParse({ id: 'n', kind: 'article-note', articleId: 'a', body: body('x'), created: T0, modified: T0, ...extra });
    expect(note.success).toBe(ok);
  });
});

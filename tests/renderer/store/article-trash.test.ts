import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../../../corpus/normalize';
import {
  deleteTrashedArticle,
  emptyArticleTrash,
  moveArticleToTrash,
  purgeExpiredArticleTrash,
  restoreTrashedArticle,
} from '../../../renderer/store/article-trash-repo';
import type { PizhuDb } from '../../../renderer/store/db';
import type { ArticleNote, ImportedArticle, StoredAnnotation, TrashedArticle } from '../../../renderer/store/records';
import { v1Annotation } from './fixtures';
import { freshDatabases } from '../support/fresh-db';

const freshDb = freshDatabases();

const BUNDLED = new Set(['000_bundled']);
const NOW = new Date('2026-12-01T12:00:00.000Z');

function imported(title: string): ImportedArticle {
  const { article } = normalizeArticle({ fileName: `${title}.txt`, text: `# ${title}\n\n${title}的正文。`, origin: 'imported' });
  return { ...article, id: `imp-${article.contentHash}`, importedAt: '2026-11-01T00:00:00.000Z', encoding: 'utf-8' };
}
const annotationOn = (articleId: string, i: number): StoredAnnotation => ({
  ...v1Annotation(i),
  articleId,
  target: { ...v1Annotation(i).target, source: articleId },
});
const noteOn = (articleId: string, i: number): ArticleNote => ({
  id: `note-${articleId}-${i}`,
  kind: 'article-note',
  articleId,
  body: { note: `文章笔记 ${i}`, tags: [] },
  created: '2026-11-02T00:00:00.000Z',
  modified: `2026-11-0${3 + (i % 5)}T00:00:00.000Z`,
});

async function library(db: PizhuDb, annotations = 2, notes = 1) {
  const article = imported('甲');
  const other = imported('乙');
  const mine = Array.from({ length: annotations }, (_, i) => annotationOn(article.id, i + 1));
  const myNotes = Array.from({ length: notes }, (_, i) => noteOn(article.id, i));
  const theirs = annotationOn(other.id, 99);
  await db.importedArticles.bulkAdd([article, other]);
  await db.annotations.bulkAdd([...mine, theirs]);
  await db.articleNotes.bulkAdd(myNotes);
  await db.metaCorrections.put({ articleId: article.id, fileName: article.fileName, fields: { title: '改过的标题' }, modified: '2026-11-05T00:00:00.000Z' });
  await db.readingPositions.put({ articleId: article.id, blockId: 'b1', progress: 0.4, updated: '2026-11-04T00:00:00.000Z' });
  return { article, other, mine, myNotes, theirs };
}

const tables = async (db: PizhuDb) => ({
  articles: await db.importedArticles.orderBy('id').toArray(),
  annotations: await db.annotations.orderBy('id').toArray(),
  notes: await db.articleNotes.orderBy('id').toArray(),
});

describe('moveArticleToTrash', () => {
  it('moves the article, its annotations and its article notes as one entry; other articles and the correction stay', async () => {
    const db = freshDb();
    const { article, mine, myNotes, theirs } = await library(db);
    const moved = await moveArticleToTrash(db, article.id, BUNDLED, NOW);
    expect(moved.ok).toBe(true);
    const [entry] = await db.articleTrash.toArray();
    expect(entry).toEqual({ id: `${article.id}@${NOW.toISOString()}`, article, annotations: mine, articleNotes: myNotes, deletedAt: NOW.toISOString() });
    expect(await db.importedArticles.get(article.id)).toBeUndefined();
    expect(await db.annotations.toArray()).toEqual([theirs]);
    expect(await db.articleNotes.count()).toBe(0);
    expect(await db.readingPositions.get(article.id)).toBeUndefined();
    expect(await db.metaCorrections.get(article.id)).toBeDefined();
  });

  it.each([
    ['a bundled id', '000_bundled', 'bundled'],
    ['an id that is not in the library', 'imp-nothing', 'not-found'],
  ] as const)('refuses %s and moves nothing', async (_name, id, reason) => {
    const db = freshDb();
    await library(db);
    // A record claiming the bundled id (as a crafted backup once could write) must not take notes with it.
    await db.importedArticles.add({ ...imported('丙'), id: '000_bundled' });
    await db.annotations.add(annotationOn('000_bundled', 50));
    const before = await tables(db);
    const moved = await moveArticleToTrash(db, id, BUNDLED, NOW);
    expect(moved).toEqual({ ok: false, error: reason });
    expect(await tables(db)).toEqual(before);
    expect(await db.articleTrash.count()).toBe(0);
  });
});

describe('restoreTrashedArticle', () => {
  it('brings the article and every note back exactly (ids, created, modified) and clears the entry', async () => {
    const db = freshDb();
    const { article } = await library(db);
    const before = await tables(db);
    const moved = await moveArticleToTrash(db, article.id, BUNDLED, NOW);
    if (!moved.ok) throw new Error(moved.error);
    expect(await restoreTrashedArticle(db, moved.value.id, BUNDLED)).toEqual({ ok: true, value: { notes: 3 } });
    expect(await tables(db)).toEqual(before);
    expect(await db.articleTrash.count()).toBe(0);
  });

  it('round-trips any article with any notes (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 4 }), async (annotations, notes) => {
        const db = freshDb();
        const { article } = await library(db, annotations, notes);
        const before = await tables(db);
        const moved = await moveArticleToTrash(db, article.id, BUNDLED, NOW);
        if (!moved.ok) throw new Error(moved.error);
        expect(moved.value.annotations.length + moved.value.articleNotes.length).toBe(annotations + notes);
        await restoreTrashedArticle(db, moved.value.id, BUNDLED);
        expect(await tables(db)).toEqual(before);
        db.close();
      }),
      { numRuns: 15 },
    );
  });

  it('when the same article was imported again meanwhile, keeps that copy and adds the notes to it', async () => {
    const db = freshDb();
    const { article, mine } = await library(db);
    const moved = await moveArticleToTrash(db, article.id, BUNDLED, NOW);
    if (!moved.ok) throw new Error(moved.error);
    const again = { ...article, importedAt: '2026-12-01T13:00:00.000Z' };
    await db.importedArticles.add(again);
    await restoreTrashedArticle(db, moved.value.id, BUNDLED);
    expect(await db.importedArticles.get(article.id)).toEqual(again);
    expect(await db.annotations.where('articleId').equals(article.id).toArray()).toEqual(mine);
  });

  it('keeps a newer copy of a note that came back another way (a restored backup)', async () => {
    const db = freshDb();
    const { article, mine } = await library(db, 1, 0);
    const moved = await moveArticleToTrash(db, article.id, BUNDLED, NOW);
    if (!moved.ok) throw new Error(moved.error);
    const newer = { ...mine[0]!, body: { note: '更新的笔记', tags: [] }, modified: '2026-12-01T00:00:00.000Z' };
    await db.annotations.put(newer);
    await restoreTrashedArticle(db, moved.value.id, BUNDLED);
    expect(await db.annotations.get(newer.id)).toEqual(newer);
  });

  it('answers "gone" for an entry that is gone', async () => {
    expect(await restoreTrashedArticle(freshDb(), 'imp-x@2026-01-01T00:00:00.000Z', BUNDLED)).toEqual({ ok: false, error: 'gone' });
  });

  it.each([
    // A trash entry from a crafted backup that claims a bundled article's id.
    ['claims a bundled id', 'bundled', (entry: TrashedArticle) => ({ ...entry, article: { ...entry.article, id: '000_bundled' } }), undefined],
    // The id now holds a different text: the notes would land on words they were not written on.
    [
      'shares its id with a different text in the library',
      'id-taken',
      (entry: TrashedArticle) => entry,
      (a: ImportedArticle) => ({ ...imported('丁'), id: a.id }),
    ],
  ] as const)('refuses an entry that %s, changes nothing and keeps the entry', async (_name, reason, craft, occupant) => {
    const db = freshDb();
    const { article } = await library(db);
    const moved = await moveArticleToTrash(db, article.id, BUNDLED, NOW);
    if (!moved.ok) throw new Error(moved.error);
    await db.articleTrash.put(craft(moved.value));
    if (occupant) await db.importedArticles.add(occupant(article));
    const before = await tables(db);
    const trashBefore = await db.articleTrash.toArray();
    expect(await restoreTrashedArticle(db, moved.value.id, BUNDLED)).toEqual({ ok: false, error: reason });
    expect(await tables(db)).toEqual(before);
    expect(await db.articleTrash.toArray()).toEqual(trashBefore);
  });
});

describe('emptying the trash', () => {
  const DAY = 24 * 60 * 60 * 1000;
  it.each([
    ['removed 31 days ago', -31 * DAY, 0],
    ['removed 30 days and a minute ago', -30 * DAY - 60_000, 0],
    ['removed 29 days ago', -29 * DAY, 1],
    ['removed a minute ago', -60_000, 1],
    ['stamped in the future (clock was ahead)', 400 * DAY, 1],
  ])('at start-up: an entry %s (entries left: %i)', async (_name, offset, left) => {
    const db = freshDb();
    const { article } = await library(db);
    await moveArticleToTrash(db, article.id, BUNDLED, new Date(NOW.getTime() + offset));
    expect(await purgeExpiredArticleTrash(db, NOW)).toBe(1 - left);
    expect(await db.articleTrash.count()).toBe(left);
  });

  it('deletes one entry, or all of them, for good', async () => {
    const db = freshDb();
    const { article, other } = await library(db);
    const a = await moveArticleToTrash(db, article.id, BUNDLED, NOW);
    const b = await moveArticleToTrash(db, other.id, BUNDLED, new Date(NOW.getTime() + 1));
    if (!a.ok || !b.ok) throw new Error('fixture');
    await deleteTrashedArticle(db, a.value.id);
    expect((await db.articleTrash.toArray()).map((e) => e.article.id)).toEqual([other.id]);
    expect(await emptyArticleTrash(db)).toBe(1);
    expect(await db.articleTrash.count()).toBe(0);
  });
});

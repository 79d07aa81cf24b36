import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeRange, resolveAnchor } from '../../../corpus/anchoring';
import { parseBackup, serializeBackup } from '../../../corpus/backup';
import { articleText, err } from '../../../corpus/model';
import { bigrams, bigramSimilarity, findExistingMatch, SIMILAR_TEXT } from '../../../renderer/features/import/find-existing-match';
import { sourceFromBytes } from '../../../renderer/features/import/import-file';
import { runImport, type FileResult } from '../../../renderer/features/import/run-import';
import { createBrowserHost } from '../../../renderer/host/browser-host';
import type { Host } from '../../../renderer/host/host';
import { commitArticleUpdate, planArticleUpdate, undoArticleUpdate, versionKey } from '../../../renderer/store/article-versions-repo';
import { snapshot } from '../../../renderer/store/backup-repo';
import { createBrowserBackupFiles } from '../../../renderer/store/browser-backups';
import type { PizhuDb } from '../../../renderer/store/db';
import { addImportedArticles } from '../../../renderer/store/library-repo';
import type { ImportedArticle, StoredAnnotation } from '../../../renderer/store/records';
import { freshDatabases, seedArticle } from '../support/fresh-db';
import { V1, V2 } from '../../fixtures/reimport-versions';

const file = (name: string, text: string) => sourceFromBytes(name, new TextEncoder().encode(text));
const bundled = [seedArticle];
const freshDb = freshDatabases();
const hostFor = (db: PizhuDb): Host => createBrowserHost({ backups: createBrowserBackupFiles(db), version: '0.1.0' });
const backupCount = async (host: Host) => {
  const list = await host.listBackups();
  return list.ok ? list.value.length : -1;
};

function highlight(article: ImportedArticle, quote: string, i: number): StoredAnnotation {
  const text = articleText(article.blocks);
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`fixture: ${quote} not in the text`);
  const { quote: q, position } = describeRange(text, start, start + quote.length);
  const time = `2026-11-2${i}T08:00:00.000Z`;
  return {
    id: `ann-${i}`,
    kind: 'highlight',
    articleId: article.id,
    target: { source: article.id, contentHash: article.contentHash, selector: [q, position] },
    body: { note: `笔记${i}`, tags: [] },
    color: 'yellow',
    created: time,
    modified: time,
    revision: 1,
  };
}

/** V1 imported and annotated on three passages: one before the edits, one in the rewritten sentence, one after. */
async function annotatedV1(db: PizhuDb) {
  const [first] = await runImport([file('简报.txt', V1)], { db, bundled });
  if (first?.status !== 'imported') throw new Error('fixture');
  const article = first.article;
  const kept = highlight(article, '引进项目三十个', 1);
  const orphan = highlight(article, '标准化厂房十万平方米', 2);
  const moved = highlight(article, '优化营商环境', 3);
  await db.annotations.bulkAdd([kept, orphan, moved]);
  return { article, kept, orphan, moved };
}

async function heldV2(db: PizhuDb, name = '简报.txt'): Promise<Extract<FileResult, { status: 'matches' }>> {
  const [result] = await runImport([file(name, V2)], { db, bundled });
  if (result?.status !== 'matches') throw new Error(`expected a match, got ${result?.status}`);
  return result;
}

describe('findExistingMatch', () => {
  const library = [
    { article: 'brief', fileName: '简报.txt', text: V1 },
    { article: 'other', fileName: '会议纪要.md', text: '青山湖区产业园调研纪要：园区企业反映用工紧张，物流成本偏高，希望加快配套建设。' },
  ];
  it.each([
    ['the same file name, changed text', { fileName: '简报.txt', text: V2 }, 'brief', 'file-name'],
    ['the same name in another folder and case', { fileName: 'C:\\下载\\简报.TXT', text: '完全不同的内容' }, 'brief', 'file-name'],
    ['another name, nearly the same text', { fileName: '简报（修订）.txt', text: V1.replace('三十个', '三十二个') }, 'brief', 'similar-text'],
    [
      'another name, different text',
      { fileName: '新文件.txt', text: '省政府常务会议研究部署防汛抗旱工作，要求各地压实责任、加强值守。' },
      undefined,
      undefined,
    ],
  ] as const)('%s', (_name, incoming, article, reason) => {
    const match = findExistingMatch(incoming, library);
    expect(match?.article).toBe(article);
    expect(match?.reason).toBe(reason);
  });

  it('prefers a same-named file over a more similar text', () => {
    const match = findExistingMatch({ fileName: '会议纪要.md', text: V1 }, library);
    expect(match).toMatchObject({ article: 'other', reason: 'file-name' });
  });

  it('on the real briefings: every edited version clears the bar, no two different briefings come near it', () => {
    const dir = `${resolve(process.cwd(), '../shared/real-briefings')}/`;
    const texts = readdirSync(dir)
      .filter((f) => /\.(txt|md)$/.test(f))
      .map((f) => readFileSync(dir + f, 'utf8'));
    expect(texts.length).toBeGreaterThanOrEqual(10);
    const sets = texts.map(bigrams);
    let different = 0;
    sets.forEach((a, i) => sets.slice(i + 1).forEach((b) => (different = Math.max(different, bigramSimilarity(a, b)))));
    // A corrected version: a tenth of the paragraphs cut, one paragraph of another briefing inserted.
    const edited = texts.map((text, i) => {
      const paragraphs = text.split(/\n\s*\n/).filter((_, k) => k % 10 !== 3);
      paragraphs.splice(2, 0, texts[(i + 1) % texts.length]!.split(/\n\s*\n/)[1] ?? '');
      return bigramSimilarity(sets[i]!, bigrams(paragraphs.join('\n\n')));
    });
    console.log(`version similarity: edited ≥ ${Math.min(...edited).toFixed(3)}, different briefings ≤ ${different.toFixed(3)} (bar ${SIMILAR_TEXT})`);
    expect(Math.min(...edited)).toBeGreaterThan(SIMILAR_TEXT + 0.2);
    expect(different).toBeLessThan(SIMILAR_TEXT - 0.2);
  });

  it('bigram similarity is symmetric, within [0, 1], and 1 for equal texts (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 60 }), (a, b) => {
        const s = bigramSimilarity(bigrams(a), bigrams(b));
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(bigramSimilarity(bigrams(b), bigrams(a))).toBe(s);
        expect(bigramSimilarity(bigrams(a), bigrams(a))).toBe(1);
      }),
    );
  });
});

describe('re-importing a changed file', () => {
  it('holds the file back as a version of the existing article: nothing is stored yet', async () => {
    const db = freshDb();
    const { article } = await annotatedV1(db);
    const held = await heldV2(db);
    expect(held.existing).toMatchObject({ reason: 'file-name', title: '赣江新区工作简报' });
    expect(held.existing.article.id).toBe(article.id);
    expect(await db.importedArticles.count()).toBe(1);
    const bySimilarText = await heldV2(db, '简报-修订版.txt');
    expect(bySimilarText.existing.reason).toBe('similar-text');
  });

  it('plans the update: counts kept, moved and orphaned notes before anything is written', async () => {
    const db = freshDb();
    const { article, kept, orphan, moved } = await annotatedV1(db);
    const plan = await planArticleUpdate(db, article, (await heldV2(db)).article);
    expect(plan.counts).toEqual({ kept: 1, moved: 1, orphan: 1 });
    expect(Object.fromEntries(plan.kinds)).toEqual({ [kept.id]: 'kept', [orphan.id]: 'orphan', [moved.id]: 'moved' });
    expect(plan.next.id).toBe(article.id);
    expect((await db.importedArticles.get(article.id))?.contentHash).toBe(article.contentHash);
    expect(await db.annotations.get(moved.id)).toEqual(moved);
  });

  it('a note follows its own words through the diff, not the look-alike row whose context now fits better', async () => {
    const db = freshDb();
    const row = (name: string, tail: string) => `${name}_营业收入_营业成本_毛利率（%）_营业收入比上${tail}年增减（%）\n水力发电_188,079`;
    const before = `${row('行业名称', '')}\n${row('产品名称', '')}`;
    const after = `${row('行业名称', '时限180分钟，满分')}\n${row('产品名称', '')}`;
    const [first] = await runImport([file('报表.txt', before)], { db, bundled });
    if (first?.status !== 'imported') throw new Error('fixture');
    const note = highlight(first.article, '率（%', 7);
    await db.annotations.add(note);
    const [held] = await runImport([file('报表.txt', after)], { db, bundled });
    if (held?.status !== 'matches') throw new Error(`expected a match, got ${held?.status}`);
    const plan = await planArticleUpdate(db, first.article, held.article);
    const text = articleText(held.article.blocks);
    // Quote and context alone: the second row's context is now the closer fit (an orphan at best).
    expect(resolveAnchor(text, held.article.contentHash, note.target)).not.toMatchObject({ start: text.indexOf('率（%') });
    expect(plan.kinds.get(note.id)).toBe('kept');
    expect(plan.rewritten[0]?.target.selector[1].start).toBe(text.indexOf('率（%'));
  });

  it('commits: same id, a safety backup first, the old text kept as a version, selectors rewritten, orphans untouched', async () => {
    const db = freshDb();
    const host = hostFor(db);
    const { article, kept, orphan, moved } = await annotatedV1(db);
    const plan = await planArticleUpdate(db, article, (await heldV2(db)).article);
    const now = new Date('2026-12-01T09:00:00.000Z');
    const written = await commitArticleUpdate(db, host, plan, '0.1.0', now);
    expect(written.ok).toBe(true);
    expect(await backupCount(host)).toBe(1);

    const updated = await db.importedArticles.get(article.id);
    expect(updated?.contentHash).toBe(plan.next.contentHash);
    expect(updated?.importedAt).toBe(article.importedAt);
    expect(await db.importedArticles.count()).toBe(1);
    expect(await db.articleVersions.get(versionKey(article.id, article.contentHash))).toEqual({
      key: versionKey(article.id, article.contentHash),
      articleId: article.id,
      article,
      replacedAt: now.toISOString(),
    });

    const text = articleText(updated!.blocks);
    for (const [annotation, quote] of [
      [kept, '引进项目三十个'],
      [moved, '优化营商环境'],
    ] as const) {
      const stored = (await db.annotations.get(annotation.id))!;
      const resolved = resolveAnchor(text, updated!.contentHash, stored.target);
      expect(resolved.status).toBe('exact-position');
      if (resolved.status !== 'orphan') expect(text.slice(resolved.start, resolved.end)).toBe(quote);
      expect({ ...stored, target: annotation.target }).toEqual(annotation);
    }
    expect(await db.annotations.get(orphan.id)).toEqual(orphan);
    expect(resolveAnchor(text, updated!.contentHash, orphan.target).status).toBe('orphan');
  });

  it('undo puts the old text and every selector back exactly; a note changed since keeps its change', async () => {
    const db = freshDb();
    const { article, kept, orphan, moved } = await annotatedV1(db);
    const plan = await planArticleUpdate(db, article, (await heldV2(db)).article);
    const written = await commitArticleUpdate(db, hostFor(db), plan, '0.1.0');
    if (!written.ok) throw new Error(written.error.reason);
    const edited = { ...(await db.annotations.get(kept.id))!, body: { note: '更新后写的', tags: [] }, modified: '2026-12-02T00:00:00.000Z' };
    await db.annotations.put(edited);
    expect(await undoArticleUpdate(db, plan, written.value.replacedAt)).toBe(true);
    expect(await db.importedArticles.get(article.id)).toEqual(article);
    expect(await db.annotations.get(moved.id)).toEqual(moved);
    expect(await db.annotations.get(orphan.id)).toEqual(orphan);
    expect(await db.annotations.get(kept.id)).toEqual(edited);
    expect(await db.articleVersions.count()).toBe(0);
    // Undone once: a second undo finds the old text in place and refuses.
    expect(await undoArticleUpdate(db, plan, written.value.replacedAt)).toBe(false);
  });

  it('writes nothing when the safety backup fails', async () => {
    const db = freshDb();
    const host: Host = { ...hostFor(db), writeBackup: async () => err('disk full') };
    const { article, moved } = await annotatedV1(db);
    const plan = await planArticleUpdate(db, article, (await heldV2(db)).article);
    expect(await commitArticleUpdate(db, host, plan, '0.1.0')).toEqual({ ok: false, error: { reason: 'backup-failed', detail: 'disk full' } });
    expect(await db.importedArticles.get(article.id)).toEqual(article);
    expect(await db.annotations.get(moved.id)).toEqual(moved);
    expect(await db.articleVersions.count()).toBe(0);
  });

  it('refuses a stale plan (the article was removed meanwhile, in another window)', async () => {
    const db = freshDb();
    const { article } = await annotatedV1(db);
    const plan = await planArticleUpdate(db, article, (await heldV2(db)).article);
    await db.importedArticles.delete(article.id);
    expect(await commitArticleUpdate(db, hostFor(db), plan, '0.1.0')).toEqual({ ok: false, error: { reason: 'stale' } });
    expect(await db.importedArticles.count()).toBe(0);
  });

  it('after an update, the backup is valid, the new text is a duplicate, and the old text imports as a new article under a free id', async () => {
    const db = freshDb();
    const { article } = await annotatedV1(db);
    const held = await heldV2(db);
    await commitArticleUpdate(db, hostFor(db), await planArticleUpdate(db, article, held.article), '0.1.0');

    expect(parseBackup(serializeBackup(await snapshot(db), '2026-12-01T10:00:00.000Z', '0.1.0')).ok).toBe(true);
    const [again] = await runImport([file('另存.txt', V2)], { db, bundled });
    expect(again?.status === 'refused' && again.refusal.reason).toBe('duplicate');

    const old = await runImport([file('简报.txt', V1)], { db, bundled });
    expect(old[0]?.status).toBe('matches');
    const asNew = old[0]!.status === 'matches' ? old[0]!.article : undefined;
    const { added } = await addImportedArticles(db, [asNew!]);
    expect(added.map((a) => a.id)).toEqual([`${article.id}-2`]);
    expect((await db.importedArticles.orderBy('id').toArray()).map((a) => a.id)).toEqual([article.id, `${article.id}-2`]);
  });
});

import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../../../corpus/normalize';
import { createDb } from '../../../renderer/store/db';
import { parseAnnotationImport, serializeBackup } from '../../../corpus/backup';
import { applyImport, planImport } from '../../../renderer/store/import-repo';
import { moveArticleToTrash } from '../../../renderer/store/article-trash-repo';
import { addImportedArticles, correctedArticles, importedContentHashes } from '../../../renderer/store/library-repo';
import {
  carryOverCorrections,
  loadCorrections,
  readCorrections,
  restoreMetaCorrection,
  saveMetaCorrection,
} from '../../../renderer/store/meta-corrections-repo';
import type { ImportedArticle } from '../../../renderer/store/records';
import { translator } from '../../../renderer/ui/i18n';
import { describeImportError } from '../../../renderer/ui/i18n/describe-import-error';

const freshDb = () => createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
const T1 = new Date('2026-03-01T08:00:00.000Z');
const T2 = new Date('2026-03-02T08:00:00.000Z');

function imported(fileName: string, text: string): ImportedArticle {
  const { article } = normalizeArticle({ fileName, text, origin: 'imported' });
  return { ...article, id: `imp-${article.contentHash}`, importedAt: T1.toISOString(), encoding: 'utf-8' };
}

const REPORT = '今年以来，全市经济运行总体平稳、稳中有进，主要指标好于预期，产业结构持续优化。\n\n下一步将继续抓好项目建设。\n';
const FIXED = '今年以来，全市经济运行总体平稳、稳中有进，主要指标好于预期，产业结构持续优化升级。\n\n下一步将继续抓好项目建设。\n';

describe('saveMetaCorrection / restoreMetaCorrection', () => {
  it('stores only valid corrections, returns what it replaced, and undo puts that back', async () => {
    const db = freshDb();
    const article = imported('报告.txt', REPORT);
    const first = await saveMetaCorrection(db, article, { title: '月度经济简报' }, T1);
    expect(first).toMatchObject({
      ok: true,
      value: { previous: null, current: { articleId: article.id, fileName: '报告.txt', fields: { title: '月度经济简报' } } },
    });
    const second = await saveMetaCorrection(db, article, { title: '月度经济简报', source: '江西日报' }, T2);
    expect(second.ok && second.value.previous?.fields).toEqual({ title: '月度经济简报' });

    if (second.ok) await restoreMetaCorrection(db, article.id, second.value.previous);
    expect((await db.metaCorrections.get(article.id))?.fields).toEqual({ title: '月度经济简报' });
    if (first.ok) await restoreMetaCorrection(db, article.id, first.value.previous);
    expect(await db.metaCorrections.count()).toBe(0);
  });

  it.each([
    ['an empty title', { title: ' ' }, 'fields.title'],
    ['an impossible date', { date: '2025-02-30' }, 'fields.date'],
  ])('refuses %s and writes nothing', async (_name, fields, path) => {
    const db = freshDb();
    const result = await saveMetaCorrection(db, imported('a.txt', REPORT), fields, T1);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.map((e) => e.path)).toEqual([path]);
    expect(await db.metaCorrections.count()).toBe(0);
  });

  it('a correction with every field reset removes the record', async () => {
    const db = freshDb();
    const article = imported('a.txt', REPORT);
    await saveMetaCorrection(db, article, { source: '某报' }, T1);
    const cleared = await saveMetaCorrection(db, article, {}, T2);
    expect(cleared.ok && cleared.value.current).toBeNull();
    expect(await db.metaCorrections.count()).toBe(0);
  });
});

describe('readCorrections (validation on read)', () => {
  it('keeps good records and reports bad ones by field, never throwing', async () => {
    const db = freshDb();
    await db.metaCorrections.bulkPut([
      { articleId: 'imp-good', fileName: 'a.txt', fields: { title: '好' }, modified: T1.toISOString() },
      // Written by something else: a hand-edited profile, a future release's bug.
      { articleId: 'imp-bad', fileName: 'b.txt', fields: { title: '', date: '3 March' }, modified: T1.toISOString() },
    ]);
    const read = await loadCorrections(db);
    expect([...read.byId.keys()]).toEqual(['imp-good']);
    expect(read.bad).toMatchObject([
      { articleId: 'imp-bad', errors: ['fields.title: expected a non-empty title', 'fields.date: expected YYYY-MM-DD or YYYY'] },
    ]);
    // By code too, so the reader says it in Chinese with the path verbatim.
    const zh = translator('zh-CN');
    expect(read.bad[0]?.issues.map((e) => describeImportError(zh, e))).toEqual(['fields.title：标题不能为空', 'fields.date：日期应为 YYYY-MM-DD 或 YYYY']);
    expect(readCorrections([null, 42, { articleId: 7 }]).bad.map((b) => b.articleId)).toEqual(['?', '?', '?']);
  });
});

describe('corrections across import, removal and re-import', () => {
  it('the same file re-imported after removal gets its correction back (same content, same id)', async () => {
    const db = freshDb();
    const article = imported('报告.txt', REPORT);
    await addImportedArticles(db, [article]);
    await saveMetaCorrection(db, article, { title: '月度经济简报' }, T1);
    expect([...(await importedContentHashes(db)).values()]).toEqual(['月度经济简报']);
    await moveArticleToTrash(db, article.id, new Set());
    await addImportedArticles(db, [imported('报告.txt', REPORT)]);
    expect((await loadCorrections(db)).byId.get(article.id)?.fields).toEqual({ title: '月度经济简报' });
  });

  it('a changed text under the same file name (new id) takes the newest correction of that name', async () => {
    const db = freshDb();
    const old = imported('报告.txt', REPORT);
    await addImportedArticles(db, [old]);
    await saveMetaCorrection(db, { id: 'imp-older', fileName: '报告.txt' }, { title: '更早的题目' }, T1);
    await saveMetaCorrection(db, old, { title: '月度经济简报', source: '江西日报' }, T2);
    const fixed = imported('报告.txt', FIXED);
    expect(fixed.id).not.toBe(old.id);
    const other = imported('其他.txt', FIXED.replace('项目', '工程'));
    await addImportedArticles(db, [fixed, other]);
    const read = await loadCorrections(db);
    expect(read.byId.get(fixed.id)?.fields).toEqual({ title: '月度经济简报', source: '江西日报' });
    expect(read.byId.has(other.id)).toBe(false);
  });

  it('an article with its own correction keeps it; a bad same-name record is not copied', async () => {
    const db = freshDb();
    const fixed = imported('报告.txt', FIXED);
    await db.metaCorrections.bulkPut([
      { articleId: fixed.id, fileName: '报告.txt', fields: { title: '自己的' }, modified: T1.toISOString() },
      { articleId: 'imp-x', fileName: '报告.txt', fields: { title: '别人的' }, modified: T2.toISOString() },
      { articleId: 'imp-y', fileName: '新.txt', fields: { title: '' }, modified: T2.toISOString() },
    ]);
    expect(await db.transaction('rw', db.metaCorrections, () => carryOverCorrections(db, [fixed, { id: 'imp-new', fileName: '新.txt' }]))).toEqual([]);
    expect((await db.metaCorrections.get(fixed.id))?.fields.title).toBe('自己的');
  });
});

describe('correctedArticles (what useLibrary shows)', () => {
  it('lays each correction over its article and keeps uncorrected articles as the same objects', () => {
    const a = imported('a.txt', REPORT);
    const b = imported('b.txt', FIXED);
    const [ca, cb] = correctedArticles([a, b], {
      byId: new Map([[a.id, { articleId: a.id, fileName: 'a.txt', fields: { title: '新题', source: '' }, modified: T1.toISOString() }]]),
    });
    expect(ca!.meta.title).toBe('新题');
    expect(ca!.meta).not.toHaveProperty('source');
    expect(ca!.blocks).toBe(a.blocks);
    expect(cb).toBe(b);
  });
});

describe('importing a backup file (merge) carries corrections', () => {
  it.each([
    ['skip keeps the correction already here', 'skip', '本机的'],
    ["replace takes the file's", 'replace', '备份里的'],
  ] as const)('%s', async (_name, policy, expected) => {
    const db = freshDb();
    const article = imported('报告.txt', REPORT);
    const fromFile = { articleId: article.id, fileName: '报告.txt', fields: { title: '备份里的' }, modified: T1.toISOString() };
    const other = { articleId: 'imp-other', fileName: 'x.txt', fields: { places: ['九江市'] }, modified: T1.toISOString() };
    const file = serializeBackup(
      { annotations: [], articleNotes: [], importedArticles: [article], settings: {}, readingPositions: [], metaCorrections: [fromFile, other] },
      T2.toISOString(),
      '0.1.0',
    );
    await db.metaCorrections.put({ ...fromFile, fields: { title: '本机的' } });
    const parsed = parseAnnotationImport(file);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    await applyImport(db, await planImport(db, parsed.value), policy);
    expect((await db.metaCorrections.get(article.id))?.fields.title).toBe(expected);
    expect((await db.metaCorrections.get('imp-other'))?.fields).toEqual({ places: ['九江市'] });
  });
});

import { describe, expect, it } from 'vitest';
import { anchorArticle } from '../../../corpus/anchoring';
import { articleText, type Article } from '../../../corpus/model';
import { normalizeArticle } from '../../../corpus/normalize';
import { loadEarlierTexts, versionKey } from '../../../renderer/store/article-versions-repo';
import { keepAnnotatedBundledTexts } from '../../../renderer/store/bundled-texts';
import { newAnnotation } from '../../../renderer/store/new-annotation';
import { freshDatabases } from '../support/fresh-db';

const freshDb = freshDatabases();
const bundled = (text: string): Article => normalizeArticle({ fileName: '000_sample.txt', text, origin: 'bundled' }).article;

// A sample as the app shipped it, and as an upgrade corrects it: the photo credit under the first
// picture is deleted, while the same credit still stands under the second one.
const CREDIT = '（江西日报记者 杨静 摄）';
const OLD = bundled(`# 新区简报\n\n基地办公楼外景。${CREDIT}\n\n园区今年新建厂房十万平方米。\n\n数字产业园一角。${CREDIT}\n\n下一步，新区将继续优化营商环境。`);
const NEW = bundled(`# 新区简报\n\n基地办公楼外景。\n\n园区今年新建厂房十万平方米。\n\n数字产业园一角。${CREDIT}\n\n下一步，新区将继续优化营商环境。`);
const other = bundled('# 另一篇\n\n没有批注的样例。');
const oldText = articleText(OLD.blocks);
const onFirstCredit = newAnnotation(OLD, oldText.indexOf(CREDIT), oldText.indexOf(CREDIT) + CREDIT.length, 'yellow', new Date(0), 'credit-note');

describe('the text of annotated samples is kept for the next upgrade (issue 14)', () => {
  it('keeps the text of each annotated sample once, under its hash, and only theirs (a later start writes nothing, so backups do not change)', async () => {
    const db = freshDb();
    await db.annotations.put(onFirstCredit);
    expect(await keepAnnotatedBundledTexts(db, [OLD, { ...other, id: 'other' }], new Date('2026-12-01T08:00:00.000Z'))).toBe(1);
    expect(await keepAnnotatedBundledTexts(db, [OLD, { ...other, id: 'other' }], new Date('2026-12-02T08:00:00.000Z'))).toBe(0);
    const kept = await db.articleVersions.toArray();
    expect(kept.map((v) => [v.key, v.replacedAt])).toEqual([[versionKey(OLD.id, OLD.contentHash), '2026-12-01T08:00:00.000Z']]);
    expect(articleText(kept[0]!.article.blocks)).toBe(oldText);
  });

  it('after an upgrade changes the sample, a note on a deleted passage is unanchored, not moved to its twin', async () => {
    const db = freshDb();
    await db.annotations.put(onFirstCredit);
    await keepAnnotatedBundledTexts(db, [OLD]);
    const upgraded: Article = { ...NEW, id: OLD.id };
    expect(upgraded.contentHash).not.toBe(OLD.contentHash);
    const earlier = await loadEarlierTexts(db, [upgraded], [onFirstCredit]);
    expect(earlier.get(OLD.id)?.map((e) => e.hash)).toEqual([OLD.contentHash]);
    const withVersions = anchorArticle(upgraded, [onFirstCredit], undefined, earlier.get(OLD.id) ?? []);
    expect(withVersions.anchored).toEqual([]);
    expect(withVersions.orphans.map((o) => [o.annotation.id, o.reason])).toEqual([['credit-note', 'deleted']]);
  });
});

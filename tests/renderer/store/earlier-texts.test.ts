import { describe, expect, it } from 'vitest';
import { anchorArticle } from '../../../corpus/anchoring';
import { annotateArticles } from '../../../corpus/export/export-input';
import { articleText, contentHash, type Block } from '../../../corpus/model';
import { unanchoredIds } from '../../../renderer/features/notebook/notebook-model';
import { loadEarlierTexts, versionKey } from '../../../renderer/store/article-versions-repo';
import { newAnnotation } from '../../../renderer/store/new-annotation';
import type { ImportedArticle } from '../../../renderer/store/records';
import { freshDatabases } from '../support/fresh-db';

const freshDb = freshDatabases();

function imported(id: string, text: string): ImportedArticle {
  const blocks: Block[] = text.split('\n').map((line, i) => ({ id: `b${i + 1}`, kind: 'paragraph', text: line, source: { startLine: i + 1, endLine: i + 1 } }));
  const hash = contentHash(articleText(blocks));
  return { id, blocks, contentHash: hash, meta: { title: id }, importedAt: '2026-12-01T08:00:00.000Z' } as unknown as ImportedArticle;
}

/** Two look-alike table rows; the corrected file lengthens a heading cell of the first row only. */
const row = (name: string, tail: string): string => `${name}_营业收入_营业成本_毛利率（%）_营业收入比上${tail}年增减（%）\n水力发电_188,079`;
const v1 = imported('report', `${row('行业名称', '')}\n${row('产品名称', '')}`);
const v2 = { ...imported('report', `${row('行业名称', '时限180分钟，满分')}\n${row('产品名称', '')}`), id: 'report' };
const t1 = articleText(v1.blocks);
const t2 = articleText(v2.blocks);
const untouched = imported('untouched', '本篇没有更新过。');
// A note made on the first version and never rewritten (an update left it, or it was edited meanwhile).
const onRow = newAnnotation(v1, t1.indexOf('率（%'), t1.indexOf('率（%') + 3, 'yellow', new Date(0), 'on-row');
const onCurrent = newAnnotation(untouched, 0, 2, 'green', new Date(0), 'current');

describe('the earlier texts every view anchors through (issue 14)', () => {
  it('loads only the replaced versions some note was made on; articles whose notes are on their text read nothing', async () => {
    const db = freshDb();
    await db.articleVersions.bulkPut([
      { key: versionKey(v1.id, v1.contentHash), articleId: v1.id, article: v1, replacedAt: '2026-12-01T09:00:00.000Z' },
      { key: versionKey(untouched.id, 'old'), articleId: untouched.id, article: { ...untouched, contentHash: 'old' }, replacedAt: '2026-12-01T09:00:00.000Z' },
    ]);
    const earlier = await loadEarlierTexts(db, [v2, untouched], [onRow, onCurrent]);
    expect([...earlier.keys()]).toEqual(['report']);
    expect(earlier.get('report')).toEqual([{ hash: v1.contentHash, text: t1 }]);
    expect((await loadEarlierTexts(db, [untouched], [onCurrent])).size).toBe(0);
  });

  it('with them the reader, the notebook and export place the note on its own row; by selectors alone it is lost', async () => {
    const db = freshDb();
    await db.articleVersions.put({ key: versionKey(v1.id, v1.contentHash), articleId: v1.id, article: v1, replacedAt: '2026-12-01T09:00:00.000Z' });
    const earlier = await loadEarlierTexts(db, [v2], [onRow]);
    const at = t2.indexOf('率（%');

    expect(anchorArticle(v2, [onRow]).anchored.filter((a) => a.start === at)).toEqual([]);
    expect(anchorArticle(v2, [onRow], t2, earlier.get('report')).anchored.map((a) => [a.annotation.id, a.start])).toEqual([['on-row', at]]);

    const byId = new Map([[v2.id, v2]]);
    expect([...unanchoredIds([onRow], byId)]).toEqual(['on-row']);
    expect([...unanchoredIds([onRow], byId, new Map(), earlier)]).toEqual([]);

    const [exported] = annotateArticles([v2], [onRow], [], earlier);
    expect(exported!.orphans).toEqual([]);
    expect(exported!.annotations.map((a) => a.start)).toEqual([at]);
  });
});

import { describe, expect, it } from 'vitest';
import { anchorArticle } from '../../../corpus/anchoring';
import { articleText, contentHash, type Block } from '../../../corpus/model';
import { targetFor } from './fixtures';

function article(text: string): { blocks: Block[]; contentHash: string } {
  const blocks: Block[] = text.split('\n').map((line, i) => ({ id: `b${i + 1}`, kind: 'paragraph', text: line, source: { startLine: i + 1, endLine: i + 1 } }));
  return { blocks, contentHash: contentHash(articleText(blocks)) };
}

/** Two look-alike table rows; the update lengthens a heading cell of the first one only. */
const row = (name: string, tail: string): string => `${name}_营业收入_营业成本_毛利率（%）_营业收入比上${tail}年增减（%）\n水力发电_188,079`;
const v1 = article(`${row('行业名称', '')}\n${row('产品名称', '')}`);
const v2 = article(`${row('行业名称', '时限180分钟，满分')}\n${row('产品名称', '')}`);
const t1 = articleText(v1.blocks);
const t2 = articleText(v2.blocks);
const earlier = [{ hash: v1.contentHash, text: t1 }];
const onFirstRow = { id: 'first-row', target: targetFor(t1, '率（%', 0) };

describe('anchorArticle with the earlier texts (every view, issue 14)', () => {
  it('selectors alone do not keep the note on its own row (the look-alike row now fits better)', () => {
    const { anchored } = anchorArticle(v2, [onFirstRow]);
    expect(anchored.filter((a) => a.start === t2.indexOf('率（%'))).toEqual([]);
  });

  it('with the text the note was made on, the note follows its words to its own row', () => {
    const { anchored, orphans } = anchorArticle(v2, [onFirstRow], t2, earlier);
    expect(orphans).toEqual([]);
    expect(anchored.map((a) => [a.annotation.id, a.start, t2.slice(a.start, a.end)])).toEqual([['first-row', t2.indexOf('率（%'), '率（%']]);
    // Asked again (the reader re-anchors on every edit): the kept diff gives the same answer.
    expect(anchorArticle(v2, [onFirstRow], t2, earlier).anchored.map((a) => a.start)).toEqual([t2.indexOf('率（%')]);
  });

  it('a passage the update deleted is an orphan (deleted), not moved to the identical credit of another photo', () => {
    const before = article('图为工人在车间作业。（江西日报记者 杨静 摄）\n图为新建的厂房。（江西日报记者 杨静 摄）\n全年完成投资12亿元。');
    const text = articleText(before.blocks);
    const after = article(text.replace('图为工人在车间作业。（江西日报记者 杨静 摄）\n', ''));
    const credit = { id: 'credit', target: targetFor(text, '（江西日报记者 杨静 摄）', 0) };
    const { anchored, orphans } = anchorArticle(after, [credit], undefined, [{ hash: before.contentHash, text }]);
    expect(anchored).toEqual([]);
    expect(orphans.map((o) => [o.annotation.id, o.reason])).toEqual([['credit', 'deleted']]);
  });

  it('a version under another hash is not used; a note on the current text stays by position', () => {
    const current = { id: 'current', target: targetFor(t2, '水力发电', 1) };
    const other = [{ hash: contentHash('另一篇'), text: '另一篇' }];
    const withOther = anchorArticle(v2, [onFirstRow, current], t2, other);
    expect(withOther).toEqual(anchorArticle(v2, [onFirstRow, current], t2));
    expect(withOther.anchored.find((a) => a.annotation.id === 'current')?.status).toBe('exact-position');
  });
});

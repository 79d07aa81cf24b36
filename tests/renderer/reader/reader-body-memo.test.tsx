// The article body is rendered once per article: not again on scroll, nor when the reader itself
// re-renders (a highlight made active); and the reading position is written only when the top
// block or the whole percent changes. Renders are counted by wrapping the real ArticleBody (inside
// a memo with its own props check while it has one; as it is once it lost it, so a lost memo shows
// as a render count); writes by wrapping saveReadingPosition. (reader-renders.test.tsx counts the
// panel's renders.)
import 'fake-indexeddb/auto';
import { act, memo, type ComponentProps, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { normalizeArticle } from '../../../corpus/normalize';
import type { ArticleBody as RealArticleBody } from '../../../renderer/features/reader/ArticleBody';
import type { PizhuDb } from '../../../renderer/store/db';
import type * as PositionsRepo from '../../../renderer/store/positions-repo';
import type { ReadingPosition } from '../../../renderer/store/records';
import { blockAt, highlightOn, openReader, readerText, settle, wait, type OpenReader } from '../support/reader-harness';

const renders = vi.hoisted(() => ({ body: 0 }));
const writes = vi.hoisted(() => [] as ReadingPosition[]);

type BodyProps = ComponentProps<typeof RealArticleBody>;
type Render = (props: BodyProps) => ReactNode;
interface MemoType {
  readonly $$typeof?: symbol;
  readonly type?: Render;
  readonly compare?: ((a: BodyProps, b: BodyProps) => boolean) | null;
}
vi.mock('../../../renderer/features/reader/ArticleBody', async (importOriginal) => {
  const real = await importOriginal<{ ArticleBody: typeof RealArticleBody }>();
  const counted = (render: Render) => (props: BodyProps) => (renders.body++, render(props));
  const body = real.ArticleBody as unknown as MemoType;
  const ArticleBody =
    body.$$typeof === Symbol.for('react.memo') && body.type
      ? memo(counted(body.type), body.compare ?? undefined)
      : counted(real.ArticleBody as unknown as Render);
  return { ...real, ArticleBody };
});
vi.mock('../../../renderer/store/positions-repo', async (importOriginal) => {
  const real = await importOriginal<typeof PositionsRepo>();
  return { ...real, saveReadingPosition: (db: PizhuDb, position: ReadingPosition) => (writes.push(position), real.saveReadingPosition(db, position)) };
});

const article = normalizeArticle({ fileName: '901_memo.md', text: readerText('渲染测试'), origin: 'bundled' }).article;

let reader: OpenReader | undefined;
beforeEach(() => {
  renders.body = 0;
  writes.length = 0;
});
afterEach(() => {
  reader?.close();
  reader = undefined;
});

describe('the reader’s article body and reading position', () => {
  it('scrolling never re-renders the body; the position is written only when its block or whole percent changes', async () => {
    reader = await openReader(article, [highlightOn(article, 1, 30, 38, 'green')]);
    const { max, scrollTo, db } = reader;
    const percent = (y: number) => Math.round((y / max) * 100) / 100;
    const rendered = renders.body;
    expect(rendered).toBeGreaterThan(0);
    expect(writes).toHaveLength(0);

    // Scroll events on one spot (the same top block, the same whole percent): written once.
    for (const y of [10, 11, 12]) await scrollTo(y);
    expect(percent(12)).toBe(percent(10));
    await wait(400);
    expect(writes).toMatchObject([{ articleId: article.id, blockId: blockAt(10), progress: percent(10) }]);
    // More scrolling that stays on that spot writes nothing, however long the reader stays.
    await scrollTo(13);
    expect([blockAt(13), percent(13)]).toEqual([blockAt(10), percent(10)]);
    await wait(400);
    expect(writes).toHaveLength(1);
    // The next whole percent, still in the same block, is a new spot.
    const nextPercent = Math.ceil(max * (percent(10) + 0.01));
    expect(blockAt(nextPercent)).toBe(blockAt(10));
    await scrollTo(nextPercent);
    await wait(400);
    expect(writes.slice(1)).toMatchObject([{ blockId: blockAt(10), progress: percent(nextPercent) }]);
    // A burst across blocks, back and forth: one write, of where the reader stopped.
    for (const y of [150, 250, 700, max / 2, max, 251]) await scrollTo(y);
    await wait(400);
    expect(blockAt(251)).not.toBe(blockAt(10));
    expect(writes.slice(2)).toMatchObject([{ blockId: blockAt(251), progress: percent(251) }]);
    expect(await db.readingPositions.get(article.id)).toMatchObject({ blockId: blockAt(251), progress: percent(251) });

    expect(renders.body - rendered).toBe(0);
    // The whole app renders in jsdom: a few seconds alone, more on a loaded machine.
  }, 30_000);

  it('a highlight made active re-renders the reader (its toolbar, its list item) but not the body', async () => {
    reader = await openReader(article, [highlightOn(article, 1, 30, 38, 'green')]);
    const rendered = renders.body;
    await act(async () => document.querySelector<HTMLButtonElement>('.annotation-quote')!.click());
    await settle(() => document.querySelector('.annotation-item.is-active') !== null, 'the highlight marked active in the panel');
    expect(document.querySelector('.highlight-toolbar [aria-pressed="true"]')).not.toBeNull();
    expect(renders.body - rendered).toBe(0);
  }, 30_000);
});

// The article body is rendered once per article: not again on scroll, nor when the reader itself
// re-renders (a highlight made active); and the reading position is written only when the top
// block or the whole percent changes. Renders are counted by wrapping the real ArticleBody (inside
// a memo with its own props check while it has one; as it is once it lost it, so a lost memo shows
// as a render count); writes by wrapping saveReadingPosition. jsdom has no layout: it is stubbed,
// block i spanning [100·i, 100·i + 100) px. (reader-renders.test.tsx counts the panel's renders.)
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { act, memo, type ComponentProps, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeRange } from '../../../corpus/anchoring';
import { articleText } from '../../../corpus/model';
import { normalizeArticle } from '../../../corpus/normalize';
import { buildIndex } from '../../../corpus/search';
import { App } from '../../../renderer/app/App';
import type { ArticleBody as RealArticleBody } from '../../../renderer/features/reader/ArticleBody';
import { createBrowserHost } from '../../../renderer/host/browser-host';
import { createBrowserBackupFiles } from '../../../renderer/store/browser-backups';
import { createDb, type PizhuDb } from '../../../renderer/store/db';
import { LiveDataProvider } from '../../../renderer/store/live-data';
import type * as PositionsRepo from '../../../renderer/store/positions-repo';
import type { ReadingPosition, StoredAnnotation } from '../../../renderer/store/records';
import { ServicesProvider } from '../../../renderer/store/services';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
(globalThis as { __APP_VERSION__?: string }).__APP_VERSION__ = '0.0.0-test';

// Browsers have these; jsdom does not. The note markers observe the article's size; a jump to a
// highlight scrolls the reader to the passage's box and the panel to its item.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};
Element.prototype.scrollBy ??= () => {};
Element.prototype.scrollIntoView ??= () => {};
Range.prototype.getBoundingClientRect ??= () => new DOMRect(0, 0, 0, 0);
const css = globalThis as { CSS?: { escape?: (s: string) => string } };
css.CSS ??= {};
css.CSS.escape ??= (s) => s.replace(/["\\]/g, '\\$&');

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

const BLOCK_PX = 100;
const VIEW_PX = 500;
/** Where topVisibleBlock reads the top line, below the scroll area's top edge. */
const TOP_LINE = 8;
const paragraphs = Array.from({ length: 20 }, (_, i) => `第${i + 1}段：全市经济运行总体平稳，重点项目建设稳步推进，民生保障持续加强。`);
const article = normalizeArticle({ fileName: '901_memo.md', text: `# 渲染测试\n\n来源：测试日报\n\n${paragraphs.join('\n\n')}`, origin: 'bundled' }).article;

let root: Root | undefined;
let db: PizhuDb | undefined;
let scrolled = 0;
const original = Element.prototype.getBoundingClientRect;

beforeEach(() => {
  renders.body = 0;
  writes.length = 0;
  scrolled = 0;
  Element.prototype.getBoundingClientRect = function (this: Element) {
    if (this instanceof HTMLElement && this.dataset.blockId !== undefined) {
      const i = [...document.querySelectorAll('[data-block-id]')].indexOf(this);
      return new DOMRect(0, i * BLOCK_PX - scrolled, 600, BLOCK_PX);
    }
    return new DOMRect(0, 0, 600, VIEW_PX);
  };
});
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
  db?.close();
  Element.prototype.getBoundingClientRect = original;
});

const wait = (ms: number) => act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));

async function settle(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (check()) return;
    await wait(5);
  }
  throw new Error(`timed out waiting for ${what}; page: ${document.body.textContent?.slice(0, 400)}`);
}

function highlight(i: number, start: number, end: number): StoredAnnotation {
  const { quote, position } = describeRange(articleText(article.blocks), start, end);
  const time = new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
  return {
    id: `h-${i}`,
    kind: 'highlight',
    articleId: article.id,
    target: { source: article.id, contentHash: article.contentHash, selector: [quote, position] },
    body: { note: '', tags: [] },
    color: 'green',
    created: time,
    modified: time,
  };
}

/** Opens the article in the whole app, with one highlight, and gives the scroll area its (stubbed) geometry. */
async function openReader(): Promise<{ max: number }> {
  db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  await db.settings.put({ key: 'ui.language', value: 'zh-CN' });
  await db.annotations.put(highlight(1, 30, 38));
  location.hash = `#/read/${encodeURIComponent(article.id)}`;
  const host = createBrowserHost({ backups: createBrowserBackupFiles(db), version: '0.0.0-test' });
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() =>
    root!.render(
      <ServicesProvider services={{ db: db!, host, bundled: [article], bundledIndex: () => Promise.resolve(buildIndex([])) }}>
        <LiveDataProvider>
          <App />
        </LiveDataProvider>
      </ServicesProvider>,
    ),
  );
  await settle(() => document.querySelector('.annotation-panel h2')?.textContent === '批注 · 1', 'the panel with the highlight');
  const scroller = document.querySelector<HTMLElement>('.reader-scroll')!;
  const blocks = document.querySelectorAll('[data-block-id]').length;
  Object.defineProperty(scroller, 'scrollTop', { get: () => scrolled });
  Object.defineProperty(scroller, 'scrollHeight', { get: () => blocks * BLOCK_PX });
  Object.defineProperty(scroller, 'clientHeight', { get: () => VIEW_PX });
  return { max: blocks * BLOCK_PX - VIEW_PX };
}

/** Scrolls the reader to `y` px and lets React and the effects run. */
async function scrollTo(y: number): Promise<void> {
  scrolled = y;
  await act(async () => {
    document.querySelector('.reader-scroll')!.dispatchEvent(new Event('scroll'));
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

const blockAt = (y: number) => document.querySelectorAll<HTMLElement>('[data-block-id]')[Math.floor((y + TOP_LINE) / BLOCK_PX)]!.dataset.blockId;

describe('the reader’s article body and reading position', () => {
  it('scrolling never re-renders the body; the position is written only when its block or whole percent changes', async () => {
    const { max } = await openReader();
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
    expect(await db!.readingPositions.get(article.id)).toMatchObject({ blockId: blockAt(251), progress: percent(251) });

    expect(renders.body - rendered).toBe(0);
    // The whole app renders in jsdom: a few seconds alone, more on a loaded machine.
  }, 30_000);

  it('a highlight made active re-renders the reader (its toolbar, its list item) but not the body', async () => {
    await openReader();
    const rendered = renders.body;
    await act(async () => document.querySelector<HTMLButtonElement>('.annotation-quote')!.click());
    await settle(() => document.querySelector('.annotation-item.is-active') !== null, 'the highlight marked active in the panel');
    expect(document.querySelector('.highlight-toolbar [aria-pressed="true"]')).not.toBeNull();
    expect(renders.body - rendered).toBe(0);
  }, 30_000);
});

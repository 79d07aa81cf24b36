// The reader on scroll: the article body and the annotation panel are not rendered again; only
// the progress bar (and the outline, the time left) follow. Render counts are taken by wrapping
// the real components; layout is stubbed (see ../support/reader-harness.tsx).
import 'fake-indexeddb/auto';
import { memo, type ComponentProps, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { normalizeArticle } from '../../../corpus/normalize';
import type { ArticleBody as RealArticleBody } from '../../../renderer/features/reader/ArticleBody';
import type { AnnotationPanel as RealAnnotationPanel } from '../../../renderer/features/reader/AnnotationPanel';
import { createPositionStore } from '../../../renderer/features/reader/reading-spot';
import { blockAt, highlightOn, openReader, readerText, wait, type OpenReader } from '../support/reader-harness';

const renders = vi.hoisted(() => ({ body: 0, panel: 0 }));

vi.mock('../../../renderer/features/reader/ArticleBody', async (importOriginal) => {
  const real = await importOriginal<{ ArticleBody: typeof RealArticleBody }>();
  // The memoized component's own function, called inside a counting memo with the same props check.
  const inner = (real.ArticleBody as unknown as { type: (props: ComponentProps<typeof RealArticleBody>) => ReactNode }).type;
  return { ...real, ArticleBody: memo((props: ComponentProps<typeof RealArticleBody>) => (renders.body++, inner(props))) };
});
vi.mock('../../../renderer/features/reader/AnnotationPanel', async (importOriginal) => {
  const real = await importOriginal<{ AnnotationPanel: typeof RealAnnotationPanel }>();
  return { ...real, AnnotationPanel: (props: ComponentProps<typeof RealAnnotationPanel>) => (renders.panel++, real.AnnotationPanel(props)) };
});

const article = normalizeArticle({ fileName: '900_reader.md', text: readerText('阅读测试'), origin: 'bundled' }).article;

let reader: OpenReader | undefined;
beforeEach(() => {
  renders.body = 0;
  renders.panel = 0;
});
afterEach(() => {
  reader?.close();
  reader = undefined;
});

const progress = () => document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow');

describe('scrolling the reader', () => {
  it('re-renders neither the article body nor the annotation panel; the progress bar follows; the position is saved once it changes', async () => {
    reader = await openReader(article, [highlightOn(article, 1, 30, 38, 'yellow'), highlightOn(article, 2, 120, 130, 'yellow')]);
    const { max, scrollTo, db } = reader;
    expect(document.body.textContent).toContain('测试日报');
    // Late answers from the store (drafts, settings, the saved position) may still render the panel
    // once on a loaded machine: start counting when nothing has rendered for a quarter second.
    for (let last = -1; last !== renders.body + renders.panel;) {
      last = renders.body + renders.panel;
      await wait(250);
    }
    const body = renders.body;
    const panel = renders.panel;
    expect(body).toBeGreaterThan(0);

    for (const y of [40, 41, 42, 250, 251, 700, max / 2, max]) await scrollTo(y);
    expect(progress()).toBe('100');
    await scrollTo(250);
    expect(progress()).toBe(String(Math.round((250 / max) * 100)));

    expect(renders.body - body).toBe(0);
    expect(renders.panel - panel).toBe(0);
    // Written within a quarter second, with the block at the top line and the whole percent.
    await wait(400);
    expect(await db.readingPositions.get(article.id)).toMatchObject({ blockId: blockAt(250), progress: Math.round((250 / max) * 100) / 100 });
    // The whole app renders in jsdom: about 2 s alone, several on a loaded machine.
  }, 30_000);
});

describe('the reading spot', () => {
  it('notifies only when the block or the whole percent changes', () => {
    const store = createPositionStore();
    let heard = 0;
    store.subscribe(() => heard++);
    expect(store.set({ blockId: 'b1', progress: 0.1 })).toBe(true);
    expect(store.set({ blockId: 'b1', progress: 0.1 })).toBe(false);
    expect(store.set({ blockId: 'b2', progress: 0.1 })).toBe(true);
    expect(store.set({ blockId: 'b2', progress: 0.11 })).toBe(true);
    expect(heard).toBe(3);
    expect(store.get()).toEqual({ blockId: 'b2', progress: 0.11 });
  });
});

// The reader on scroll: the article body and the annotation panel are not rendered again; only
// the progress bar (and the outline, the time left) follow. Render counts are taken by wrapping
// the real components; layout is stubbed (jsdom has none): block i spans [100·i, 100·i + 100) px.
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
import type { AnnotationPanel as RealAnnotationPanel } from '../../../renderer/features/reader/AnnotationPanel';
import { createPositionStore } from '../../../renderer/features/reader/reading-spot';
import { createBrowserHost } from '../../../renderer/host/browser-host';
import { createBrowserBackupFiles } from '../../../renderer/store/browser-backups';
import { createDb, type PizhuDb } from '../../../renderer/store/db';
import { LiveDataProvider } from '../../../renderer/store/live-data';
import type { StoredAnnotation } from '../../../renderer/store/records';
import { ServicesProvider } from '../../../renderer/store/services';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
(globalThis as { __APP_VERSION__?: string }).__APP_VERSION__ = '0.0.0-test';

// Browsers have these; jsdom does not. The note markers observe the article's size.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

const css = globalThis as { CSS?: { escape?: (s: string) => string } };
css.CSS ??= {};
css.CSS.escape ??= (s) => s.replace(/["\\]/g, '\\$&');

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

const BLOCK_PX = 100;
const VIEW_PX = 500;
const paragraphs = Array.from({ length: 20 }, (_, i) => `第${i + 1}段：全市经济运行总体平稳，重点项目建设稳步推进，民生保障持续加强。`);
const article = normalizeArticle({ fileName: '900_reader.md', text: `# 阅读测试\n\n来源：测试日报\n\n${paragraphs.join('\n\n')}`, origin: 'bundled' }).article;

let root: Root | undefined;
let db: PizhuDb | undefined;
let scrolled = 0;
const original = Element.prototype.getBoundingClientRect;

beforeEach(() => {
  renders.body = 0;
  renders.panel = 0;
  scrolled = 0;
  Element.prototype.getBoundingClientRect = function (this: Element) {
    if (this instanceof HTMLElement && this.dataset.blockId !== undefined) {
      const i = [...document.querySelectorAll('[data-block-id]')].indexOf(this);
      return new DOMRect(0, i * BLOCK_PX - scrolled, 600, BLOCK_PX);
    }
    return new DOMRect(0, 0, 600, VIEW_PX);
  };
});
afterEach(async () => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
  db?.close();
  Element.prototype.getBoundingClientRect = original;
});

async function settle(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (check()) return;
    await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
  }
  throw new Error(`timed out waiting for ${what}; page: ${document.body.textContent?.slice(0, 400)}`);
}

function annotation(i: number, start: number, end: number): StoredAnnotation {
  const text = articleText(article.blocks);
  const { quote, position } = describeRange(text, start, end);
  const time = new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
  return {
    id: `a-${i}`,
    kind: 'highlight',
    articleId: article.id,
    target: { source: article.id, contentHash: article.contentHash, selector: [quote, position] },
    body: { note: '', tags: [] },
    color: 'yellow',
    created: time,
    modified: time,
  };
}

/** Scrolls the reader to `y` px and lets React and the effects run. */
async function scrollTo(y: number): Promise<void> {
  const container = document.querySelector<HTMLElement>('.reader-scroll')!;
  scrolled = y;
  await act(async () => {
    container.dispatchEvent(new Event('scroll'));
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

const progress = () => document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow');

describe('scrolling the reader', () => {
  it('re-renders neither the article body nor the annotation panel; the progress bar follows; the position is saved once it changes', async () => {
    db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    await db.settings.put({ key: 'ui.language', value: 'zh-CN' });
    await db.annotations.bulkPut([annotation(1, 30, 38), annotation(2, 120, 130)]);
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
    await settle(() => document.querySelector('.annotation-panel h2')?.textContent === '批注 · 2', 'the panel with both annotations');
    const scroller = document.querySelector<HTMLElement>('.reader-scroll')!;
    const blocks = document.querySelectorAll('[data-block-id]').length;
    Object.defineProperty(scroller, 'scrollTop', { get: () => scrolled });
    Object.defineProperty(scroller, 'scrollHeight', { get: () => blocks * BLOCK_PX });
    Object.defineProperty(scroller, 'clientHeight', { get: () => VIEW_PX });
    expect(document.body.textContent).toContain('测试日报');
    const body = renders.body;
    const panel = renders.panel;
    expect(body).toBeGreaterThan(0);

    const max = blocks * BLOCK_PX - VIEW_PX;
    for (const y of [40, 41, 42, 250, 251, 700, max / 2, max]) await scrollTo(y);
    expect(progress()).toBe('100');
    await scrollTo(250);
    expect(progress()).toBe(String(Math.round((250 / max) * 100)));

    expect(renders.body - body).toBe(0);
    expect(renders.panel - panel).toBe(0);
    // Written within a quarter second, with the block at the top line and the whole percent.
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    const saved = await db.readingPositions.get(article.id);
    const top = document.querySelectorAll<HTMLElement>('[data-block-id]')[Math.floor((250 + 8) / BLOCK_PX)]!.dataset.blockId;
    expect(saved).toMatchObject({ blockId: top, progress: Math.round((250 / max) * 100) / 100 });
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

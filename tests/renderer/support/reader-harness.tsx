// The whole app opened on one article in jsdom, for tests that count the reader's renders and
// writes. jsdom has no layout: it is stubbed, block i spanning [100·i, 100·i + 100) px, in a
// scroll area 500 px high.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { describeRange } from '../../../corpus/anchoring';
import { articleText, type Article, type HighlightColor } from '../../../corpus/model';
import { buildIndex } from '../../../corpus/search';
import { App } from '../../../renderer/app/App';
import { createBrowserHost } from '../../../renderer/host/browser-host';
import { createBrowserBackupFiles } from '../../../renderer/store/browser-backups';
import { createDb, type PizhuDb } from '../../../renderer/store/db';
import { LiveDataProvider } from '../../../renderer/store/live-data';
import type { StoredAnnotation } from '../../../renderer/store/records';
import { ServicesProvider } from '../../../renderer/store/services';

export const BLOCK_PX = 100;
export const VIEW_PX = 500;
/** Where topVisibleBlock reads the top line, below the scroll area's top edge. */
export const TOP_LINE = 8;

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

/** Twenty paragraphs under a title and a source, as a bundled article. */
export function readerText(title: string): string {
  const paragraphs = Array.from({ length: 20 }, (_, i) => `第${i + 1}段：全市经济运行总体平稳，重点项目建设稳步推进，民生保障持续加强。`);
  return `# ${title}\n\n来源：测试日报\n\n${paragraphs.join('\n\n')}`;
}

/** A highlight on [start, end) of the article's clean text, made at second `i` of 2026. */
export function highlightOn(article: Article, i: number, start: number, end: number, color: HighlightColor): StoredAnnotation {
  const { quote, position } = describeRange(articleText(article.blocks), start, end);
  const time = new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
  return {
    id: `h-${i}`,
    kind: 'highlight',
    articleId: article.id,
    target: { source: article.id, contentHash: article.contentHash, selector: [quote, position] },
    body: { note: '', tags: [] },
    color,
    created: time,
    modified: time,
  };
}

export const wait = (ms: number) => act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));

export async function settle(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (check()) return;
    await wait(5);
  }
  throw new Error(`timed out waiting for ${what}; page: ${document.body.textContent?.slice(0, 400)}`);
}

/** The open reader: its database, the scroll range, and how to scroll it and close it. */
export interface OpenReader {
  readonly db: PizhuDb;
  readonly max: number;
  scrollTo(y: number): Promise<void>;
  close(): void;
}

/**
 * Opens `article` in the whole app (Chinese interface) with `annotations` stored, waits for the
 * panel to list them, and gives the scroll area its stubbed geometry.
 */
export async function openReader(article: Article, annotations: readonly StoredAnnotation[]): Promise<OpenReader> {
  let scrolled = 0;
  const original = Element.prototype.getBoundingClientRect;
  Element.prototype.getBoundingClientRect = function (this: Element) {
    if (this instanceof HTMLElement && this.dataset.blockId !== undefined) {
      const i = [...document.querySelectorAll('[data-block-id]')].indexOf(this);
      return new DOMRect(0, i * BLOCK_PX - scrolled, 600, BLOCK_PX);
    }
    return new DOMRect(0, 0, 600, VIEW_PX);
  };
  const db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  await db.settings.put({ key: 'ui.language', value: 'zh-CN' });
  await db.annotations.bulkPut([...annotations]);
  location.hash = `#/read/${encodeURIComponent(article.id)}`;
  const host = createBrowserHost({ backups: createBrowserBackupFiles(db), version: '0.0.0-test' });
  const container = document.createElement('div');
  document.body.append(container);
  const root: Root = createRoot(container);
  act(() =>
    root.render(
      <ServicesProvider services={{ db, host, bundled: [article], bundledIndex: () => Promise.resolve(buildIndex([])) }}>
        <LiveDataProvider>
          <App />
        </LiveDataProvider>
      </ServicesProvider>,
    ),
  );
  const heading = `批注 · ${annotations.length}`;
  await settle(() => document.querySelector('.annotation-panel h2')?.textContent === heading, `the panel with ${annotations.length} annotations`);
  const scroller = document.querySelector<HTMLElement>('.reader-scroll')!;
  const blocks = document.querySelectorAll('[data-block-id]').length;
  Object.defineProperty(scroller, 'scrollTop', { get: () => scrolled });
  Object.defineProperty(scroller, 'scrollHeight', { get: () => blocks * BLOCK_PX });
  Object.defineProperty(scroller, 'clientHeight', { get: () => VIEW_PX });
  return {
    db,
    max: blocks * BLOCK_PX - VIEW_PX,
    async scrollTo(y) {
      scrolled = y;
      await act(async () => {
        scroller.dispatchEvent(new Event('scroll'));
        await new Promise((resolve) => setTimeout(resolve, 0));
      });
    },
    close() {
      act(() => root.unmount());
      document.body.innerHTML = '';
      db.close();
      Element.prototype.getBoundingClientRect = original;
    },
  };
}

/** The id of the block at the top line when the reader is scrolled to `y`. */
export const blockAt = (y: number): string | undefined =>
  document.querySelectorAll<HTMLElement>('[data-block-id]')[Math.floor((y + TOP_LINE) / BLOCK_PX)]!.dataset.blockId;

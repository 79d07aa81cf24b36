/**
 * Notebook benchmark (issue 5): 5,000 annotations across 2,000 imported articles, seeded straight
 * into the app's IndexedDB in Chromium; measures the notebook's first paint (cold load of
 * #/notebook, and switching to it from the library) and filter latency (colour chip, tag select,
 * the text box — applied on every keystroke, no debounce — and regrouping). The baseline,
 * measured in the same run and browser before seeding: the cold load of the empty notebook
 * (the app's own start-up, with no data to show).
 *
 * Needs the built app (`npx vite build`). Run alone: `npx tsx tests/e2e/support/notebook-bench.ts [annotations] [articles]`.
 */
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { articleText, COLORS, contentHash, type Block } from '../../../corpus/model';
import type { ImportedArticle, StoredAnnotation } from '../../../renderer/store/records';
import { AppSession, builtArticles } from './app';

export interface NotebookBenchOptions {
  readonly annotations?: number;
  readonly articles?: number;
  /** Repetitions of each filter measurement (the median is reported). */
  readonly repeats?: number;
}

export interface NotebookBenchResult {
  readonly annotations: number;
  readonly articles: number;
  /** Reload on #/notebook: navigation start → first entries painted with the full count; median of COLD_LOADS (5). */
  readonly coldFirstPaintMs: number;
  /** Baseline: the same cold load with no annotations, navigation start → the empty notebook painted; median of COLD_LOADS (5). */
  readonly baselineEmptyColdFirstPaintMs: number;
  /** What the notes add to the app's own start-up: cold minus the empty baseline (the goal's figure for a cold load). */
  readonly coldOverBaselineMs: number;
  /** The first cold load after the notes were added, before the notebook has written its one-record summary (one load). */
  readonly coldWithoutSummaryMs: number;
  /** Library → notebook by the top-bar link: click → first entries painted. */
  readonly switchFirstPaintMs: number;
  /** Entry rows in the DOM after first paint (windowing keeps this small). */
  readonly renderedRows: number;
  /** Colour checkbox toggled → new count and rows painted; median. */
  readonly colourFilterMs: number;
  /** Tag select changed → painted; median. */
  readonly tagFilterMs: number;
  /** A keystroke in the search box (input event) → new count and rows painted; median. The filter has no debounce. */
  readonly textFilterMs: number;
  /** Grouping switched to colour → painted; median. */
  readonly regroupMs: number;
  readonly goalMs: number;
}

const TAGS = ['待核实', '数据', '会议', '改革', '项目', '招商', '科技', '民生', '金融', '开放'];

/** Small imported articles cut from the seed paragraphs, and annotations on their text. */
export function seedData(annotationCount: number, articleCount: number): { articles: ImportedArticle[]; annotations: StoredAnnotation[] } {
  const paragraphs = builtArticles().flatMap((a) => a.blocks.filter((b) => b.kind === 'paragraph' && b.text.length > 40).map((b) => b.text));
  const articles: ImportedArticle[] = [];
  for (let i = 0; i < articleCount; i++) {
    const blocks: Block[] = [0, 1, 2].map((k) => ({
      id: `b${k + 1}`,
      kind: 'paragraph',
      text: `${paragraphs[(i * 3 + k) % paragraphs.length]!}（${i}）`,
      para: k + 1,
      source: { startLine: k + 1, endLine: k + 1 },
    }));
    const text = articleText(blocks);
    articles.push({
      id: `bench-${i}`,
      origin: 'imported',
      meta: { title: `基准文章 ${i}`, authors: [], places: [] },
      blocks,
      contentHash: contentHash(text),
      wordCount: text.length,
      original: '',
      fileName: `bench-${i}.txt`,
      importedAt: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
      encoding: 'utf-8',
    });
  }
  const annotations: StoredAnnotation[] = [];
  for (let i = 0; i < annotationCount; i++) {
    const article = articles[i % articleCount]!;
    const text = articleText(article.blocks);
    const start = (i * 7) % Math.max(1, text.length - 30);
    const end = start + 12 + (i % 15);
    const time = new Date(Date.UTC(2026, 1, 1) + i * 60_000).toISOString();
    annotations.push({
      id: `bench-annotation-${i}`,
      kind: 'highlight',
      articleId: article.id,
      target: {
        source: article.id,
        contentHash: article.contentHash,
        selector: [
          { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) },
          { type: 'TextPositionSelector', start, end },
        ],
      },
      body: { note: i % 3 === 0 ? `第${i}条笔记：**核对**口径` : '', tags: i % 4 === 0 ? [TAGS[i % TAGS.length]!] : [] },
      color: COLORS[i % COLORS.length]!,
      created: time,
      modified: time,
    });
  }
  return { articles, annotations };
}

/** Writes records into the app's own database (already created at its latest version by the app). */
async function seed(page: Page, data: { articles: ImportedArticle[]; annotations: StoredAnnotation[] }): Promise<void> {
  await page.evaluate(
    ({ articles, annotations }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('pizhu');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['importedArticles', 'annotations'], 'readwrite');
          for (const a of articles) tx.objectStore('importedArticles').put(a);
          for (const a of annotations) tx.objectStore('annotations').put(a);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    data,
  );
}

/**
 * In the page: run `act`, then wait (checking every frame) until the notebook's status (or its
 * first group heading) reads differently from before and rows are in the list, then one more frame so it is painted.
 * Returns ms from `act` to that frame; frame polling makes this accurate to about 16 ms.
 */
async function timeUpdate(page: Page, act: string, expectStatus?: string, probe: 'status' | 'first-group' = 'status'): Promise<number> {
  return page.evaluate(
    async ({ act: action, expectStatus: expected, probe: what }) => {
      const selector = what === 'status' ? '.notebook [role="status"]' : '.notebook .notebook-group-title';
      const status = () => document.querySelector(selector)?.textContent ?? '';
      const rows = () => document.querySelectorAll('.notebook [role="list"] [data-row-key]').length;
      const before = status();
      const t0 = performance.now();
      new Function(action)();
      await new Promise<void>((resolve) => {
        const tick = () => {
          const now = status();
          const done = expected !== undefined ? now === expected : now !== before;
          if (done && (rows() > 0 || document.querySelector('.notebook .empty-state'))) requestAnimationFrame(() => resolve());
          else requestAnimationFrame(tick);
        };
        tick();
      });
      return performance.now() - t0;
    },
    { act, expectStatus, probe },
  );
}

/**
 * Before each cold load the previous page is left to finish its reads (as a person would, who
 * does not restart the app within a second of its first paint): IndexedDB answers one request
 * after another, so a reload straight after a paint would wait behind the last page's reads.
 */
const settle = (page: Page) => page.waitForTimeout(1500);

/** Cold loads per figure: a 2-core machine's start-up varies by ±300 ms, so 3 were not enough for a steady median. */
const COLD_LOADS = 5;

/** Polls every frame until `ready` (an expression) holds; ms since navigation start at the frame after. */
async function paintedAfterNavigation(page: Page, ready: string): Promise<number> {
  return page.evaluate(async (expression) => {
    const holds = new Function(`return (${expression});`) as () => boolean;
    await new Promise<void>((resolve) => {
      const tick = () => {
        if (holds()) requestAnimationFrame(() => resolve());
        else requestAnimationFrame(tick);
      };
      tick();
    });
    return performance.now();
  }, ready);
}

const log = (message: string) => {
  if (process.env.BENCH_DEBUG) console.error(`[notebook-bench] ${message}`);
};

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.floor(s.length / 2)]! * 10) / 10;
};

const CLICK_COLOUR = `document.querySelectorAll('.color-filter input[type=checkbox]')[1].click()`;
const setTag = (value: string) =>
  `const s = document.querySelector('.notebook-tag-filter select'); s.value = ${JSON.stringify(value)}; s.dispatchEvent(new Event('change', { bubbles: true }));`;
const typeText = (value: string) =>
  `const i = document.querySelector('.notebook-search'); Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(i, ${JSON.stringify(value)}); i.dispatchEvent(new Event('input', { bubbles: true }));`;
const group = (value: string) => `document.querySelector('.notebook input[type=radio][value=${value}]').click()`;

/** Seeds the data, measures, and returns the numbers (also usable from a test). */
export async function runNotebookBench(options: NotebookBenchOptions = {}): Promise<NotebookBenchResult> {
  const annotationCount = options.annotations ?? 5000;
  const articleCount = options.articles ?? 2000;
  const repeats = options.repeats ?? 5;
  const session = new AppSession();
  await session.serve();
  try {
    const page = await session.open('#/library');
    // tsx (esbuild keepNames) wraps functions passed to page.evaluate in __name(); give the page one.
    const nameShim = 'globalThis.__name = globalThis.__name || ((f) => f);';
    await session.browserContext.addInitScript(nameShim);
    await page.evaluate(nameShim);
    await page.getByRole('main').first().waitFor();

    // Baseline: cold loads of the empty notebook (no data), in the same browser.
    const empties: number[] = [];
    for (let i = 0; i < COLD_LOADS; i++) {
      await page.goto(`${session.baseUrl}#/notebook`);
      await settle(page);
      await page.reload();
      empties.push(await paintedAfterNavigation(page, `document.querySelector('.notebook .empty-state') !== null`));
    }
    log(`empty cold ${empties.join()}`);

    await seed(page, seedData(annotationCount, articleCount));
    log('seeded');

    // Cold: reload straight into the notebook (median of COLD_LOADS, like the baseline).
    const full = `${annotationCount.toLocaleString('zh-CN')} 条批注`;
    const fullPainted = `document.querySelector('.notebook [role="status"]')?.textContent === ${JSON.stringify(full)} && document.querySelector('.notebook [data-row-key]') !== null`;
    // The first cold load after the notes arrived has no summary yet: everything is read record by record.
    await page.goto(`${session.baseUrl}#/notebook`);
    await page.reload();
    const withoutSummary = await paintedAfterNavigation(page, fullPainted);
    // The notebook writes its one-record summary a second after the full data are shown.
    const hasSummary = () =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('pizhu');
        open.onsuccess = () => {
          const q = open.result.transaction('summaries', 'readonly').objectStore('summaries').count();
          q.onsuccess = () => {
            open.result.close();
            resolve(q.result > 0);
          };
        };
      });
    await page.waitForFunction(hasSummary, undefined, { polling: 250, timeout: 20_000 });
    log(`cold without summary ${withoutSummary}`);
    const colds: number[] = [];
    for (let i = 0; i < COLD_LOADS; i++) {
      await page.goto(`${session.baseUrl}#/notebook`);
      await settle(page);
      log(`summary kept before cold load ${i + 1}: ${await page.evaluate(hasSummary)}`);
      await page.reload();
      colds.push(await paintedAfterNavigation(page, fullPainted));
    }
    log(`cold ${colds.join()}`);
    const renderedRows = await page.locator('.notebook [data-row-key]').count();

    // Warm: from the library by the top-bar link.
    const switches: number[] = [];
    for (let i = 0; i < Math.min(3, repeats); i++) {
      await page.getByRole('navigation').getByRole('link', { name: '文库' }).click();
      await page.locator('.notebook').waitFor({ state: 'detached' });
      switches.push(await timeUpdate(page, `document.querySelector('a[href="#/notebook"]').click()`, full));
    }

    log(`switch ${switches.join()}`);
    const colour: number[] = [];
    const tag: number[] = [];
    const text: number[] = [];
    const regroup: number[] = [];
    for (let i = 0; i < repeats; i++) {
      colour.push(await timeUpdate(page, CLICK_COLOUR));
      colour.push(await timeUpdate(page, CLICK_COLOUR, full));
      tag.push(await timeUpdate(page, setTag(TAGS[(i * 2) % TAGS.length]!)));
      tag.push(await timeUpdate(page, setTag(''), full));
      text.push(await timeUpdate(page, typeText(`核对 ${i}`)));
      text.push(await timeUpdate(page, typeText(''), full));
      regroup.push(await timeUpdate(page, group('color'), undefined, 'first-group'));
      await page.evaluate(group('article'));
    }
    log(`colour ${colour.join()} | tag ${tag.join()} | text ${text.join()} | regroup ${regroup.join()}`);
    if (session.pageErrors.length > 0) throw new Error(`page errors: ${session.pageErrors.join('; ')}`);
    return {
      annotations: annotationCount,
      articles: articleCount,
      coldFirstPaintMs: median(colds),
      baselineEmptyColdFirstPaintMs: median(empties),
      coldOverBaselineMs: Math.round((median(colds) - median(empties)) * 10) / 10,
      coldWithoutSummaryMs: Math.round(withoutSummary * 10) / 10,
      switchFirstPaintMs: median(switches),
      renderedRows,
      colourFilterMs: median(colour),
      tagFilterMs: median(tag),
      textFilterMs: median(text),
      regroupMs: median(regroup),
      goalMs: 100,
    };
  } finally {
    await session.dispose();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [annotations, articles] = process.argv.slice(2).map(Number);
  runNotebookBench({ ...(annotations ? { annotations } : {}), ...(articles ? { articles } : {}) }).then(
    (result) => console.log(JSON.stringify(result, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}

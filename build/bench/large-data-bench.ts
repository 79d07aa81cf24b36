/**
 * Large-data benchmark (issue 13, item 6): the reader and the notebook with 10,000 annotations on
 * one article, beside the same pages with 100 (the baseline, measured in the same run).
 *
 * For each: time to open (navigation → the annotation list painted with its full count), the
 * longest main-thread task while opening, and, typing into the note editor (reader) or the filter
 * box (notebook) at a steady pace, each key's input delay — from the key event's time stamp to
 * the frame after its handlers ran (what the person sees) — as p50/p95/max, with the longest task
 * while typing. Event Timing's own `duration` (only reported from 16 ms up) is given as a cross-check.
 * Also records whether the empty-list message was ever on screen while the list was loading.
 *
 * Run alone: `npx tsx build/bench/large-data-bench.ts [count] [baseline]` (uses PIZHU_DIST or dist/renderer).
 */
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import type { Article } from '../../corpus/model';
import { AppSession, builtArticles } from '../../tests/e2e/support/app';
import { manyAnnotations, seedAnnotations } from '../../tests/e2e/support/large-data';

/** Collected in the page from its first script on, read back with `readProbes`. */
const PROBES = `
globalThis.__name = globalThis.__name || ((f) => f);
globalThis.__largeData = { longTasks: [], eventDurations: [], keyDelays: [] };
new PerformanceObserver((list) => { for (const e of list.getEntries()) __largeData.longTasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });
new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.name.startsWith('key')) __largeData.eventDurations.push(e.duration); }).observe({ type: 'event', durationThreshold: 16, buffered: true });
addEventListener('keydown', (e) => {
  const at = e.timeStamp;
  requestAnimationFrame(() => setTimeout(() => __largeData.keyDelays.push(performance.now() - at), 0));
}, true);
`;

interface Probes {
  readonly longTasks: { start: number; duration: number }[];
  readonly eventDurations: number[];
  readonly keyDelays: number[];
}

/** Typed at this pace (ms between keys), about a fast typist's. */
const KEY_GAP_MS = 60;
const TYPED = 'the quick brown fox jumps over the lazy dog';

const round = (n: number) => Math.round(n * 10) / 10;
function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!);
}
const median = (xs: readonly number[]) => percentile(xs, 50);

const readProbes = (page: Page) => page.evaluate(() => (globalThis as unknown as { __largeData: Probes }).__largeData);
const resetProbes = (page: Page) =>
  page.evaluate(() => {
    const p = (globalThis as unknown as { __largeData: Probes }).__largeData;
    p.longTasks.length = 0;
    p.eventDurations.length = 0;
    p.keyDelays.length = 0;
  });
const longest = (tasks: readonly { duration: number }[]) => round(Math.max(0, ...tasks.map((t) => t.duration)));

/** A fresh document load, so performance.now() counts from navigation. */
async function load(page: Page, url: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(url);
}

/**
 * Polls every frame until `ready` holds, noting whether `emptySelector` was ever present first.
 * Returns ms since navigation at the frame after it held.
 */
async function waitPainted(page: Page, readyScript: string, emptySelector: string): Promise<{ at: number; emptyShown: boolean }> {
  return page.evaluate(
    async ({ ready, empty }) => {
      const isReady = new Function(`return (${ready});`) as () => boolean;
      let emptyShown = false;
      await new Promise<void>((resolve) => {
        const tick = () => {
          if (document.querySelector(empty)) emptyShown = true;
          if (isReady()) requestAnimationFrame(() => resolve());
          else requestAnimationFrame(tick);
        };
        tick();
      });
      return { at: performance.now(), emptyShown };
    },
    { ready: readyScript, empty: emptySelector },
  );
}

/** Types TYPED at a steady pace and reports each key's delay to the next frame. */
async function typeAndMeasure(page: Page): Promise<Record<string, number>> {
  await resetProbes(page);
  await page.keyboard.type(TYPED, { delay: KEY_GAP_MS });
  await page.waitForTimeout(300);
  const probes = await readProbes(page);
  return {
    keys: probes.keyDelays.length,
    keyDelayP50Ms: percentile(probes.keyDelays, 50),
    keyDelayP95Ms: percentile(probes.keyDelays, 95),
    keyDelayMaxMs: percentile(probes.keyDelays, 100),
    eventTimingMaxMs: longest(probes.eventDurations.map((duration) => ({ duration }))),
    longestTaskWhileTypingMs: longest(probes.longTasks),
  };
}

async function measureReader(page: Page, base: string, article: Article, count: number, runs: number): Promise<Record<string, number | boolean>> {
  const opens: number[] = [];
  const openTasks: number[] = [];
  let emptyShown = false;
  const heading = `批注 · ${count}`;
  const ready = `[...document.querySelectorAll('.annotation-panel h2')].some((h) => h.textContent === ${JSON.stringify(heading)}) && document.querySelector('.annotation-panel .annotation-item') !== null`;
  for (let i = 0; i < runs; i++) {
    await load(page, `${base}#/read/${encodeURIComponent(article.id)}`);
    const painted = await waitPainted(page, ready, '.annotation-panel .panel-empty');
    opens.push(painted.at);
    emptyShown ||= painted.emptyShown;
    openTasks.push(longest((await readProbes(page)).longTasks));
  }
  await page.waitForTimeout(1000);
  // Open the editor on the first annotation with a note, then type into it.
  const panel = page.getByRole('complementary', { name: '批注' });
  const clickToActive: number[] = [];
  for (let i = 0; i < 5; i++) {
    const quote = panel.locator('.annotation-item .annotation-quote').nth(i);
    const t0 = await page.evaluate(() => performance.now());
    await quote.click();
    await page.locator(`.annotation-item.is-active`).nth(0).waitFor();
    clickToActive.push((await page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now()))))) - t0);
  }
  await panel.getByRole('button', { name: '编辑' }).first().click();
  const box = panel.getByRole('textbox', { name: '添加笔记（N）' });
  await box.waitFor();
  await box.press('End');
  const typing = await typeAndMeasure(page);
  return {
    openMs: median(opens),
    longestTaskWhileOpeningMs: median(openTasks),
    emptyMessageShownWhileLoading: emptyShown,
    clickToActiveMs: median(clickToActive),
    ...typing,
  };
}

async function measureNotebook(page: Page, base: string, count: number, runs: number): Promise<Record<string, number | boolean>> {
  const opens: number[] = [];
  const openTasks: number[] = [];
  let emptyShown = false;
  const status = `${count.toLocaleString('zh-CN')} 条批注`;
  const ready = `document.querySelector('.notebook [role="status"]')?.textContent === ${JSON.stringify(status)} && document.querySelector('.notebook [data-row-key]') !== null`;
  for (let i = 0; i < runs; i++) {
    await load(page, `${base}#/notebook`);
    const painted = await waitPainted(page, ready, '.notebook .empty-state');
    opens.push(painted.at);
    emptyShown ||= painted.emptyShown;
    openTasks.push(longest((await readProbes(page)).longTasks));
  }
  await page.waitForTimeout(500);
  await page.getByRole('searchbox', { name: '搜索批注（引文、笔记、标签）' }).click();
  const typing = await typeAndMeasure(page);
  return { openMs: median(opens), longestTaskWhileOpeningMs: median(openTasks), emptyMessageShownWhileLoading: emptyShown, ...typing };
}

export interface LargeDataBenchOptions {
  readonly annotations?: number;
  readonly baseline?: number;
  readonly runs?: number;
}

/** Seeds `baseline` annotations, measures, adds up to `annotations`, measures again. */
export async function runLargeDataBench(options: LargeDataBenchOptions = {}): Promise<Record<string, unknown>> {
  const count = options.annotations ?? 10_000;
  const baseline = options.baseline ?? 100;
  const runs = options.runs ?? 3;
  const article = [...builtArticles()].sort((a, b) => b.wordCount - a.wordCount)[0]!;
  const session = new AppSession();
  await session.serve();
  try {
    const page = await session.open('#/library');
    await session.browserContext.addInitScript(PROBES);
    await page.getByRole('main').first().waitFor();
    await seedAnnotations(page, manyAnnotations(article, baseline));
    const small = {
      reader: await measureReader(page, session.baseUrl, article, baseline, runs),
      notebook: await measureNotebook(page, session.baseUrl, baseline, runs),
    };
    await seedAnnotations(page, manyAnnotations(article, count - baseline, baseline));
    const large = {
      reader: await measureReader(page, session.baseUrl, article, count, runs),
      notebook: await measureNotebook(page, session.baseUrl, count, runs),
    };
    if (session.pageErrors.length > 0) throw new Error(`page errors: ${session.pageErrors.join('; ')}`);
    return {
      article: article.id,
      articleChars: article.wordCount,
      annotations: count,
      keyGapMs: KEY_GAP_MS,
      goalInputDelayMs: 100,
      [`baseline${baseline}`]: small,
      [`with${count}`]: large,
    };
  } finally {
    await session.dispose();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [annotations, baseline] = process.argv.slice(2).map(Number);
  runLargeDataBench({ ...(annotations ? { annotations } : {}), ...(baseline ? { baseline } : {}) }).then(
    (result) => console.log(JSON.stringify(result, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}

/**
 * Large imports in Debian's Chromium through the app (issue 12 item 7). Generated `.txt`
 * briefings are dropped on the library, each into a fresh profile so one never slows the next:
 * one at the importer's length limit and one at half of it (imported, opened, scrolled to the
 * end), and 1, 5 and 20 MB ones (over the limit: how fast and how smoothly they are refused).
 *
 * - `importMs`: drop → the import dialog shows its result (imported or refused);
 * - `openFirstParagraphMs`: click → first paragraph in the DOM and painted;
 * - `scrollToEndMs`: then scrolling to the bottom → the last block on screen;
 * - `…LongestFreezeMs`: the longest main-thread task (PerformanceObserver `longtask`) in that
 *   phase, what a user feels as a frozen window.
 *
 * Baselines from the same run: a 10 KB import from the same generator (the dialog's fixed
 * cost) and a static page of the same paragraphs (what Chromium needs to lay the text out).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { ROOT } from '../corpus-files';
import { startStaticServer } from '../static-server';
import { CHROMIUM_ARGS } from './app-bench';
import { generateLongBriefing, type LongBriefing } from './long-briefing';

const round = (n: number) => Math.round(n);
const MB = 1024 * 1024;

/** What one import-and-open run measured; `refused` is the dialog's reason when not imported. */
export interface LargeImportRun {
  readonly importMs: number;
  readonly importLongestFreezeMs: number;
  readonly refused?: string;
  readonly openFirstParagraphMs?: number;
  readonly scrollToEndMs?: number;
  readonly openLongestFreezeMs?: number;
  readonly blocks?: number;
}

/** Collects long tasks from now on; `takeLongest()` returns and clears the longest so far. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __pizhuLongest: number };
    w.__pizhuLongest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__pizhuLongest = Math.max(w.__pizhuLongest, entry.duration);
    }).observe({ type: 'longtask' });
  });
}

async function takeLongest(page: Page): Promise<number> {
  // One more frame so a task that just ended has been reported.
  return page.evaluate(async () => {
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
    const w = window as unknown as { __pizhuLongest: number };
    const longest = w.__pizhuLongest;
    w.__pizhuLongest = 0;
    return longest;
  });
}

/** Drops one file on the library (as a file manager would) and waits for the dialog's result. */
export async function dropAndWait(page: Page, name: string, text: string): Promise<{ ms: number; refused?: string }> {
  const file = await page.evaluateHandle(([n, t]) => new File([t], n, { type: 'text/plain' }), [name, text] as const);
  const outcome = await page.evaluate(async (f) => {
    const target = document.querySelector('main.library')!;
    const dt = new DataTransfer();
    dt.items.add(f);
    // No named helpers inside page functions: the bench runner's transpiler would wrap them.
    for (const type of ['dragenter', 'dragover']) target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
    await new Promise((r) => requestAnimationFrame(r));
    const t0 = performance.now();
    target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt }));
    for (;;) {
      const dialog = document.querySelector('.import-dialog[aria-busy="false"]');
      if (dialog?.querySelector('.import-ok, .import-refused')) {
        return { ms: performance.now() - t0, refused: dialog.querySelector('.import-refused')?.textContent ?? undefined };
      }
      await new Promise((r) => requestAnimationFrame(r));
    }
  }, file);
  await file.dispose();
  return outcome.refused === undefined ? { ms: outcome.ms } : { ms: outcome.ms, refused: outcome.refused };
}

/** Opens the article from its library card, then scrolls to the end; both timed in the page. */
export async function openAndScroll(page: Page, title: string): Promise<{ firstParagraphMs: number; scrollToEndMs: number; blocks: number }> {
  return page.evaluate(async (t) => {
    const link = [...document.querySelectorAll<HTMLAnchorElement>('.article-card-link')].find((a) => a.textContent?.includes(t));
    if (!link) throw new Error(`no library card for ${t}`);
    const t0 = performance.now();
    link.click();
    while (!document.querySelector('.block-paragraph')) await new Promise((r) => requestAnimationFrame(r));
    await new Promise((r) => requestAnimationFrame(r));
    const firstParagraphMs = performance.now() - t0;
    const scroller = document.querySelector<HTMLElement>('.reader-scroll')!;
    const t1 = performance.now();
    for (;;) {
      scroller.scrollTop = scroller.scrollHeight;
      await new Promise((r) => requestAnimationFrame(r));
      const blocks = document.querySelectorAll('[data-block-id]');
      const last = blocks[blocks.length - 1];
      const box = last?.getBoundingClientRect();
      if (box && box.bottom > 0 && box.top < window.innerHeight && scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2) {
        return { firstParagraphMs, scrollToEndMs: performance.now() - t1, blocks: blocks.length };
      }
    }
  }, title);
}

/** Imports `briefing` into a fresh profile of the app at `base`, opens it and scrolls to its end. */
export async function measureLargeImport(base: string, briefing: LongBriefing, name: string): Promise<LargeImportRun> {
  const profile = mkdtempSync(join(tmpdir(), 'pizhu-large-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'zh-CN',
    viewport: { width: 1400, height: 900 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(180_000);
    await page.goto(`${base}#/library`);
    await page.locator('.article-card').first().waitFor();
    await watchLongTasks(page);
    const imported = await dropAndWait(page, name, briefing.text);
    const importLongestFreezeMs = await takeLongest(page);
    if (imported.refused !== undefined) return { importMs: round(imported.ms), importLongestFreezeMs: round(importLongestFreezeMs), refused: imported.refused };
    await page.locator('.import-dialog .import-actions button').click();
    await page.locator('.import-dialog').waitFor({ state: 'detached' });
    await takeLongest(page);
    const opened = await openAndScroll(page, briefing.title);
    const openLongestFreezeMs = await takeLongest(page);
    return {
      importMs: round(imported.ms),
      importLongestFreezeMs: round(importLongestFreezeMs),
      openFirstParagraphMs: round(opened.firstParagraphMs),
      scrollToEndMs: round(opened.scrollToEndMs),
      openLongestFreezeMs: round(openLongestFreezeMs),
      blocks: opened.blocks,
    };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Milliseconds for Chromium to lay out a static page of the briefing's paragraphs (no app). */
async function staticPageMs(briefing: LongBriefing): Promise<number> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const paragraphs = briefing.text.split(/\n\n+/);
    await page.evaluate(() => undefined);
    return await page.evaluate((ps) => {
      const t0 = performance.now();
      const main = document.createElement('main');
      for (const p of ps) main.appendChild(document.createElement('p')).textContent = p;
      document.body.appendChild(main);
      // Force layout, then wait past the next paint.
      void main.getBoundingClientRect().height;
      return new Promise<number>((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now() - t0), 0)));
    }, paragraphs);
  } finally {
    await browser.close();
  }
}

/**
 * The importer's length limit, MAX_ARTICLE_CHARS in renderer/features/import/import-limits.ts
 * (build/ may not import the renderer; a unit test keeps the two equal).
 */
export const BENCH_LIMIT_CHARS = 200_000;

/** A generated briefing of at most `chars` extracted characters (whitespace not counted), close to it. */
export function briefingOfChars(chars: number, seed: number): LongBriefing {
  // ~2.9 UTF-8 bytes per counted character in this generator; shrink until it fits.
  for (let bytes = chars * 2.9; ; bytes *= 0.99) {
    const briefing = generateLongBriefing(bytes, seed);
    if (briefing.text.replace(/\s/gu, '').length <= chars) return briefing;
  }
}

/**
 * `BENCH_LARGE_MB` (default `1,5,20`) picks the over-limit sizes; `dist` the built renderer.
 * Accepted: a briefing at the limit and at half of it (import, open, scroll, freezes).
 * Refused: 1, 5 and 20 MB (how fast the refusal comes, and the longest freeze on the way).
 */
export async function runLargeImportBench(
  sizesMb: readonly number[] = [1, 5, 20],
  dist = join(ROOT, 'dist', 'renderer'),
): Promise<Record<string, number | string>> {
  const server = await startStaticServer(dist, 0);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const results: Record<string, number | string> = { limitChars: BENCH_LIMIT_CHARS };
  const record = (key: string, run: LargeImportRun) => {
    for (const [field, value] of Object.entries(run)) if (value !== undefined) results[`${key}.${field}`] = value;
  };
  try {
    const small = await measureLargeImport(base, generateLongBriefing(10 * 1024, 3), 'small-briefing.txt');
    results['baseline.import10KBMs'] = small.importMs;
    if (small.openFirstParagraphMs !== undefined) results['baseline.open10KBFirstParagraphMs'] = small.openFirstParagraphMs;
    for (const [key, chars] of [
      ['halfLimit', BENCH_LIMIT_CHARS / 2],
      ['atLimit', BENCH_LIMIT_CHARS],
    ] as const) {
      const briefing = briefingOfChars(chars, 7);
      results[`baseline.${key}.staticPageMs`] = round(await staticPageMs(briefing));
      record(key, await measureLargeImport(base, briefing, `${key}.txt`));
    }
    for (const mb of sizesMb) record(`refused${mb}MB`, await measureLargeImport(base, generateLongBriefing(mb * MB, 20 + mb), `long-briefing-${mb}mb.txt`));
  } finally {
    server.close();
  }
  return results;
}

/**
 * App benchmarks in Debian's Chromium against the built renderer: library first paint, opening
 * the longest article, and painting 1,000 highlights — each with a baseline measured in the
 * same run (a static page of the same text; the same article with no highlights).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { describeRange } from '../../corpus/anchoring';
import { articleText, COLORS, type Article } from '../../corpus/model';
import { ROOT } from '../corpus-files';
import { startStaticServer } from '../static-server';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (n: number) => Math.round(n * 10) / 10;

/** 1,000 highlights spread over the article, as the store keeps them. */
export function generatedAnnotations(article: Article, count: number) {
  const text = articleText(article.blocks);
  return Array.from({ length: count }, (_, i) => {
    const start = Math.floor((i / count) * (text.length - 30));
    const end = start + 4 + (i % 20);
    const { quote, position } = describeRange(text, start, end);
    const time = new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
    return {
      id: `bench-${i}`,
      kind: 'highlight',
      articleId: article.id,
      target: { source: article.id, contentHash: article.contentHash, selector: [quote, position] },
      body: { note: i % 10 === 0 ? `笔记 ${i}` : '', tags: [] },
      color: COLORS[i % COLORS.length],
      created: time,
      modified: time,
    };
  });
}

/** A fresh document load (not a same-document hash change), so performance.now() starts at navigation. */
async function load(page: Page, url: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(url);
}

/** Milliseconds from navigation start until the article is rendered and `expected` highlights are painted. */
async function timeToHighlights(page: Page, url: string, expected: number): Promise<number> {
  await load(page, url);
  return page.evaluate(async (n) => {
    for (;;) {
      const painted = ['yellow', 'green', 'blue', 'pink', 'purple'].reduce(
        (sum, c) => sum + ((CSS.highlights as unknown as Map<string, Set<Range>>).get(`pizhu-${c}`)?.size ?? 0),
        0,
      );
      if (painted >= n && document.querySelector('[data-block-id]')) return performance.now();
      await new Promise((r) => requestAnimationFrame(r));
    }
  }, expected);
}

export async function runAppBench(articles: readonly Article[], runs = 5): Promise<Record<string, number>> {
  const server = await startStaticServer(join(ROOT, 'dist', 'renderer'), 0);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const profile = mkdtempSync(join(tmpdir(), 'pizhu-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const longest = [...articles].sort((a, b) => b.wordCount - a.wordCount)[0]!;
  const results: Record<string, number> = {};
  try {
    const libraryReady: number[] = [];
    const staticPaint: number[] = [];
    const openArticle: number[] = [];
    for (let i = 0; i < runs; i++) {
      await load(page, `${base}#/library`);
      await page.locator('.article-card').first().waitFor();
      libraryReady.push(await page.evaluate(() => performance.now()));
      await page.goto('about:blank');
      await page.setContent(`<main>${longest.blocks.map((b) => `<p>${b.text}</p>`).join('')}</main>`);
      staticPaint.push(await page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())))));
      await load(page, `${base}#/library`);
      await page.locator('.article-card').first().waitFor();
      const t0 = await page.evaluate(() => performance.now());
      await page.locator('.article-card-link', { hasText: longest.meta.title }).click();
      await page.locator('[data-block-id]').last().waitFor();
      openArticle.push((await page.evaluate(() => performance.now())) - t0);
    }
    results['library.readyMs'] = round(median(libraryReady));
    results['baseline.staticPageOfLongestArticleMs'] = round(median(staticPaint));
    results['reader.openLongestArticleMs'] = round(median(openArticle));

    // Same article without and with 1,000 highlights.
    const readerUrl = `${base}#/read/${encodeURIComponent(longest.id)}`;
    const none: number[] = [];
    for (let i = 0; i < runs; i++) none.push(await timeToHighlights(page, readerUrl, 0));
    const records = generatedAnnotations(longest, 1000);
    await page.evaluate(async (rows) => {
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('pizhu');
        open.onsuccess = () => {
          const tx = open.result.transaction('annotations', 'readwrite');
          for (const row of rows) tx.objectStore('annotations').put(row);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      });
    }, records);
    const many: number[] = [];
    for (let i = 0; i < runs; i++) many.push(await timeToHighlights(page, readerUrl, 1000));
    results['reader.openWithNoHighlightsMs'] = round(median(none));
    results['reader.openWith1000HighlightsPaintedMs'] = round(median(many));
    results['reader.extraFor1000HighlightsMs'] = round(median(many) - median(none));
  } finally {
    await context.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return results;
}

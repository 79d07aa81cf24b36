/**
 * Large data never looks like loss (issue 13, item 6): with 10,000 annotations on one article the
 * reader's panel says it is loading — never "no annotations yet" — until the whole list is there,
 * and the windowed list still reaches every annotation and takes a note.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppSession, builtArticles } from './support/app';
import { manyAnnotations, seedAnnotations } from './support/large-data';

const COUNT = 10_000;

describe('10,000 annotations on one article', () => {
  const session = new AppSession();
  const article = [...builtArticles()].sort((a, b) => b.wordCount - a.wordCount)[0]!;

  beforeAll(async () => {
    await session.serve();
  });
  afterAll(async () => {
    await session.dispose();
  });

  it('the reader says 正在载入批注… until all are listed, never 还没有批注, and the count is right', async () => {
    const page = await session.open('#/library');
    await page.getByRole('main').first().waitFor();
    await seedAnnotations(page, manyAnnotations(article, COUNT));
    // A fresh start on the reader, watched from the page's first script, every frame.
    await session.browserContext.addInitScript(`
      globalThis.__seen = { empty: false, loading: false };
      const watch = () => {
        const panel = document.querySelector('.annotation-panel');
        if (panel) {
          if (panel.textContent.includes('还没有批注')) __seen.empty = true;
          const status = panel.querySelector('[role="status"][aria-busy="true"]');
          if (status && status.textContent === '正在载入批注…') __seen.loading = true;
        }
        requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    `);
    await page.goto('about:blank');
    await page.goto(`${session.baseUrl}#/read/${encodeURIComponent(article.id)}`);
    const panel = page.getByRole('complementary', { name: '批注' });
    await panel.getByRole('heading', { name: `批注 · ${COUNT}`, exact: true }).waitFor({ timeout: 60_000 });
    const seen = await page.evaluate(() => (globalThis as unknown as { __seen: { empty: boolean; loading: boolean } }).__seen);
    expect(seen).toEqual({ empty: false, loading: true });
    expect(await panel.getByText('还没有批注').count()).toBe(0);
    expect(await panel.getByRole('status').filter({ hasText: '正在载入批注…' }).count()).toBe(0);

    // Windowed: the list knows all 10,000, the page holds a screenful.
    const list = panel.getByRole('list', { name: '批注', exact: true });
    const rendered = await list.getByRole('listitem').count();
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(200);
    expect(await list.getByRole('listitem').first().getAttribute('aria-setsize')).toBe(String(COUNT));

    // Scrolled to the end, the last annotation in reading order is there.
    const aside = page.locator('.reader-right');
    await expect
      .poll(async () => {
        await aside.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
        return list.getByRole('listitem').last().getAttribute('aria-posinset');
      })
      .toBe(String(COUNT));

    // Back at the top, a note typed into the first annotation is saved and the count holds.
    await aside.evaluate((el) => el.scrollTo({ top: 0 }));
    const first = list.getByRole('listitem').first();
    await first.getByRole('button', { name: /编辑|添加笔记/ }).click();
    await panel.getByRole('textbox', { name: '添加笔记（N）' }).fill('一万条里的一条新笔记');
    await panel.getByRole('button', { name: '保存' }).click();
    await panel.getByText('一万条里的一条新笔记').waitFor();
    await panel.getByRole('heading', { name: `批注 · ${COUNT}`, exact: true }).waitFor();
    expect(session.pageErrors).toEqual([]);
  });

  it('highlights and note markers are painted where the reader is, and follow the scrolling', async () => {
    const page = await session.open(`#/read/${encodeURIComponent(article.id)}`);
    await page
      .getByRole('complementary', { name: '批注' })
      .getByRole('heading', { name: `批注 · ${COUNT}`, exact: true })
      .waitFor({ timeout: 60_000 });
    const scroller = page.locator('.reader-scroll');
    await scroller.evaluate((el) => el.scrollTo({ top: 0 }));
    const lastBlockPainted = () =>
      page.evaluate(() => {
        const blocks = document.querySelectorAll('.reader-article [data-block-id]');
        const last = blocks[blocks.length - 1]!;
        return [...CSS.highlights.values()].some((h) => [...h].some((r) => r instanceof Range && r.intersectsNode(last)));
      });
    // Marker buttons carry their number first: ①…⑳, then (21), (22)…
    const markerNumbers = async () =>
      (await page.locator('.note-marker').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''))).map((label) => {
        const circled = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'.indexOf(label[0]!);
        return circled >= 0 ? circled + 1 : Number(/^\((\d+)\)/.exec(label)?.[1]);
      });
    // At the top: the first highlights are painted, the last paragraph's are not; markers only near the screen.
    await expect.poll(async () => (await markerNumbers()).length).toBeGreaterThan(0);
    const top = await markerNumbers();
    expect(top).toContain(1);
    expect(top.length).toBeLessThan(1200);
    expect(await lastBlockPainted()).toBe(false);
    // At the end: the last paragraph is painted and its notes have markers, numbered in reading order.
    await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await expect.poll(lastBlockPainted).toBe(true);
    await expect.poll(async () => Math.max(...(await markerNumbers()))).toBeGreaterThan(Math.max(...top));
    expect(await markerNumbers()).not.toContain(1);
    expect(session.pageErrors).toEqual([]);
  });
});

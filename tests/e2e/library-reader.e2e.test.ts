import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppSession, builtArticles } from './support/app';

describe('library and reader (browser preview)', () => {
  const session = new AppSession();
  beforeAll(() => session.serve());
  afterAll(() => session.dispose());

  it('lists the five bundled briefings by their real titles and opens each one', async () => {
    const page = await session.open();
    const articles = builtArticles();
    expect(articles).toHaveLength(5);
    await expect.poll(() => page.getByRole('heading', { name: '文库' }).count()).toBe(1);
    const list = page.getByRole('list', { name: '文库' });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(5);
    await expect.poll(() => page.getByRole('link', { name: /凝心聚力 向“新”行/ }).count()).toBe(1);
    for (const article of articles) {
      await page.getByRole('link', { name: article.meta.title }).first().click();
      const reader = page.getByRole('article', { name: article.meta.title });
      await reader.waitFor();
      const firstHeading = article.blocks.find((b) => b.kind === 'heading');
      const firstParagraph = article.blocks.find((b) => b.kind === 'paragraph');
      if (firstHeading) await expect.poll(() => reader.getByRole('heading', { name: firstHeading.text }).first().isVisible()).toBe(true);
      expect(firstParagraph).toBeDefined();
      await expect.poll(() => reader.getByText(firstParagraph!.text, { exact: true }).first().isVisible()).toBe(true);
      // A first visit opens at the top: the first paragraph is on screen.
      const firstOnScreen = () =>
        page.locator(`[data-block-id="${firstParagraph!.id}"]`).evaluate((el) => {
          const view = el.closest('.reader-scroll')!.getBoundingClientRect();
          const box = el.getBoundingClientRect();
          return box.top >= view.top - 1 && box.top < view.bottom;
        });
      await expect.poll(firstOnScreen).toBe(true);
      await page.getByRole('button', { name: /返回文库/ }).click();
      await page.getByRole('heading', { name: '文库' }).waitFor();
    }
    expect(session.pageErrors).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  });

  it('reopens an article at the remembered position after a full browser restart', async () => {
    const articles = builtArticles();
    const longest = [...articles].sort((a, b) => b.wordCount - a.wordCount)[0]!;
    const target = longest.blocks[Math.floor(longest.blocks.length * 0.6)]!;
    let page = await session.open();
    await page.getByRole('link', { name: longest.meta.title }).first().click();
    await page.getByRole('article', { name: longest.meta.title }).waitFor();
    await page.locator(`[data-block-id="${target.id}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(600);
    await session.closeBrowser();

    page = await session.open();
    await page.getByRole('link', { name: longest.meta.title }).first().click();
    const block = page.locator(`[data-block-id="${target.id}"]`);
    await expect
      .poll(() =>
        block.evaluate((el) => {
          const scroller = el.closest('.reader-scroll')!;
          const top = el.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
          return top > -40 && top < 120;
        }),
      )
      .toBe(true);
    await session.closeBrowser();
  });
});

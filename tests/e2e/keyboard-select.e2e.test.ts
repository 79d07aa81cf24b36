import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppSession, builtArticles } from './support/app';
import { paintedTexts } from './support/select-text';

describe('highlighting without a mouse', () => {
  const session = new AppSession();
  beforeAll(() => session.serve());
  afterAll(() => session.dispose());

  it('with the article focused, Shift+→ selects from the top block and 2 highlights it as 数据; Shift+↓ selects a line and 1 highlights it', async () => {
    const article = builtArticles()[0]!;
    const page = await session.open(`#/read/${encodeURIComponent(article.id)}`);
    const reader = page.getByRole('article', { name: article.meta.title });
    await reader.waitFor();
    await reader.focus();
    expect(await reader.evaluate((el) => el === document.activeElement)).toBe(true);
    for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowRight');
    const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
    expect(selected).toHaveLength(6);
    const first = article.blocks[0]!;
    expect(first.text.startsWith(selected)).toBe(true);
    await page.getByRole('toolbar', { name: '高亮工具栏' }).waitFor();
    await page.keyboard.press('2');
    await expect.poll(() => paintedTexts(page, 'pizhu-green')).toEqual([selected]);

    // Shift+↓ selects a line's worth; the toolbar follows and a colour key applies it.
    await reader.focus();
    await page.keyboard.press('Shift+ArrowDown');
    const line = await page.evaluate(() => window.getSelection()?.toString() ?? '');
    expect(line.length).toBeGreaterThan(6);
    await page.keyboard.press('1');
    await expect.poll(async () => (await paintedTexts(page, 'pizhu-yellow')).length).toBe(1);
    expect(session.pageErrors).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFigures } from '../../corpus/figures';
import { AppSession, builtArticles } from './support/app';
import { paintedTexts } from './support/select-text';

describe('key figures: across briefings, filtered, one click from the passage and from a highlight', () => {
  const session = new AppSession();
  beforeAll(() => session.serve());
  afterAll(() => session.dispose());

  it('lists 1188亿元, filters by unit, sorts by value, highlights it as 数据 and opens the passage', async () => {
    const articles = builtArticles();
    const figures = articles.flatMap((a) => extractFigures(a));
    const target = figures.find((f) => f.raw === '1188亿元');
    expect(target, '1188亿元 is in the built corpus').toBeDefined();
    const article = articles.find((a) => a.id === target!.articleId)!;
    const yi = figures.filter((f) => f.unit === '亿元');

    const page = await session.open();
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '关键数据' }).click();
    const view = page.getByRole('main', { name: '关键数据' });
    const table = view.getByRole('table', { name: '关键数据表' });
    await table.waitFor();
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['数据 ↕', '单位', '指标', '原句', '文章 ↑', '章节', '操作']);
    await expect
      .poll(() => view.getByRole('status').textContent())
      .toBe(`${figures.length.toLocaleString('zh-CN')} 个数据，来自 ${new Set(figures.map((f) => f.articleId)).size} 篇简报`);
    const row = table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: '1188亿元', exact: true }) })
      .first();
    await row.waitFor();
    expect(await row.getByRole('cell').nth(3).textContent()).toBe(article.meta.title);

    // Filter by unit: every row left is in 亿元.
    await view.getByRole('combobox', { name: '单位' }).selectOption({ value: '亿元' });
    await expect.poll(() => table.getByRole('row').count()).toBe(yi.length + 1);
    const units = await table.getByRole('row').evaluateAll((rows) => rows.slice(1).map((r) => r.querySelectorAll('td')[0]!.textContent));
    expect(new Set(units)).toEqual(new Set(['亿元']));

    // Sort by value within the unit: largest first.
    await table.getByRole('columnheader', { name: /数据/ }).getByRole('button').click();
    await expect.poll(() => table.getByRole('columnheader', { name: /数据/ }).getAttribute('aria-sort')).toBe('descending');
    const shown = await table.getByRole('rowheader').allTextContents();
    const values = shown.map((raw) => yi.find((f) => f.raw === raw)!.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));

    // Highlight as 数据: once, and the row says so.
    await row.getByRole('button', { name: '高亮为“数据”' }).click();
    const done = row.getByRole('button', { name: '已高亮为“数据”' });
    await expect.poll(() => done.isDisabled()).toBe(true);
    await expect.poll(() => page.getByRole('status').getByText('已高亮').first().isVisible()).toBe(true);

    // Go to the passage: the reader opens on its block, with the figure painted green.
    await row.getByRole('button', { name: '转到原文' }).click();
    const reader = page.getByRole('article', { name: article.meta.title });
    await reader.waitFor();
    await expect.poll(() => page.url()).toContain(`?b=${target!.blockId}`);
    await expect.poll(() => paintedTexts(page, 'pizhu-green')).toEqual(['1188亿元']);

    // Back in the figures view after a reload, it is still marked as highlighted (nothing doubled).
    await page.goto(`${session.baseUrl}#/figures?a=${encodeURIComponent(article.id)}`);
    const again = page
      .getByRole('table', { name: '关键数据表' })
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: '1188亿元', exact: true }) })
      .first();
    await expect.poll(() => again.getByRole('button', { name: '已高亮为“数据”' }).isDisabled()).toBe(true);
    await expect.poll(() => page.getByRole('combobox', { name: '文章' }).inputValue()).toBe(article.id);
    expect(session.pageErrors).toEqual([]);
  });
});

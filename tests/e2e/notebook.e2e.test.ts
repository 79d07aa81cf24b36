import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block } from '../../corpus/model';
import { AppSession, builtArticles } from './support/app';
import { dragSelect, paintedTexts } from './support/select-text';

/** Whether the element's top edge lies inside the visible part of the reader. */
const inView = (element: Locator) =>
  element.evaluate((el) => {
    const scroller = el.closest('.reader-scroll') ?? document.documentElement;
    const box = scroller.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    return r.top >= box.top - 1 && r.top < box.bottom - 20;
  });

async function highlight(page: Page, article: Locator, block: Block, quote: string, button: string): Promise<void> {
  await dragSelect(page, article.locator(`[data-block-id="${block.id}"]`), quote);
  await page.getByRole('toolbar', { name: '高亮工具栏' }).getByRole('button', { name: button }).click();
}

describe('notebook: every annotation, grouped, filtered, one click from its passage', () => {
  const session = new AppSession();
  beforeAll(() => session.serve());
  afterAll(() => session.dispose());

  it('lists highlights from two articles, filters by colour and text, groups by colour, opens the passage', async () => {
    const [first, second] = builtArticles();
    const paragraphs = (blocks: readonly Block[]) => blocks.filter((b) => b.kind === 'paragraph' && b.text.length > 60);
    const [pA1, pA2] = paragraphs(first!.blocks);
    const pB = paragraphs(second!.blocks).at(-1)!; // the last one: opening it must scroll the reader
    const quoteA1 = pA1!.text.slice(2, 16);
    const quoteA2 = pA2!.text.slice(5, 19);
    const quoteB = pB.text.slice(3, 18);

    const page = await session.open();
    await page.getByRole('link', { name: first!.meta.title }).first().click();
    const articleA = page.getByRole('article', { name: first!.meta.title });
    await articleA.waitFor();

    // A yellow highlight with a note and a tag, then a green one.
    await highlight(page, articleA, pA1!, quoteA1, '添加笔记（N）');
    const panel = page.getByRole('complementary', { name: '批注' });
    await panel.getByRole('textbox', { name: '添加笔记（N）' }).fill('会前核对**统计口径**');
    await panel.getByRole('combobox', { name: '标签' }).fill('待核实');
    await panel.getByRole('combobox', { name: '标签' }).press('Enter');
    await panel.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => panel.getByText('#待核实').isVisible()).toBe(true);
    await highlight(page, articleA, pA2!, quoteA2, '数据（2）');
    await expect.poll(() => paintedTexts(page, 'pizhu-green')).toEqual([quoteA2]);

    // A blue one in the second article.
    await page.getByRole('button', { name: /返回文库/ }).click();
    await page.getByRole('link', { name: second!.meta.title }).first().click();
    const articleB = page.getByRole('article', { name: second!.meta.title });
    await articleB.waitFor();
    await highlight(page, articleB, pB, quoteB, '疑问（3）');
    await expect.poll(() => paintedTexts(page, 'pizhu-blue')).toEqual([quoteB]);

    // The notebook, grouped by article, with counts.
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '笔记本' }).click();
    const notebook = page.getByRole('main', { name: '笔记本' });
    const status = notebook.getByRole('status');
    await expect.poll(() => status.textContent()).toBe('3 条批注');
    // Without a team there is no author filter.
    expect(await notebook.getByRole('combobox', { name: '作者' }).count()).toBe(0);
    const list = notebook.getByRole('list', { name: '批注列表' });
    await expect.poll(() => list.getByRole('heading').allTextContents()).toEqual([`${first!.meta.title} · 2 条批注`, `${second!.meta.title} · 1 条批注`]);
    const entry = (quote: string) => list.getByRole('button', { name: quote });
    for (const quote of [quoteA1, quoteA2, quoteB]) await entry(quote).waitFor();
    await expect.poll(() => list.getByText('统计口径').isVisible()).toBe(true);
    await expect.poll(() => list.getByText('#待核实').isVisible()).toBe(true);

    // Filter by colour.
    const colours = notebook.getByRole('group', { name: '颜色' });
    await colours.getByRole('checkbox', { name: '数据' }).check();
    await expect.poll(() => status.textContent()).toBe('1 / 3 条批注');
    await expect.poll(() => list.getByRole('button').count()).toBe(1);
    await entry(quoteA2).waitFor();
    await colours.getByRole('checkbox', { name: '疑问' }).check();
    await expect.poll(() => status.textContent()).toBe('2 / 3 条批注');
    await colours.getByRole('checkbox', { name: '数据' }).uncheck();
    await colours.getByRole('checkbox', { name: '疑问' }).uncheck();
    await expect.poll(() => status.textContent()).toBe('3 条批注');

    // Filter by text: the note, then a tag, then nothing.
    const search = notebook.getByRole('searchbox', { name: '搜索批注（引文、笔记、标签）' });
    await search.fill('统计口径');
    await expect.poll(() => status.textContent()).toBe('1 / 3 条批注');
    await expect.poll(() => list.getByRole('button').count()).toBe(1);
    await entry(quoteA1).waitFor();
    await search.fill(quoteB.slice(2, 8));
    await expect.poll(() => list.getByRole('button').count()).toBe(1);
    await entry(quoteB).waitFor();
    await search.fill('不存在的词语');
    await expect.poll(() => notebook.getByText('没有符合条件的批注。').isVisible()).toBe(true);
    await search.fill('');
    await expect.poll(() => status.textContent()).toBe('3 条批注');

    // Filter by tag (the select shows counts).
    await notebook.getByRole('combobox', { name: '标签' }).selectOption({ label: '#待核实（1）' });
    await expect.poll(() => status.textContent()).toBe('1 / 3 条批注');
    await notebook.getByRole('combobox', { name: '标签' }).selectOption({ label: '全部标签' });

    // Group by colour.
    await notebook.getByRole('radio', { name: '按颜色' }).check();
    await expect.poll(() => list.getByRole('heading').allTextContents()).toEqual(['重点 · 1 条批注', '数据 · 1 条批注', '疑问 · 1 条批注']);
    await notebook.getByRole('radio', { name: '按标签' }).check();
    await expect.poll(() => list.getByRole('heading').allTextContents()).toEqual(['#待核实 · 1 条批注', '无标签 · 2 条批注']);

    // Open the passage in the reader.
    await entry(quoteB).click();
    await articleB.waitFor();
    await expect.poll(() => page.url()).toContain(`#/read/${second!.id}?b=${pB.id}`);
    await expect.poll(() => paintedTexts(page, 'pizhu-blue')).toEqual([quoteB]);
    await expect.poll(() => inView(articleB.locator(`[data-block-id="${pB.id}"]`))).toBe(true);
    expect(session.pageErrors).toEqual([]);
  });
});

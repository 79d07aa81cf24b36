import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppSession, builtArticles } from './support/app';
import { dragSelect, paintedTexts } from './support/select-text';

describe('highlighting and notes survive a restart', () => {
  const session = new AppSession();
  beforeAll(() => session.serve());
  afterAll(() => session.dispose());

  it('highlights with the mouse, notes with a tag, overlaps, restart, delete and undo', async () => {
    const articles = builtArticles();
    const [first, second] = articles;
    const para1 = first!.blocks.find((b) => b.kind === 'paragraph' && b.text.length > 60)!;
    const para2 = second!.blocks.find((b) => b.kind === 'paragraph' && b.text.length > 80)!;
    const quote1 = para1.text.slice(4, 20);
    const outer = para2.text.slice(10, 40);
    const inner = para2.text.slice(20, 50);

    let page = await session.open();
    await page.getByRole('link', { name: first!.meta.title }).first().click();
    const article = page.getByRole('article', { name: first!.meta.title });
    await article.waitFor();

    // Select with the mouse, then choose a colour on the toolbar.
    await dragSelect(page, article.locator(`[data-block-id="${para1.id}"]`), quote1);
    const toolbar = page.getByRole('toolbar', { name: '高亮工具栏' });
    await toolbar.getByRole('button', { name: '数据（2）' }).click();
    await expect.poll(() => paintedTexts(page, 'pizhu-green')).toEqual([quote1]);

    // Write a note with a tag on it, from the annotation panel.
    const panel = page.getByRole('complementary', { name: '批注' });
    await panel.getByRole('button', { name: quote1 }).waitFor();
    await page.getByRole('toolbar', { name: '高亮工具栏' }).getByRole('button', { name: '添加笔记（N）' }).click();
    await panel.getByRole('textbox', { name: '添加笔记（N）' }).fill('会上要问：**数据来源**？');
    await panel.getByRole('combobox', { name: '标签' }).fill('待核实');
    await panel.getByRole('combobox', { name: '标签' }).press('Enter');
    await panel.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => panel.getByText('数据来源').isVisible()).toBe(true);
    await expect.poll(() => panel.getByText('#待核实').isVisible()).toBe(true);
    await expect.poll(() => article.getByRole('button', { name: /① 会上要问/ }).isVisible()).toBe(true);

    // A second article: two overlapping highlights, one by keyboard shortcut.
    await page.getByRole('button', { name: /返回文库/ }).click();
    await page.getByRole('link', { name: second!.meta.title }).first().click();
    const article2 = page.getByRole('article', { name: second!.meta.title });
    await article2.waitFor();
    await dragSelect(page, article2.locator(`[data-block-id="${para2.id}"]`), outer);
    await page.getByRole('toolbar', { name: '高亮工具栏' }).getByRole('button', { name: '重点（1）' }).click();
    await expect.poll(() => paintedTexts(page, 'pizhu-yellow')).toEqual([outer]);
    await dragSelect(page, article2.locator(`[data-block-id="${para2.id}"]`), inner);
    await page.getByRole('toolbar', { name: '高亮工具栏' }).waitFor();
    await page.keyboard.press('3');
    await expect.poll(() => paintedTexts(page, 'pizhu-blue')).toEqual([inner]);
    expect(await paintedTexts(page, 'pizhu-yellow')).toEqual([outer]);

    // Quit completely and start again with the same profile.
    await session.closeBrowser();
    page = await session.open();
    await page.getByRole('link', { name: first!.meta.title }).first().click();
    await page.getByRole('article', { name: first!.meta.title }).waitFor();
    await expect.poll(() => paintedTexts(page, 'pizhu-green')).toEqual([quote1]);
    const panelAfter = page.getByRole('complementary', { name: '批注' });
    await expect.poll(() => panelAfter.getByText('数据来源').isVisible()).toBe(true);
    await expect.poll(() => panelAfter.getByText('#待核实').isVisible()).toBe(true);

    await page.getByRole('button', { name: /返回文库/ }).click();
    await page.getByRole('link', { name: second!.meta.title }).first().click();
    await page.getByRole('article', { name: second!.meta.title }).waitFor();
    await expect.poll(() => paintedTexts(page, 'pizhu-yellow')).toEqual([outer]);
    await expect.poll(() => paintedTexts(page, 'pizhu-blue')).toEqual([inner]);

    // Delete the inner highlight from the panel, then undo from the toast.
    const panel2 = page.getByRole('complementary', { name: '批注' });
    const innerItem = panel2.getByRole('listitem').filter({ hasText: inner });
    await innerItem.getByRole('button', { name: '删除' }).click();
    await expect.poll(() => paintedTexts(page, 'pizhu-blue')).toEqual([]);
    await page.getByRole('status').getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => paintedTexts(page, 'pizhu-blue')).toEqual([inner]);

    // Delete by clicking the highlight and pressing Delete; Ctrl+Z brings it back.
    await panel2.getByRole('button', { name: inner }).click();
    await page.keyboard.press('Delete');
    await expect.poll(() => paintedTexts(page, 'pizhu-blue')).toEqual([]);
    await page.keyboard.press('Control+z');
    await expect.poll(() => paintedTexts(page, 'pizhu-blue')).toEqual([inner]);
    expect(session.pageErrors).toEqual([]);
  });
});

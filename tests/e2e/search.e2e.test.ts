import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleText } from '../../corpus/model';
import { AppSession, builtArticles } from './support/app';
import { dragSelect, paintedTexts } from './support/select-text';

const occurrences = (text: string, needle: string) => text.split(needle).length - 1;

describe('global search (Ctrl+K) and find in article', () => {
  const session = new AppSession();
  beforeAll(() => session.serve());
  afterAll(() => session.dispose());

  it.each(['营商环境', '数字经济', '1188'])('finds %s in every article that contains it, and steps through its hits', async (query) => {
    const articles = builtArticles();
    const expected = articles.filter((a) => articleText(a.blocks).includes(query));
    expect(expected.length).toBeGreaterThan(0);
    const page = await session.open();
    await page.getByRole('heading', { name: '文库' }).waitFor();
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: '搜索' });
    await dialog.getByRole('combobox', { name: '搜索全部文章和笔记…' }).fill(query);
    const results = dialog.getByRole('listbox', { name: '搜索' }).getByRole('option');
    await expect.poll(() => results.count()).toBe(expected.length);
    for (const article of expected) expect(await results.filter({ hasText: article.meta.title }).count()).toBe(1);

    // Open the best result: the reader shows every occurrence and a counter.
    await results.first().click();
    const find = page.getByRole('search', { name: '在文中查找' });
    await find.waitFor();
    const title = (await page.getByRole('article').getAttribute('aria-label'))!;
    const opened = articles.find((a) => a.meta.title === title)!;
    const total = occurrences(articleText(opened.blocks), query);
    await expect.poll(() => find.getByRole('status').textContent()).toBe(`1 / ${total}`);
    await expect.poll(async () => (await paintedTexts(page, 'pizhu-find')).length).toBe(total);
    expect(await paintedTexts(page, 'pizhu-find-current')).toEqual([query]);
    if (total > 1) {
      await find.getByRole('searchbox').press('Enter');
      await expect.poll(() => find.getByRole('status').textContent()).toBe(`2 / ${total}`);
      await find.getByRole('searchbox').press('Shift+Enter');
      await find.getByRole('searchbox').press('Shift+Enter');
      await expect.poll(() => find.getByRole('status').textContent()).toBe(`${total} / ${total}`);
    }
    expect(session.pageErrors).toEqual([]);
  });

  it('finds a phrase from a note just written, labelled as a note, and shows a clear empty state', async () => {
    const article = builtArticles()[1]!;
    const para = article.blocks.find((b) => b.kind === 'paragraph' && b.text.length > 40)!;
    const page = await session.open();
    await page.getByRole('link', { name: article.meta.title }).first().click();
    const reader = page.getByRole('article', { name: article.meta.title });
    await reader.waitFor();
    await dragSelect(page, reader.locator(`[data-block-id="${para.id}"]`), para.text.slice(0, 12));
    await page.keyboard.press('n');
    const panel = page.getByRole('complementary', { name: '批注' });
    await panel.getByRole('textbox', { name: '添加笔记（N）' }).fill('请财政局补充青苔湾项目的预算明细');
    await panel.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => panel.getByText('青苔湾项目').isVisible()).toBe(true);

    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: '搜索' });
    const box = dialog.getByRole('combobox', { name: '搜索全部文章和笔记…' });
    const options = dialog.getByRole('listbox', { name: '搜索' }).getByRole('option');
    await box.fill('青苔湾项目');
    await expect.poll(() => options.count()).toBe(1);
    expect(await options.first().textContent()).toContain('笔记');

    for (const nothing of ['量子引力火锅店', '.*+?^${}()|[]\\', '，。！？', '   ', 'x'.repeat(5000)]) {
      await box.fill(nothing);
      await expect.poll(() => options.count()).toBe(0);
    }
    await box.fill('量子引力火锅店');
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('没有找到“量子引力火锅店”。');
    expect(session.pageErrors).toEqual([]);
  });
});

/**
 * The search index lives for the whole app (issue 15), not in the search dialog: an article
 * imported a moment ago is in the results of the very first query — the status never says
 * "nothing found" on the way — and removing it to the trash takes it out of search, undo
 * brings it back. Every status text the dialog shows is recorded from the first keystroke.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppSession } from './support/app';

const TITLE = '瑶湖科学岛规划纪要';
const WORD = '瑶湖科学岛';
const TEXT = `# ${TITLE}\n\n${WORD}将建设三座实验楼，首期投资二十亿元。\n\n会议要求年内完成选址和环评。\n`;

async function importArticle(page: Page): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入文章…' }).click();
  await (await chooser).setFiles([{ name: '纪要.md', mimeType: 'text/markdown', buffer: Buffer.from(TEXT, 'utf8') }]);
  await page.getByRole('dialog', { name: '导入文章' }).getByRole('button', { name: '打开' }).click();
  await page.getByRole('article', { name: TITLE }).waitFor();
}

/** Opens search, types the word, and returns every text its status line showed until `until` appears. */
async function searchWatchingStatus(page: Page, query: string, until: RegExp): Promise<string[]> {
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: '搜索' });
  await dialog.waitFor();
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __statusSeen: string[] }).__statusSeen = seen;
    const status = document.querySelector('.search-dialog [role="status"]')!;
    new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
  });
  await dialog.getByRole('combobox', { name: '搜索全部文章和笔记…' }).fill(query);
  await dialog.getByRole('status').getByText(until).waitFor();
  return page.evaluate(() => (window as unknown as { __statusSeen: string[] }).__statusSeen);
}

describe('the app-wide search index', () => {
  const session = new AppSession();
  beforeAll(() => session.serve());
  afterAll(() => session.dispose());

  it('finds a just-imported article from the first query, drops it on remove and brings it back on undo', async () => {
    const page = await session.open();
    await page.getByRole('heading', { name: '文库' }).waitFor();
    await importArticle(page);

    const seen = await searchWatchingStatus(page, WORD, /^1 个结果$/);
    expect(seen.filter((s) => s.startsWith('没有找到'))).toEqual([]);
    const dialog = page.getByRole('dialog', { name: '搜索' });
    const results = dialog.getByRole('listbox', { name: '搜索' }).getByRole('option');
    await expect.poll(() => results.count()).toBe(1);
    await results.filter({ hasText: TITLE }).getByText('2 处').waitFor(); // the title and the paragraph
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // Remove to the trash: gone from search at once.
    await page.getByRole('button', { name: /返回文库/ }).click();
    await page.getByRole('button', { name: `移除《${TITLE}》` }).click();
    await page.getByRole('dialog', { name: '移除文章' }).getByRole('button', { name: '移除', exact: true }).click();
    await page.getByRole('status').getByText(`已移除《${TITLE}》`).waitFor();
    const afterRemove = await searchWatchingStatus(page, WORD, /^没有找到/);
    expect(afterRemove.some((s) => s.startsWith('没有找到'))).toBe(true);
    await expect.poll(() => results.count()).toBe(0);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // Undo from the toast: searchable again, again without a "nothing found" on the way.
    await page.getByRole('status').getByRole('button', { name: '撤销' }).click();
    await page.getByRole('link', { name: TITLE }).waitFor();
    const afterUndo = await searchWatchingStatus(page, WORD, /^1 个结果$/);
    expect(afterUndo.filter((s) => s.startsWith('没有找到'))).toEqual([]);
    await results.filter({ hasText: TITLE }).waitFor();
  });
});

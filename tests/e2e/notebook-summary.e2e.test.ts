import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppSession, builtArticles } from './support/app';
import { manyAnnotations, seedAnnotations } from './support/large-data';
import { dragSelect } from './support/select-text';

/**
 * Opening cold on the notebook (issue 15): the list is drawn from a one-record summary until the
 * full read arrives, and the summary never outlives the data it was made from — a note saved
 * in the reader removes it in the same transaction, and the next visit writes a new one.
 */
describe('the notebook summary', () => {
  const session = new AppSession();
  const byLength = [...builtArticles()].sort((a, b) => b.wordCount - a.wordCount);
  const seeded = byLength[0]!;
  const other = byLength[1]!;
  const COUNT = 1000;
  // manyAnnotations puts note 0 at the very start of the article: the first entry of the list.
  const FIRST_NOTE = '第 0 条笔记：核对口径';
  const FORGED = '只在摘要里的文字';
  const n = (count: number) => count.toLocaleString('zh-CN');

  beforeAll(async () => {
    await session.serve();
  });
  afterAll(() => session.dispose());

  /** The stored summary's JSON, or undefined when there is none. */
  const storedSummary = (page: Page) =>
    page.evaluate(
      () =>
        new Promise<string | undefined>((resolve, reject) => {
          const open = indexedDB.open('pizhu');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const get = db.transaction('summaries').objectStore('summaries').get('notebook');
            get.onsuccess = () => {
              db.close();
              resolve((get.result as { json?: string } | undefined)?.json);
            };
            get.onerror = () => reject(get.error);
          };
        }),
    );

  /** Rewrites the summary's JSON in place, behind the app's back (its stamps stay current). */
  const forgeSummary = (page: Page, from: string, to: string) =>
    page.evaluate(
      ([a, b]) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('pizhu');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction('summaries', 'readwrite');
            const store = tx.objectStore('summaries');
            const get = store.get('notebook');
            get.onsuccess = () => {
              const record = get.result as { json: string };
              store.put({ ...record, json: record.json.split(a!).join(b!) });
            };
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      [from, to],
    );

  /** A cold start on `hash`, with every text the notebook list ever held recorded from the page's first script. */
  async function coldStart(page: Page, hash: string): Promise<void> {
    await page.goto('about:blank');
    await page.goto(session.baseUrl + hash);
  }
  const everShown = (page: Page) => page.evaluate(() => (globalThis as unknown as { __shown: string[] }).__shown.join('\n'));

  it('paints from the summary, replaces it with the stored notes, and drops it when a note is saved', async () => {
    const page = await session.open('#/library');
    await page.getByRole('main').first().waitFor();
    await seedAnnotations(page, manyAnnotations(seeded, COUNT));
    await session.browserContext.addInitScript(`
      globalThis.__shown = [];
      new MutationObserver(() => {
        const list = document.querySelector('.notebook-list');
        if (list) __shown.push(list.textContent);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    `);

    // First visit: the full read, then the summary is written a second after the list shows.
    await coldStart(page, '#/notebook');
    const notebook = page.getByRole('main', { name: '笔记本' });
    await notebook
      .getByRole('status')
      .filter({ hasText: `${n(COUNT)} 条批注` })
      .waitFor({ timeout: 30_000 });
    await expect.poll(() => storedSummary(page), { timeout: 10_000 }).toContain(FIRST_NOTE);

    // The summary is what the cold start draws first: a text only it holds is shown, then the
    // stored note replaces it.
    await forgeSummary(page, FIRST_NOTE, FORGED);
    await coldStart(page, '#/notebook');
    const list = notebook.getByRole('list', { name: '批注列表' });
    await list.getByText(FIRST_NOTE).waitFor({ timeout: 30_000 });
    expect(await everShown(page)).toContain(FORGED);
    await expect.poll(() => list.getByText(FORGED).count()).toBe(0);
    expect(await notebook.getByRole('status').textContent()).toBe(`${n(COUNT)} 条批注`);

    // A note saved in the reader takes the summary with it, in the same transaction.
    const para = other.blocks.find((b) => b.kind === 'paragraph' && b.text.length > 40)!;
    const quote = para.text.slice(3, 15);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '文库' }).click();
    await page.getByRole('link', { name: other.meta.title }).first().click();
    await dragSelect(page, page.getByRole('article', { name: other.meta.title }).locator(`[data-block-id="${para.id}"]`), quote);
    await page.getByRole('toolbar', { name: '高亮工具栏' }).getByRole('button', { name: '添加笔记（N）' }).click();
    const panel = page.getByRole('complementary', { name: '批注' });
    await panel.getByRole('textbox', { name: '添加笔记（N）' }).fill('刚写下的笔记');
    await panel.getByRole('button', { name: '保存' }).click();
    await panel.getByRole('listitem').filter({ hasText: '刚写下的笔记' }).waitFor();
    await expect.poll(() => storedSummary(page)).toBeUndefined();

    // The next visit to the notebook writes a new one, from what is stored now.
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '笔记本' }).click();
    await notebook
      .getByRole('status')
      .filter({ hasText: `${n(COUNT + 1)} 条批注` })
      .waitFor();
    await expect.poll(() => storedSummary(page), { timeout: 10_000 }).toContain('刚写下的笔记');
    const fresh = (await storedSummary(page))!;
    expect(fresh).toContain(FIRST_NOTE);
    expect(fresh).not.toContain(FORGED);

    // And a cold start shows the new note, never anything the summary no longer holds.
    await coldStart(page, '#/notebook');
    await notebook
      .getByRole('status')
      .filter({ hasText: `${n(COUNT + 1)} 条批注` })
      .waitFor({ timeout: 30_000 });
    await notebook.getByRole('searchbox', { name: '搜索批注（引文、笔记、标签）' }).fill('刚写下的笔记');
    await list.getByText('刚写下的笔记').waitFor();
    expect(await everShown(page)).not.toContain(FORGED);
    expect(session.pageErrors).toEqual([]);
  });
});

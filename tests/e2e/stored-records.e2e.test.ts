/**
 * Records damaged in IndexedDB (another release, a hand edit): the app lists them by record and
 * field in Chinese, shows everything else, deletes nothing, and a backup still restores.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppSession, builtArticles } from './support/app';

const putRaw = (page: Page, store: string, records: readonly unknown[]): Promise<void> =>
  page.evaluate(
    ({ store, records }) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('pizhu');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readwrite');
          for (const r of records) tx.objectStore(store).put(r);
          tx.oncomplete = () => {
            open.result.close();
            done();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    { store, records },
  );

const count = (page: Page, store: string): Promise<number> =>
  page.evaluate(
    (store) =>
      new Promise<number>((done) => {
        const open = indexedDB.open('pizhu');
        open.onsuccess = () => {
          const req = open.result.transaction(store).objectStore(store).count();
          req.onsuccess = () => {
            open.result.close();
            done(req.result);
          };
        };
      }),
    store,
  );

describe('a damaged stored record never breaks a view and is never silently dropped', () => {
  const session = new AppSession();
  beforeAll(() => session.serve());
  afterAll(() => session.dispose());

  it('the notebook shows the good note, a notice names the bad one and its field in Chinese, and both stay stored', async () => {
    const article = builtArticles()[0]!;
    const para = article.blocks.find((b) => b.kind === 'paragraph' && b.text.length > 40)!;
    const exact = para.text.slice(0, 12);
    const annotation = (id: string, note: string) => ({
      id,
      kind: 'highlight',
      articleId: article.id,
      target: {
        source: article.id,
        contentHash: article.contentHash,
        selector: [
          { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
          { type: 'TextPositionSelector', start: 0, end: exact.length },
        ],
      },
      body: { note, tags: [] },
      color: 'yellow',
      created: '2026-12-01T08:00:00.000Z',
      modified: '2026-12-01T08:00:00.000Z',
    });
    const good = annotation('00000000-0000-4000-8000-00000000a001', '完好的笔记');
    const bad = { ...annotation('00000000-0000-4000-8000-00000000a002', '坏掉的笔记'), color: 'mauve' };
    let page = await session.open('#/library');
    await page.getByRole('heading', { name: '文库' }).waitFor();
    await putRaw(page, 'annotations', [good, bad]);
    await session.closeBrowser();

    page = await session.open('#/notebook');
    const notice = page.getByRole('complementary', { name: '有保存的记录无法读取' });
    await notice.waitFor();
    expect(await notice.getByRole('alert').textContent()).toBe('1 条保存的记录无法读取，已跳过（没有删除，也不会写进备份）。');
    expect(await notice.getByRole('listitem').allTextContents()).toEqual([`批注 ${bad.id}：color：应为 "yellow" | "green" | "blue" | "pink" | "purple" 之一`]);
    await page.getByText('完好的笔记').first().waitFor();
    expect(await page.getByText('坏掉的笔记').count()).toBe(0);
    expect(await count(page, 'annotations')).toBe(2);

    // Back up now still works (the bad record is left out of it) and says so in Chinese.
    await page.getByRole('link', { name: '设置' }).click();
    await page.getByRole('button', { name: '立即备份' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /^上次备份：/ })
          .count(),
      )
      .toBe(1);
    await notice.waitFor();
    expect(session.pageErrors).toEqual([]);
  });
});

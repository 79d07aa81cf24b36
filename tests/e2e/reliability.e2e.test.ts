import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, Block } from '../../corpus/model';
import { AppSession, builtArticles } from './support/app';
import { dragSelect, paintedTexts } from './support/select-text';

interface Stored {
  readonly id: string;
  readonly quote: string;
  readonly note: string;
  readonly tags: readonly string[];
}

/** What the database holds, read straight from IndexedDB (not through the app's code). */
const storedAnnotations = (page: Page, articleId: string): Promise<Stored[]> =>
  page.evaluate(
    (source) =>
      new Promise<Stored[]>((done, fail) => {
        const open = indexedDB.open('pizhu');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('annotations').objectStore('annotations').getAll();
          request.onerror = () => fail(request.error);
          request.onsuccess = () => {
            open.result.close();
            type Row = { id: string; articleId: string; target: { selector: [{ exact: string }] }; body: { note: string; tags: string[] } };
            done(
              (request.result as Row[])
                .filter((r) => r.articleId === source)
                .map((r) => ({ id: r.id, quote: r.target.selector[0].exact, note: r.body.note, tags: r.body.tags })),
            );
          };
        };
      }),
    articleId,
  );

const sorted = (xs: readonly string[]) => [...xs].sort();

/** The article with the most long paragraphs: room for 100 separate highlights. */
function roomiestArticle(): { article: Article; spots: { block: Block; quote: string }[] } {
  const long = (a: Article) => a.blocks.filter((b) => b.kind === 'paragraph' && b.text.length > 70);
  const article = builtArticles().reduce((best, a) => (long(a).length > long(best).length ? a : best));
  // Three short, separate quotes per paragraph; they never overlap, so each paints as its own range.
  const spots = long(article).flatMap((block) => [3, 25, 47].map((at) => ({ block, quote: block.text.slice(at, at + 9) })));
  return { article, spots };
}

async function openArticle(page: Page, article: Article): Promise<Locator> {
  await page.getByRole('link', { name: article.meta.title }).first().click();
  const reader = page.getByRole('article', { name: article.meta.title });
  await reader.waitFor();
  return reader;
}

describe('notes survive crashes, a full disk and a second window', () => {
  const session = new AppSession();
  beforeAll(() => session.serve());
  afterAll(() => session.dispose());

  it('kill -9 twice while 100 highlights and notes are being saved: every confirmed one comes back intact', async () => {
    const { article, spots } = roomiestArticle();
    expect(spots.length).toBeGreaterThanOrEqual(100);
    let page = await session.open();
    let reader = await openArticle(page, article);

    /** Painted quotes the UI has confirmed so far, and notes whose "已保存" the user saw. */
    let confirmed: string[] = [];
    const confirmedNotes: string[] = [];
    let attempted = 0;
    let kills = 0;

    const save = async (i: number, waitForConfirmation: boolean): Promise<void> => {
      const { block, quote } = spots[i]!;
      await dragSelect(page, reader.locator(`[data-block-id="${block.id}"]`), quote);
      await page.getByRole('toolbar', { name: '高亮工具栏' }).waitFor();
      attempted++;
      if (i % 10 === 9) {
        // Every tenth save is a written note, saved with Ctrl+Enter.
        await page.keyboard.press('n');
        const panel = page.getByRole('complementary', { name: '批注' });
        const box = panel.getByRole('textbox', { name: '添加笔记（N）' });
        const note = `断电前第 ${i + 1} 条笔记：**核对**数据`;
        await box.fill(note);
        await box.press('Control+Enter');
        if (!waitForConfirmation) return;
        await page.getByRole('status').getByText('已保存', { exact: true }).first().waitFor();
        await panel.getByText(`断电前第 ${i + 1} 条笔记：`).waitFor();
        confirmedNotes.push(note);
      } else {
        await page.keyboard.press('1');
        if (!waitForConfirmation) return;
      }
      await expect.poll(async () => (await paintedTexts(page, 'pizhu-yellow')).length, { message: `save ${i + 1} painted` }).toBe(confirmed.length + 1);
      confirmed = await paintedTexts(page, 'pizhu-yellow');
      // The reader has finished with this save (it makes the new highlight the active one) before the next selection starts.
      await expect
        .poll(() => page.locator('.annotation-item.is-active .quote-text').textContent(), { message: `save ${i + 1} active` })
        .toBe(confirmed.find((q) => quote.includes(q) || q.includes(quote)));
    };

    /** Kills mid-save, restarts on the same profile, and checks what the user was promised. */
    const killAndCheck = async (inFlight: number): Promise<void> => {
      // The last save has been asked for but not confirmed: the kill lands while it is being written.
      await save(inFlight, false);
      await session.killBrowser();
      kills++;
      page = await session.open();
      reader = await openArticle(page, article);
      const inFlightQuote = spots[inFlight]!.quote;
      await expect.poll(async () => (await paintedTexts(page, 'pizhu-yellow')).length).toBeGreaterThanOrEqual(confirmed.length);
      const after = await paintedTexts(page, 'pizhu-yellow');
      // Every confirmed highlight is back, painted over exactly its text; at most the in-flight one is extra.
      const extra = [...after];
      for (const quote of confirmed) {
        const at = extra.indexOf(quote);
        expect(at, `confirmed highlight "${quote}" is missing after kill ${kills}`).toBeGreaterThanOrEqual(0);
        extra.splice(at, 1);
      }
      expect(extra.every((q) => inFlightQuote.includes(q) || q.includes(inFlightQuote))).toBe(true);
      expect(extra.length).toBeLessThanOrEqual(1);
      // The database agrees: the same quotes, every confirmed note word for word, nothing unanchored.
      const stored = await storedAnnotations(page, article.id);
      expect(sorted(stored.map((s) => s.quote)).filter((q) => !extra.includes(q))).toEqual(sorted(confirmed));
      for (const note of confirmedNotes) expect(stored.filter((s) => s.note === note)).toHaveLength(1);
      expect(await page.getByRole('heading', { name: /未定位的批注/ }).count()).toBe(0);
      const panel = page.getByRole('complementary', { name: '批注' });
      for (const note of confirmedNotes) await panel.getByText(note.replace('**核对**数据', '')).waitFor();
      // Continue from what is really there, as the user would.
      confirmed = after;
    };

    const started = Date.now();
    for (let i = 0; i < 49; i++) await save(i, true);
    await killAndCheck(49);
    for (let i = 50; i < 99; i++) await save(i, true);
    await killAndCheck(99);

    expect(attempted).toBe(100);
    expect(kills).toBe(2);
    expect(confirmed.length).toBeGreaterThanOrEqual(98);
    expect(confirmedNotes.length).toBeGreaterThanOrEqual(8);
    console.log(
      `crash safety: ${attempted} saves, ${kills} kills survived, ${confirmed.length} confirmed intact, ${confirmedNotes.length} notes, ${Date.now() - started} ms`,
    );
    expect(session.pageErrors).toEqual([]);
  });

  it('a full disk: the quota message is shown, the note text stays in the editor, and saving works once there is room', async () => {
    const article = builtArticles()[1]!;
    const para = article.blocks.find((b) => b.kind === 'paragraph' && b.text.length > 60)!;
    const quote = para.text.slice(4, 16);
    const page = await session.open();
    const reader = await openArticle(page, article);
    // The next `count` writes to the annotations store fail the way Chromium reports a full disk.
    const failNextWrites = (count: number) =>
      page.evaluate((n) => {
        const w = window as { __quotaFailures?: number; __quotaPatched?: boolean };
        w.__quotaFailures = n;
        if (w.__quotaPatched) return;
        w.__quotaPatched = true;
        const original = IDBObjectStore.prototype.put;
        IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
          if (this.name === 'annotations' && (w.__quotaFailures ?? 0) > 0) {
            w.__quotaFailures!--;
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          }
          return original.apply(this, args);
        };
      }, count);
    const quotaMessage = '存储空间已满，无法保存。请释放磁盘空间后重试；笔记内容仍保留在编辑框中。';

    // Creating a highlight on a full disk: an alert says why, nothing is painted.
    await failNextWrites(1);
    await dragSelect(page, reader.locator(`[data-block-id="${para.id}"]`), quote);
    await page.keyboard.press('2');
    await page.getByRole('alert').getByText(quotaMessage).waitFor();
    expect(await paintedTexts(page, 'pizhu-green')).toEqual([]);

    // Once there is room the same gesture works.
    await dragSelect(page, reader.locator(`[data-block-id="${para.id}"]`), quote);
    await page.keyboard.press('2');
    await expect.poll(() => paintedTexts(page, 'pizhu-green')).toEqual([quote]);

    // A long note written on a full disk is not lost: the editor keeps it and says why.
    const panel = page.getByRole('complementary', { name: '批注' });
    await panel.getByRole('button', { name: '添加笔记（N）' }).click();
    const box = panel.getByRole('textbox', { name: '添加笔记（N）' });
    const note = '磁盘满时写的笔记：\n- 第一点 **重要**\n- 第二点，附[来源](https://example.org/a)';
    await box.fill(note);
    await failNextWrites(1);
    await panel.getByRole('button', { name: '保存' }).click();
    await panel.getByRole('alert').getByText(quotaMessage).waitFor();
    expect(await box.inputValue()).toBe(note);
    expect((await storedAnnotations(page, article.id)).map((s) => s.note)).toEqual(['']);

    // Space freed: the same editor saves, the note is shown and stored word for word.
    await panel.getByRole('button', { name: '保存' }).click();
    await page.getByRole('status').getByText('已保存', { exact: true }).first().waitFor();
    await panel.getByText('磁盘满时写的笔记：').waitFor();
    expect(await box.count()).toBe(0);
    expect((await storedAnnotations(page, article.id)).map((s) => s.note)).toEqual([note]);
    await session.closeBrowser();
  });

  it("two tabs on the same article: each sees the other's notes without reloading, and neither loses an edit", async () => {
    const article = builtArticles()[2]!;
    const [p1, p2] = article.blocks.filter((b) => b.kind === 'paragraph' && b.text.length > 60);
    const quoteA = p1!.text.slice(2, 14);
    const quoteB = p2!.text.slice(6, 18);
    const tabA = await session.open();
    const readerA = await openArticle(tabA, article);
    const tabB = await session.newPage(`#/read/${encodeURIComponent(article.id)}`);
    const readerB = tabB.getByRole('article', { name: article.meta.title });
    await readerB.waitFor();
    const panelA = tabA.getByRole('complementary', { name: '批注' });
    const panelB = tabB.getByRole('complementary', { name: '批注' });

    const writeNote = async (tab: Page, reader: Locator, block: Block, quote: string, text: string) => {
      await tab.bringToFront();
      await dragSelect(tab, reader.locator(`[data-block-id="${block.id}"]`), quote);
      await tab.keyboard.press('n');
      const panel = tab.getByRole('complementary', { name: '批注' });
      await panel.getByRole('textbox', { name: '添加笔记（N）' }).fill(text);
      await panel.getByRole('button', { name: '保存' }).click();
      await panel.getByText(text).waitFor();
    };

    // A note in tab A shows up in tab B, painted and listed, with no reload.
    await writeNote(tabA, readerA, p1!, quoteA, '窗口甲：请核实投资额');
    await panelB.getByText('窗口甲：请核实投资额').waitFor();
    await expect.poll(() => paintedTexts(tabB, 'pizhu-yellow')).toEqual([quoteA]);

    // And the other way round.
    await writeNote(tabB, readerB, p2!, quoteB, '窗口乙：补充对比数据');
    await panelA.getByText('窗口乙：补充对比数据').waitFor();
    await expect.poll(async () => sorted(await paintedTexts(tabA, 'pizhu-yellow'))).toEqual(sorted([quoteA, quoteB]));

    // Each tab edits the other's note; both edits land in both tabs.
    const edit = async (tab: Page, oldText: string, newText: string) => {
      await tab.bringToFront();
      const panel = tab.getByRole('complementary', { name: '批注' });
      await panel.getByRole('listitem').filter({ hasText: oldText }).getByRole('button', { name: '编辑' }).click();
      await panel.getByRole('textbox', { name: '添加笔记（N）' }).fill(newText);
      await panel.getByRole('button', { name: '保存' }).click();
      await panel.getByText(newText).waitFor();
    };
    await edit(tabA, '窗口乙：补充对比数据', '窗口乙的笔记，甲改过');
    await edit(tabB, '窗口甲：请核实投资额', '窗口甲的笔记，乙改过');
    for (const panel of [panelA, panelB]) {
      await panel.getByText('窗口乙的笔记，甲改过').waitFor();
      await panel.getByText('窗口甲的笔记，乙改过').waitFor();
    }

    // Both edits are what is stored, and survive a restart.
    await session.closeBrowser();
    const page = await session.open();
    await openArticle(page, article);
    const panel = page.getByRole('complementary', { name: '批注' });
    await panel.getByText('窗口乙的笔记，甲改过').waitFor();
    await panel.getByText('窗口甲的笔记，乙改过').waitFor();
    expect(sorted((await storedAnnotations(page, article.id)).map((s) => s.note))).toEqual(sorted(['窗口乙的笔记，甲改过', '窗口甲的笔记，乙改过']));
    expect(session.pageErrors).toEqual([]);
  });
});

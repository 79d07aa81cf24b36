import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../corpus/model';
import { AppSession, builtArticles } from './support/app';
import { dragSelect } from './support/select-text';

/**
 * Two windows on one profile (one IndexedDB), as two windows of the app: nothing typed in one
 * is lost to the other, to a reload, a crash, Escape or a click elsewhere.
 */
describe('no silent overwrite, drafts that survive anything', () => {
  const session = new AppSession();
  const articles = builtArticles().filter((a) => a.blocks.filter((b) => b.kind === 'paragraph' && b.text.length > 80).length >= 6);
  const article = articles[0]!;
  const paragraphs = article.blocks.filter((b) => b.kind === 'paragraph' && b.text.length > 80);
  const readerHash = (a: Article) => `#/read/${encodeURIComponent(a.id)}`;
  let a: Page;
  let b: Page;

  const panel = (page: Page) => page.getByRole('complementary', { name: '批注' });
  const item = (page: Page, quote: string) => panel(page).getByRole('listitem').filter({ hasText: quote });
  const editor = (page: Page) => panel(page).getByRole('textbox', { name: '添加笔记（N）' });

  /** Highlights a passage of paragraph `n` in window `page` and saves `note` on it. */
  async function noteOn(page: Page, n: number, note: string): Promise<string> {
    const para = paragraphs[n]!;
    const quote = para.text.slice(5, 21);
    const body = page.getByRole('article', { name: article.meta.title });
    await dragSelect(page, body.locator(`[data-block-id="${para.id}"]`), quote);
    await page.getByRole('toolbar', { name: '高亮工具栏' }).getByRole('button', { name: '添加笔记（N）' }).click();
    await editor(page).fill(note);
    await panel(page).getByRole('button', { name: '保存' }).click();
    await item(page, quote).getByText(note).waitFor();
    return quote;
  }

  async function startEditing(page: Page, quote: string, text: string): Promise<void> {
    await item(page, quote)
      .getByRole('button', { name: /^(编辑|继续编辑草稿)$/ })
      .click();
    await editor(page).fill(text);
  }

  beforeAll(async () => {
    await session.serve();
    a = await session.open(readerHash(article));
    await panel(a).waitFor();
    b = await session.newPage(readerHash(article));
    await panel(b).waitFor();
  });
  afterAll(() => session.dispose());

  it('a second save over a newer version shows both texts; keep both makes two notes', async () => {
    const quote = await noteOn(a, 0, '第一版');
    await item(b, quote).getByText('第一版').waitFor();

    await startEditing(a, quote, 'A 窗口的想法');
    await startEditing(b, quote, 'B 窗口的修改');
    await panel(b).getByRole('button', { name: '保存' }).click();
    await item(a, quote).getByText('这条批注刚在另一个窗口中被修改；保存时会让你比较两个版本。').waitFor();

    await panel(a).getByRole('button', { name: '保存' }).click();
    const dialog = a.getByRole('dialog', { name: '这条批注已在另一个窗口中修改' });
    await expect.poll(() => dialog.getByRole('region', { name: /^我的版本（/ }).textContent()).toContain('A 窗口的想法');
    expect(await dialog.getByRole('region', { name: /^另一个窗口的版本（/ }).textContent()).toContain('B 窗口的修改');
    await dialog.getByRole('button', { name: '两者都保留' }).click();

    // Both windows now list two notes on the passage: theirs, and mine tagged as a conflict copy.
    for (const page of [a, b]) {
      await expect.poll(() => item(page, quote).count()).toBe(2);
      await item(page, quote).filter({ hasText: 'B 窗口的修改' }).waitFor();
      await item(page, quote).filter({ hasText: 'A 窗口的想法' }).getByText('#冲突副本').waitFor();
    }
    expect(await a.getByRole('dialog').count()).toBe(0);
  });

  it('keep mine writes my text over the other version, never silently', async () => {
    const quote = await noteOn(b, 1, '原稿');
    await startEditing(a, quote, '我的最终稿');
    await startEditing(b, quote, '对方的稿');
    await panel(b).getByRole('button', { name: '保存' }).click();
    await item(a, quote)
      .getByText(/被修改/)
      .waitFor();
    await panel(a).getByRole('button', { name: '保存' }).click();
    await a.getByRole('dialog', { name: '这条批注已在另一个窗口中修改' }).getByRole('button', { name: '保留我的' }).click();
    for (const page of [a, b]) await item(page, quote).getByText('我的最终稿').waitFor();
    expect(await item(b, quote).getByText('对方的稿').count()).toBe(0);
  });

  it("a note deleted in window A while B edits it keeps B's text and offers to restore it", async () => {
    const quote = await noteOn(a, 2, '要删的批注');
    await startEditing(b, quote, 'B 正在写的补充');
    await item(a, quote).getByRole('button', { name: '删除' }).click();
    await expect.poll(() => item(a, quote).count()).toBe(0);

    const notice = item(b, quote).getByRole('alert');
    await notice.getByText('这条批注已在另一个窗口中删除。你写的文字仍在这里。').waitFor();
    expect(await editor(b).inputValue()).toBe('B 正在写的补充');
    await notice.getByRole('button', { name: '用我的文字恢复' }).click();
    for (const page of [a, b]) await item(page, quote).getByText('B 正在写的补充').waitFor();
  });

  it('typed text survives a reload (the browser asks first) and a crash, and comes back when the note is reopened', async () => {
    const quote = await noteOn(a, 3, '已保存的文字');
    await startEditing(a, quote, '重新加载前没保存的草稿');
    const dialogs: string[] = [];
    a.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });
    await a.reload();
    expect(dialogs).toEqual(['beforeunload']);
    await item(a, quote).getByRole('button', { name: '继续编辑草稿' }).click();
    expect(await editor(a).inputValue()).toBe('重新加载前没保存的草稿');
    await panel(a)
      .getByText(/^已恢复 .* 未保存的草稿。$/)
      .waitFor();

    // A power cut while typing: no unload handler runs, the draft written as typed is there.
    await editor(a).fill('断电前打的字');
    await a.waitForTimeout(800);
    await session.killBrowser();
    a = await session.open(readerHash(article));
    await item(a, quote).getByRole('button', { name: '继续编辑草稿' }).click();
    expect(await editor(a).inputValue()).toBe('断电前打的字');
    await panel(a).getByRole('button', { name: '保存' }).click();
    await item(a, quote).getByText('断电前打的字').waitFor();
    await expect.poll(() => item(a, quote).getByRole('button', { name: '编辑' }).count()).toBe(1);
    b = await session.newPage(readerHash(article));
    await panel(b).waitFor();
  });

  it('Escape with unsaved text asks first; leaving the reader keeps the draft and says so; a stale draft is a conflict', async () => {
    const quote = await noteOn(a, 4, '旧的笔记');
    await startEditing(a, quote, '写了一半');
    await editor(a).press('Escape');
    const confirm = a.getByRole('dialog', { name: '放弃未保存的批注？' });
    await confirm.getByRole('button', { name: '继续编辑' }).click();
    expect(await editor(a).inputValue()).toBe('写了一半');
    await editor(a).press('Escape');
    await confirm.getByRole('button', { name: '放弃' }).click();
    await expect.poll(() => editor(a).count()).toBe(0);
    await item(a, quote).getByText('旧的笔记').waitFor();

    // In-app navigation with an open editor: the draft stays and the app says so. Window B has
    // the note open too, and saves other text after A left: A's draft is now stale.
    await startEditing(b, quote, '另一个窗口后来保存的');
    await startEditing(a, quote, '离开前的草稿');
    await a.getByRole('button', { name: /返回文库/ }).click();
    await a.getByText('未保存的批注已存为草稿，重新打开这条批注即可继续。').waitFor();
    await panel(b).getByRole('button', { name: '保存' }).click();
    await item(b, quote).getByText('另一个窗口后来保存的').waitFor();
    // Back in A, the draft is offered as a conflict, not applied.
    await a.goto(session.baseUrl + readerHash(article));
    await item(a, quote).getByRole('button', { name: '继续编辑草稿' }).click();
    const dialog = a.getByRole('dialog', { name: '这条批注已在另一个窗口中修改' });
    await expect.poll(() => dialog.getByRole('region', { name: /^我的版本（/ }).textContent()).toContain('离开前的草稿');
    expect(await dialog.getByRole('region', { name: /^另一个窗口的版本（/ }).textContent()).toContain('另一个窗口后来保存的');
    await dialog.getByRole('button', { name: '保留对方的' }).click();
    await expect.poll(() => item(a, quote).getByRole('button', { name: '编辑' }).count()).toBe(1);
    await item(a, quote).getByText('另一个窗口后来保存的').waitFor();
  });

  it('in English the same guard speaks English', async () => {
    await session.closeBrowser();
    const page = await session.open(readerHash(article), 'en');
    const enPanel = page.getByRole('complementary', { name: 'Annotations' });
    await enPanel.getByRole('button', { name: 'Edit' }).first().click();
    await enPanel.getByRole('textbox').first().fill('unsaved words');
    await enPanel.getByRole('textbox').first().press('Escape');
    const confirm = page.getByRole('dialog', { name: 'Discard the unsaved note?' });
    await confirm.getByText('The text in the editor has not been saved.').waitFor();
    await confirm.getByRole('button', { name: 'Keep editing' }).waitFor();
    await confirm.getByRole('button', { name: 'Discard' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  });
});

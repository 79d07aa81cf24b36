import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeBackup } from '../../corpus/backup';
import type { Annotation, ArticleNote } from '../../corpus/model';
import { AppSession, builtArticles } from './support/app';
import { dragSelect } from './support/select-text';

/**
 * Issue 13 items 2, 5 and 6 through the UI: backups survive clock corrections, restore shows
 * exactly what changes and can be undone, and a failing automatic backup is never silent.
 */
const article = builtArticles().find((a) => a.blocks.filter((b) => b.kind === 'paragraph' && b.text.length > 80).length >= 3)!;
const paragraphs = article.blocks.filter((b) => b.kind === 'paragraph' && b.text.length > 80);
const readerHash = `#/read/${encodeURIComponent(article.id)}`;
const other = builtArticles().find((a) => a.id !== article.id)!;

const panel = (page: Page) => page.getByRole('complementary', { name: '批注' });
const item = (page: Page, quote: string) => panel(page).getByRole('listitem').filter({ hasText: quote });
const editor = (page: Page) => panel(page).getByRole('textbox', { name: '添加笔记（N）' });
const backupRows = (page: Page) =>
  page
    .getByRole('table')
    .getByRole('row')
    .filter({ has: page.getByRole('button', { name: /^恢复 pizhu-backup-/ }) });

/** Highlights part of paragraph `n` and saves `note` on it; returns the quote. */
async function noteOn(page: Page, n: number, note: string): Promise<string> {
  const para = paragraphs[n]!;
  const quote = para.text.slice(5, 21);
  await dragSelect(page, page.getByRole('article', { name: article.meta.title }).locator(`[data-block-id="${para.id}"]`), quote);
  await page.getByRole('toolbar', { name: '高亮工具栏' }).getByRole('button', { name: '添加笔记（N）' }).click();
  await editor(page).fill(note);
  await panel(page).getByRole('button', { name: '保存' }).click();
  await item(page, quote).getByText(note).waitFor();
  return quote;
}

/** Settings → "back up now"; returns the name the toast reports. */
async function backUpNow(page: Page): Promise<string> {
  await page.getByRole('link', { name: '设置' }).click();
  const toast = page.getByText(/^(备份完成：|数据没有变化，已有的备份就是最新的：)pizhu-backup-/);
  // An earlier toast may still be showing: wait for it to go, so the name read is this backup's.
  await expect.poll(() => toast.count(), { timeout: 15_000 }).toBe(0);
  await page.getByRole('button', { name: '立即备份' }).click();
  await toast.waitFor();
  return /pizhu-backup-\S+\.json/.exec((await toast.textContent()) ?? '')![0];
}

async function openReader(page: Page): Promise<void> {
  await page.goto(new URL(readerHash, page.url()).href);
  await panel(page).waitFor();
}

describe('restore shows every change and can be undone', () => {
  const session = new AppSession();
  beforeAll(() => session.serve());
  afterAll(() => session.dispose());

  it('a note edited after a backup is listed old → new in Chinese; restore, then undo brings the edit back', async () => {
    const page = await session.open(readerHash);
    await panel(page).waitFor();
    const quote = await noteOn(page, 0, '原来的笔记');
    const backup = await backUpNow(page);

    await openReader(page);
    await item(page, quote).getByRole('button', { name: '编辑' }).click();
    await editor(page).fill('改过的笔记');
    await panel(page).getByRole('button', { name: '保存' }).click();
    await item(page, quote).getByText('改过的笔记').waitFor();
    const later = await noteOn(page, 1, '备份之后才写的');

    await page.getByRole('link', { name: '设置' }).click();
    await page.getByRole('button', { name: `恢复 ${backup}` }).click();
    const dialog = page.getByRole('dialog', { name: `从 ${backup} 恢复？` });
    const changes = dialog.getByRole('list', { name: /^批注的变化/ });
    await expect.poll(() => changes.getByRole('listitem').count()).toBe(2);
    const replaced = changes.getByRole('listitem').filter({ hasText: '替换' });
    expect(await replaced.textContent()).toContain(article.meta.title);
    expect(await replaced.textContent()).toContain(quote);
    expect(await replaced.textContent()).toContain('改过的笔记 → 原来的笔记');
    const removed = changes.getByRole('listitem').filter({ hasText: '移除' });
    expect(await removed.textContent()).toContain(later);
    expect(await dialog.textContent()).toContain('批注的变化：新增 0 条，替换 1 条，移除 1 条。');
    await page.screenshot({ path: '/tmp/pizhu-backups-restore-preview-zh.png' });
    await dialog.getByRole('button', { name: '恢复' }).click();

    const undo = page.getByRole('status').filter({ hasText: '恢复前的数据保存在安全备份' });
    const safety = /安全备份 (pizhu-backup-\S+\.json)/.exec((await undo.textContent()) ?? '')![1]!;
    // The safety backup really exists, marked as one.
    expect(await backupRows(page).filter({ hasText: safety }).textContent()).toContain('安全备份');

    await openReader(page);
    await item(page, quote).getByText('原来的笔记').waitFor();
    expect(await item(page, later).count()).toBe(0);

    await page.getByRole('link', { name: '设置' }).click();
    // The notice went with the view; undo is also the safety backup's own restore button.
    await page.getByRole('button', { name: `恢复 ${safety}` }).click();
    const back = page.getByRole('dialog', { name: `从 ${safety} 恢复？` });
    expect(await back.textContent()).toContain('原来的笔记 → 改过的笔记');
    await back.getByRole('button', { name: '恢复' }).click();
    await page.getByRole('button', { name: '撤销恢复' }).waitFor();

    await openReader(page);
    await item(page, quote).getByText('改过的笔记').waitFor();
    await item(page, later).getByText('备份之后才写的').waitFor();
    expect(session.pageErrors).toEqual([]);
  });

  it('undo right after a restore brings the edit back', async () => {
    const page = await session.open(readerHash);
    await panel(page).waitFor();
    const quote = await noteOn(page, 2, '第一稿');
    const backup = await backUpNow(page);
    await openReader(page);
    await item(page, quote).getByRole('button', { name: '编辑' }).click();
    await editor(page).fill('第二稿');
    await panel(page).getByRole('button', { name: '保存' }).click();
    await item(page, quote).getByText('第二稿').waitFor();

    await page.getByRole('link', { name: '设置' }).click();
    await page.getByRole('button', { name: `恢复 ${backup}` }).click();
    const dialog = page.getByRole('dialog', { name: `从 ${backup} 恢复？` });
    await expect.poll(() => dialog.textContent()).toContain('第二稿 → 第一稿');
    await dialog.getByRole('button', { name: '恢复' }).click();
    await page.getByRole('button', { name: '撤销恢复' }).click();
    await page.getByText(/^已撤销：数据回到了 pizhu-backup-/).waitFor();

    await openReader(page);
    await item(page, quote).getByText('第二稿').waitFor();
    expect(session.pageErrors).toEqual([]);
  });
});

describe('backups survive a clock that was years ahead', () => {
  const session = new AppSession();
  beforeAll(() => session.serve());
  afterAll(() => session.dispose());

  it('after nine backups from 2099 and one more, a fresh backup with the corrected clock is kept, listed first and restorable; the safety backup exists', async () => {
    const page = await session.open('#/library');
    await page.clock.install({ time: new Date('2099-03-01T08:00:00Z') });
    await page.goto(new URL(readerHash, page.url()).href);
    await page.reload();
    await panel(page).waitFor();
    // Nine backups an older Pizhu wrote while the clock said 2099 (no sequence numbers yet).
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('pizhu');
          open.onsuccess = () => {
            const tx = open.result.transaction('backups', 'readwrite');
            for (let i = 0; i < 9; i++) {
              const created = new Date(Date.UTC(2099, 1, 1 + i)).toISOString();
              tx.objectStore('backups').put({ name: `pizhu-backup-${created.replace(/[:.]/g, '-')}.json`, json: '{}', created, size: 2 });
            }
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
    );
    await noteOn(page, 0, '2099 年写的');
    const future = await backUpNow(page);
    expect(future).toMatch(/^pizhu-backup-2099-03-01/);

    // The clock is corrected; the user writes a note and backs up.
    await page.clock.setSystemTime(new Date('2026-12-01T09:00:00Z'));
    await openReader(page);
    const quote = await noteOn(page, 1, '时钟改回来之后写的');
    const fresh = await backUpNow(page);
    expect(fresh).toMatch(/^pizhu-backup-2026-12-01/);
    await expect.poll(() => backupRows(page).count()).toBe(10);
    expect(await backupRows(page).first().textContent()).toContain(fresh);

    // Restore the 2099 one: the safety backup it names exists, and so does the fresh one.
    await page.getByRole('button', { name: `恢复 ${future}` }).click();
    await page
      .getByRole('dialog', { name: `从 ${future} 恢复？` })
      .getByRole('button', { name: '恢复' })
      .click();
    const undo = page.getByRole('status').filter({ hasText: '恢复前的数据保存在安全备份' });
    const safety = /安全备份 (pizhu-backup-\S+\.json)/.exec((await undo.textContent()) ?? '')![1]!;
    await page.reload();
    await page.getByRole('button', { name: `恢复 ${safety}` }).waitFor();
    expect(await page.getByRole('button', { name: `恢复 ${fresh}` }).count()).toBe(1);

    // And the fresh note comes back from it.
    await page.getByRole('button', { name: `恢复 ${fresh}` }).click();
    await page
      .getByRole('dialog', { name: `从 ${fresh} 恢复？` })
      .getByRole('button', { name: '恢复' })
      .click();
    await page.getByRole('button', { name: '撤销恢复' }).waitFor();
    await openReader(page);
    await item(page, quote).getByText('时钟改回来之后写的').waitFor();
    expect(session.pageErrors).toEqual([]);
  });
});

describe('a failing automatic backup is never silent', () => {
  const session = new AppSession();
  beforeAll(() => session.serve());
  afterAll(() => session.dispose());

  it('shows a banner on every view until a backup succeeds, in Chinese and English; retry clears it', async () => {
    const page = await session.open('#/library');
    // Storage that refuses backups as a full disk would (the rest of IndexedDB keeps working).
    // A string, not a function: the test transpiler would wrap a function in helpers the page lacks.
    await session.browserContext.addInitScript(`
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (...args) {
        if (this.name === 'backups' && window.failBackups) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    `);
    await page.clock.install();
    // A new document, so the init script runs (a hash change alone would not load one).
    await page.goto(new URL(readerHash, page.url()).href);
    await page.reload();
    await panel(page).waitFor();
    await page.evaluate(() => void ((window as unknown as { failBackups: boolean }).failBackups = true));
    await noteOn(page, 0, '要备份的笔记');

    // The backup timer is (re)set when the saved note reaches the change subscription, which can
    // come after a single fast-forward; time is moved on until the timer has fired and failed.
    const banner = page.getByRole('alert').filter({ hasText: '自动备份失败' });
    await expect
      .poll(
        async () => {
          await page.clock.fastForward('00:31');
          return banner.count();
        },
        { timeout: 20_000, interval: 500 },
      )
      .toBe(1);
    expect(await banner.textContent()).toContain('自动备份失败：存储空间已满（浏览器或磁盘不再允许写入）。备份成功之前，这条提示会一直显示。');
    await page.getByRole('link', { name: '文库' }).click();
    await banner.waitFor();
    await page.getByRole('link', { name: '设置' }).click();
    await banner.waitFor();
    await expect.poll(() => page.getByRole('status').filter({ hasText: '上次备份失败' }).count()).toBe(1);
    await page.screenshot({ path: '/tmp/pizhu-backups-banner-zh.png' });

    await page.getByRole('combobox', { name: '界面语言' }).selectOption('en');
    const bannerEn = page.getByRole('alert').filter({ hasText: 'Automatic backup failed' });
    await bannerEn.waitFor();
    expect(await bannerEn.textContent()).toContain(
      'Automatic backup failed: storage is full (the browser or the disk refuses more data). This stays until a backup succeeds.',
    );
    await page.screenshot({ path: '/tmp/pizhu-backups-banner-en.png' });
    // Retrying while storage still fails keeps the warning. The button is disabled while the
    // retry runs; storage is mended only once it is enabled again, that is once this retry has
    // failed — a slow retry would otherwise write to the mended storage and succeed.
    const retry = bannerEn.getByRole('button', { name: 'Retry backup' });
    await retry.click();
    await expect.poll(() => retry.isEnabled(), { timeout: 20_000 }).toBe(true);
    expect(await bannerEn.count()).toBe(1);

    await page.evaluate(() => void ((window as unknown as { failBackups: boolean }).failBackups = false));
    await retry.click();
    await bannerEn.waitFor({ state: 'detached' });
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /^Last backup: .*KB \(pizhu-backup-/ })
          .count(),
      )
      .toBe(1);
    await page.screenshot({ path: '/tmp/pizhu-backups-status-en.png' });
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
    await page.getByRole('heading', { name: '设置' }).waitFor();
  });
});

describe('replace on import shows what changes, takes a safety backup and can be undone', () => {
  const session = new AppSession();
  beforeAll(() => session.serve());
  afterAll(() => session.dispose());

  it('a file with another text for an existing note lists it old → new; replace; undo brings the note back', async () => {
    const page = await session.open(readerHash);
    await panel(page).waitFor();
    const quote = await noteOn(page, 0, '库里的笔记');
    await panel(page).getByRole('button', { name: '关于整篇文章的笔记…' }).click();
    await panel(page).getByRole('textbox', { name: '文章笔记' }).fill('库里的文章笔记');
    await panel(page).getByRole('button', { name: '保存' }).click();
    await panel(page).getByText('库里的文章笔记').waitFor();
    const readAll = <T>(table: string) =>
      page.evaluate(
        (name) =>
          new Promise<T[]>((resolve) => {
            const open = indexedDB.open('pizhu');
            open.onsuccess = () => {
              const all = open.result.transaction(name).objectStore(name).getAll();
              all.onsuccess = () => resolve(all.result as T[]);
            };
          }),
        table,
      );
    const [stored] = await readAll<Annotation & { articleId: string }>('annotations');
    const [articleNote] = await readAll<ArticleNote>('articleNotes');
    const { articleId: _articleId, ...annotation } = stored!;
    const file = serializeBackup(
      {
        annotations: [{ ...annotation, body: { ...annotation.body, note: '文件里的笔记' } }],
        articleNotes: [
          { ...articleNote!, body: { note: '文件里的文章笔记', tags: [] } },
          { ...articleNote!, id: 'colleague-note', articleId: other.id, body: { note: '同事的文章笔记', tags: [] } },
        ],
        importedArticles: [],
        settings: {},
        readingPositions: [],
      },
      '2026-12-01T08:00:00.000Z',
      '0.1.0',
    );

    await page.getByRole('link', { name: '设置' }).click();
    await page.getByLabel('导入批注文件…').setInputFiles({ name: 'colleague.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    const dialog = page.getByRole('dialog', { name: '导入“colleague.json”' });
    await dialog.getByText('批注不会有任何变化。').waitFor();
    // Skipping duplicates: only the new article note is listed.
    const noteChanges = dialog.getByRole('list', { name: /^文章笔记的变化/ });
    expect(await noteChanges.getByRole('listitem').allTextContents()).toEqual([`新增 ${other.meta.title} · 同事的文章笔记`]);
    await dialog.getByRole('radio', { name: '用文件中的替换' }).check();
    await expect.poll(() => noteChanges.getByRole('listitem').count()).toBe(2);
    expect(await noteChanges.getByRole('listitem').filter({ hasText: '替换' }).textContent()).toBe(
      `替换 ${article.meta.title} · 库里的文章笔记 → 文件里的文章笔记`,
    );
    const replaced = dialog
      .getByRole('list', { name: /^批注的变化/ })
      .getByRole('listitem')
      .filter({ hasText: '替换' });
    expect(await replaced.textContent()).toContain(quote);
    expect(await replaced.textContent()).toContain('库里的笔记 → 文件里的笔记');
    expect(await dialog.textContent()).toContain('导入前会先自动备份当前数据，导入后可以撤销。');
    await dialog.getByRole('button', { name: '导入' }).click();

    const undo = page.getByRole('status').filter({ hasText: '导入前的数据保存在安全备份' });
    const safety = /安全备份 (pizhu-backup-\S+\.json)/.exec((await undo.textContent()) ?? '')![1]!;
    expect(await backupRows(page).filter({ hasText: safety }).textContent()).toContain('安全备份');
    await page.getByText('已导入 1 条，替换 2 条，跳过 0 条。').waitFor();
    await undo.getByRole('button', { name: '撤销导入' }).click();
    await page.getByText(/^已撤销：数据回到了 pizhu-backup-/).waitFor();

    await openReader(page);
    await item(page, quote).getByText('库里的笔记').waitFor();
    await panel(page).getByText('库里的文章笔记').waitFor();
    expect(session.pageErrors).toEqual([]);
  });
});

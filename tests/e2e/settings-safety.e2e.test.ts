import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeBackup, type BackupData, type JsonValue } from '../../corpus/backup';
import { AppSession, builtArticles } from './support/app';
import { dragSelect, paintedTexts } from './support/select-text';

const SHOTS = process.env.PIZHU_SHOTS;

/** Writes records straight into one of the app's IndexedDB stores, as damage or another program would. */
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

const backupWith = (settings: Record<string, JsonValue>): string => {
  const data: BackupData = { annotations: [], articleNotes: [], importedArticles: [], readingPositions: [], settings };
  return serializeBackup(data, '2026-03-01T08:00:00.000Z', '1.0.0');
};

describe('settings can never brick the app', () => {
  const session = new AppSession();
  beforeAll(() => session.serve());
  afterAll(() => session.dispose());

  it('refuses a backup (valid checksum) with wrong setting types, naming each field in Chinese, and changes nothing', async () => {
    const page = await session.open('#/settings');
    await page.getByRole('heading', { name: '设置' }).waitFor();
    const file = backupWith({ 'colors.names': { yellow: 5 }, 'ui.language': 'tlh' });
    await page.getByLabel('导入批注文件…').setInputFiles({ name: 'bad-settings.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    const alert = page.getByRole('alert').filter({ hasText: 'bad-settings.json' });
    await expect.poll(() => alert.textContent()).toContain('data.settings["colors.names"].yellow：应为字符串');
    await expect.poll(() => alert.textContent()).toContain('data.settings["ui.language"]：应为 "system" | "zh-CN" | "en" 之一');
    expect(await alert.textContent()).not.toMatch(/expected/);
    if (SHOTS) await alert.screenshot({ path: `${SHOTS}/refused-backup-zh.png` });

    // Nothing was written: after a restart the app is in Chinese and every colour has its default name.
    await session.closeBrowser();
    const again = await session.open('#/settings');
    await again.getByRole('heading', { name: '设置' }).waitFor();
    expect(await again.getByRole('textbox', { name: '颜色 1 的含义' }).inputValue()).toBe('');
    expect(await again.locator('.settings-warning').count()).toBe(0);
    await session.closeBrowser();
  });

  it('a database already holding bad settings still loads, warns which ones, works, and the warning clears with undo', async () => {
    const article = builtArticles()[0]!;
    const para = article.blocks.find((b) => b.kind === 'paragraph' && b.text.length > 40)!;
    let page = await session.open('#/library');
    await page.getByRole('heading', { name: '文库' }).waitFor();
    await putRaw(page, 'settings', [
      { key: 'colors.names', value: { yellow: 5 } },
      { key: 'ui.language', value: 'tlh' },
      { key: 'ui.appearance', value: { theme: 42, fontSize: 'huge' } },
    ]);
    await session.closeBrowser();

    page = await session.open('#/library');
    const warning = page.getByRole('complementary', { name: '有设置无效，已恢复默认' });
    await warning.waitFor();
    expect(await warning.getByRole('listitem').allTextContents()).toEqual(
      expect.arrayContaining(['设置项 colors.names 无效，已恢复默认', '设置项 ui.language 无效，已恢复默认', '设置项 ui.appearance 无效，已恢复默认']),
    );
    await warning.getByText('技术细节').click();
    expect(await warning.textContent()).toContain('yellow：应为字符串');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/invalid-settings-zh.png` });

    // The app works: the interface is in the system language (Chinese here), an article opens and highlights in yellow under its default name.
    await page.getByRole('link', { name: article.meta.title }).first().click();
    const reader = page.getByRole('article', { name: article.meta.title });
    await reader.waitFor();
    const quote = para.text.slice(3, 15);
    await dragSelect(page, reader.locator(`[data-block-id="${para.id}"]`), quote);
    await page.keyboard.press('1');
    await expect.poll(() => paintedTexts(page, 'pizhu-yellow')).toEqual([quote]);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('system');

    // Remove the invalid settings; undo brings them back exactly; remove again.
    await warning.getByRole('button', { name: '清除无效的设置' }).click();
    await expect.poll(() => warning.count()).toBe(0);
    await page.getByRole('button', { name: '撤销' }).click();
    await warning.waitFor();
    await warning.getByRole('button', { name: '清除无效的设置' }).click();
    await expect.poll(() => warning.count()).toBe(0);
    await page.getByRole('link', { name: '设置' }).click();
    await page.getByRole('combobox', { name: '界面语言' }).selectOption('en');
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    await session.closeBrowser();
  });

  it('damaged data no longer breaks a view: the record is skipped and named with its fields in the interface language, the note from before stays, nothing is deleted', async () => {
    const article = builtArticles()[1]!;
    const para = article.blocks.find((b) => b.kind === 'paragraph' && b.text.length > 40)!;
    const quote = para.text.slice(2, 12);
    const page = await session.open('#/settings');
    await page.getByRole('combobox', { name: /^(界面语言|Language)$/ }).selectOption('zh-CN');
    await page.getByRole('link', { name: '文库' }).click();
    await page.getByRole('link', { name: article.meta.title }).first().click();
    const reader = page.getByRole('article', { name: article.meta.title });
    await reader.waitFor();
    await dragSelect(page, reader.locator(`[data-block-id="${para.id}"]`), quote);
    await page.keyboard.press('2');
    await expect.poll(() => paintedTexts(page, 'pizhu-green')).toEqual([quote]);

    // A damaged annotation record (no selectors, no body) used to break the notebook (the error boundary caught it).
    await putRaw(page, 'annotations', [
      {
        id: 'damaged-1',
        articleId: article.id,
        kind: 'highlight',
        target: { source: article.id, contentHash: article.contentHash, selector: [] },
        body: null,
        color: 'yellow',
        created: '2026-03-01T08:00:00.000Z',
        modified: '2026-03-01T08:00:00.000Z',
      },
    ]);
    // Written behind the app's back: it is found when the app next starts.
    await page.reload();
    await page.getByRole('link', { name: '笔记本' }).click();
    await page.getByRole('heading', { name: '笔记本', exact: true }).waitFor();
    expect(await page.getByText(quote).count()).toBeGreaterThan(0);
    expect(await page.locator('.view-failure').count()).toBe(0);
    const notice = page.getByRole('complementary', { name: '有保存的记录无法读取' });
    await notice.waitFor();
    const [item] = await notice.getByRole('listitem').allTextContents();
    expect(item).toMatch(/^批注 damaged-1：target\.selector.*；body：应为对象/);
    expect(item).not.toMatch(/expected/);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/damaged-record-zh.png` });
    await session.closeBrowser();
  });

  it('names the damaged record in English too', async () => {
    const page = await session.open('#/settings');
    await page.getByRole('combobox', { name: '界面语言' }).selectOption('en');
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    await putRaw(page, 'annotations', [
      {
        id: 'damaged-2',
        articleId: 'x',
        kind: 'highlight',
        target: { source: 'x', contentHash: '', selector: [] },
        body: null,
        color: 'yellow',
        created: '2026-03-01T08:00:00.000Z',
        modified: '2026-03-01T08:00:00.000Z',
      },
    ]);
    await page.reload();
    await page.getByRole('link', { name: 'Notebook' }).click();
    const notice = page.getByRole('complementary', { name: 'Some stored records cannot be read' });
    await notice.waitFor();
    expect(await notice.getByRole('alert').textContent()).toMatch(
      /^\d+ stored records? cannot be read and (is|are) skipped \(not deleted, and not written into backups\)\.$/,
    );
    expect((await notice.getByRole('listitem').allTextContents()).some((t) => /^Annotation damaged-2: .*body: expected object/.test(t))).toBe(true);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/damaged-record-en.png` });
    await session.closeBrowser();
  });
});

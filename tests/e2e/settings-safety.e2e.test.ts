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

  it('a view broken by damaged data shows what failed in the interface language; reset settings keeps notes; restoring the last good backup recovers it', async () => {
    const article = builtArticles()[1]!;
    const para = article.blocks.find((b) => b.kind === 'paragraph' && b.text.length > 40)!;
    const quote = para.text.slice(2, 12);
    const page = await session.open('#/settings');
    // Chinese (whatever an earlier test chose) and a dark theme, to see reset work.
    await page.getByRole('combobox', { name: /^(界面语言|Language)$/ }).selectOption('zh-CN');
    await page.getByRole('radio', { name: '深色' }).check();
    await page.getByRole('link', { name: '文库' }).click();
    await page.getByRole('link', { name: article.meta.title }).first().click();
    const reader = page.getByRole('article', { name: article.meta.title });
    await reader.waitFor();
    await dragSelect(page, reader.locator(`[data-block-id="${para.id}"]`), quote);
    await page.keyboard.press('2');
    await expect.poll(() => paintedTexts(page, 'pizhu-green')).toEqual([quote]);
    await page.getByRole('link', { name: '设置' }).click();
    await page.getByRole('button', { name: '立即备份' }).click();
    await page.getByText(/^备份完成：/).first().waitFor();

    // A damaged annotation record (no selectors, no body) breaks the notebook.
    await putRaw(page, 'annotations', [{ id: 'damaged-1', articleId: article.id, kind: 'highlight', target: { source: article.id, contentHash: article.contentHash, selector: [] }, body: null, color: 'yellow', created: '2026-03-01T08:00:00.000Z', modified: '2026-03-01T08:00:00.000Z' }]);
    // Written behind the app's back: it is found when the app next starts.
    await page.reload();
    await page.getByRole('link', { name: '笔记本' }).click();
    const failure = page.getByRole('main', { name: '“笔记本”出错了，无法显示' });
    await failure.waitFor();
    expect(await failure.textContent()).toContain('你的批注和文章没有受影响');
    // The top bar still works around the failed view.
    expect(await page.getByRole('link', { name: '文库' }).isVisible()).toBe(true);
    await failure.getByText('技术细节').click();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/boundary-zh.png` });

    // Reset settings: the theme goes back to the default, notes stay (the damage is not in the settings, so the view still fails).
    await failure.getByRole('button', { name: '重置设置' }).click();
    await page.getByText('设置已恢复为默认，批注保留。').waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('system');
    await failure.waitFor();

    // Restore the last good backup: asked first, then the notebook comes back with the note from before the damage.
    await failure.getByRole('button', { name: '恢复最近的有效备份…' }).click();
    const confirm = failure.getByRole('group', { name: '恢复这份备份' });
    await expect.poll(() => confirm.textContent()).toMatch(/从备份“pizhu-backup-.*”.*恢复？/);
    await confirm.getByRole('button', { name: '恢复这份备份' }).click();
    await page.getByRole('heading', { name: '笔记本', exact: true }).waitFor();
    await expect.poll(() => failure.count()).toBe(0);
    expect(await page.getByText(quote).count()).toBeGreaterThan(0);
    await page.getByText(/已从“pizhu-backup-.*”恢复/).waitFor();
    await session.closeBrowser();
  });

  it('shows the failure and its ways out in English too', async () => {
    const page = await session.open('#/settings');
    await page.getByRole('combobox', { name: '界面语言' }).selectOption('en');
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    await putRaw(page, 'annotations', [{ id: 'damaged-2', articleId: 'x', kind: 'highlight', target: { source: 'x', contentHash: '', selector: [] }, body: null, color: 'yellow', created: '2026-03-01T08:00:00.000Z', modified: '2026-03-01T08:00:00.000Z' }]);
    await page.reload();
    await page.getByRole('link', { name: 'Notebook' }).click();
    const failure = page.getByRole('main', { name: '“Notebook” ran into a problem and cannot be shown' });
    await failure.waitFor();
    for (const name of ['Try again', 'Reset settings', 'Restore the last good backup…']) expect(await failure.getByRole('button', { name }).isVisible()).toBe(true);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/boundary-en.png` });
    await session.closeBrowser();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppSession, builtArticles } from './support/app';
import { dragSelect, paintedTexts } from './support/select-text';

describe('settings, backups and annotation import', () => {
  const session = new AppSession();
  beforeAll(() => session.serve());
  afterAll(() => session.dispose());

  it('switches the interface to English and back, and the choice survives a restart', async () => {
    let page = await session.open('#/settings');
    await page.getByRole('combobox', { name: '界面语言' }).selectOption('en');
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    await page.getByRole('radio', { name: 'Dark' }).check();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await session.closeBrowser();
    page = await session.open('#/library');
    await page.getByRole('heading', { name: 'Library' }).waitFor();
    expect(await page.getByRole('link', { name: 'Notebook' }).isVisible()).toBe(true);
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
    await page.getByRole('radio', { name: '浅色' }).check();
    await page.getByRole('heading', { name: '设置' }).waitFor();
    await session.closeBrowser();
  });

  it('backs up, restores a backup after taking a safety backup, and refuses a malformed import without touching notes', async () => {
    const article = builtArticles()[0]!;
    const para = article.blocks.find((b) => b.kind === 'paragraph' && b.text.length > 50)!;
    const quoteA = para.text.slice(2, 14);
    const quoteB = para.text.slice(20, 34);
    const page = await session.open();
    await page.getByRole('link', { name: article.meta.title }).first().click();
    const reader = page.getByRole('article', { name: article.meta.title });
    await reader.waitFor();
    await dragSelect(page, reader.locator(`[data-block-id="${para.id}"]`), quoteA);
    await page.keyboard.press('1');
    await expect.poll(() => paintedTexts(page, 'pizhu-yellow')).toEqual([quoteA]);

    // Back up now (with the dark theme chosen): the backup is listed.
    await page.getByRole('link', { name: '设置' }).click();
    await page.getByRole('radio', { name: '深色' }).check();
    await page.getByRole('button', { name: '立即备份' }).click();
    await expect.poll(() => page.getByRole('button', { name: /^恢复 pizhu-backup-/ }).count()).toBe(1);

    // A second highlight and another theme after the backup.
    await page.getByRole('radio', { name: '浅色' }).check();
    await page.getByRole('link', { name: '文库' }).click();
    await page.getByRole('link', { name: article.meta.title }).first().click();
    await reader.waitFor();
    await dragSelect(page, reader.locator(`[data-block-id="${para.id}"]`), quoteB);
    await page.keyboard.press('1');
    await expect.poll(() => paintedTexts(page, 'pizhu-yellow')).toHaveLength(2);

    // A malformed annotations file is refused with the field named; nothing changes.
    await page.getByRole('link', { name: '设置' }).click();
    const bad = JSON.stringify({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      items: [{ type: 'Annotation', id: 'x', target: { source: 'a', selector: [{ type: 'TextQuoteSelector', exact: 42 }] } }],
    });
    await page.getByLabel('导入批注文件…').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('broken.json');
    await expect.poll(() => alert.textContent()).toMatch(/items\[0\]/);

    // Restore the backup: the preview says one annotation would go; a safety backup is taken first.
    await page.getByRole('button', { name: /^恢复 pizhu-backup-/ }).click();
    const dialog = page.getByRole('dialog', { name: /^从 pizhu-backup-.* 恢复？$/ });
    await expect.poll(() => dialog.textContent()).toContain('批注：现在 2 条 → 恢复后 1 条');
    // Besides the notes, the preview names the rest it changes: the trash, old versions and settings by their label.
    expect(await dialog.textContent()).toContain('回收站里的批注：现在 0 条 → 恢复后 0 条');
    expect(await dialog.textContent()).toContain('备份会改动的设置（其余设置保持不变）：阅读与外观');
    await dialog.getByRole('button', { name: '恢复' }).click();
    await expect.poll(() => page.getByRole('button', { name: /^恢复 pizhu-backup-/ }).count()).toBe(2);

    await page.getByRole('link', { name: '文库' }).click();
    await page.getByRole('link', { name: article.meta.title }).first().click();
    await reader.waitFor();
    await expect.poll(() => paintedTexts(page, 'pizhu-yellow')).toEqual([quoteA]);
    expect(session.pageErrors).toEqual([]);
  });
});

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeBackup, type BackupData } from '../../corpus/backup';
import { AppSession, builtArticles } from './support/app';
import { dragSelect } from './support/select-text';

const TITLE = '青山湖区产业园调研纪要';
const TEXT = `# ${TITLE}\n\n园区企业反映用工紧张，物流成本偏高，希望加快配套建设。\n\n调研组建议设立产业工人服务中心，统筹解决通勤和住房问题。\n`;
const QUOTE = '设立产业工人服务中心';
const NOTE = '可写进会议材料';

async function importAndAnnotate(page: Page): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入文章…' }).click();
  await (await chooser).setFiles([{ name: '纪要.md', mimeType: 'text/markdown', buffer: Buffer.from(TEXT, 'utf8') }]);
  const dialog = page.getByRole('dialog', { name: '导入文章' });
  await dialog.getByRole('button', { name: '打开' }).click();
  const article = page.getByRole('article', { name: TITLE });
  await dragSelect(page, article.locator('p', { hasText: '调研组建议' }), QUOTE);
  await page.getByRole('toolbar', { name: '高亮工具栏' }).getByRole('button', { name: '添加笔记（N）' }).click();
  const panel = page.getByRole('complementary', { name: '批注' });
  await panel.getByRole('textbox', { name: '添加笔记（N）' }).fill(NOTE);
  await panel.getByRole('button', { name: '保存' }).click();
  await panel.getByText(NOTE).waitFor();
  await page.getByRole('button', { name: /返回文库/ }).click();
}

async function removeFromLibrary(page: Page): Promise<void> {
  await page.getByRole('button', { name: `移除《${TITLE}》` }).click();
  const dialog = page.getByRole('dialog', { name: '移除文章' });
  await dialog.getByText('文章和它的 1 条批注、文章笔记会一起移到回收站').waitFor();
  await dialog.getByRole('button', { name: '连同 1 条批注移到回收站' }).click();
  await expect.poll(() => page.getByRole('link', { name: TITLE }).count()).toBe(0);
}

describe('the article trash', () => {
  const session = new AppSession();
  beforeAll(() => session.serve());
  afterAll(() => session.dispose());

  it('remove → undo from the toast; remove again → Settings → Trash → restore: the note is back on its text', async () => {
    const page = await session.open();
    await page.getByRole('heading', { name: '文库' }).waitFor();
    await importAndAnnotate(page);
    const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: TITLE }) });
    await card.getByText('1 条批注').waitFor();

    await removeFromLibrary(page);
    await page.getByRole('status').getByText(`已移除《${TITLE}》`).waitFor();
    await page.getByRole('status').getByRole('button', { name: '撤销' }).click();
    await page.getByRole('status').getByText(`已恢复《${TITLE}》和它的批注`).waitFor();
    await card.getByText('1 条批注').waitFor();

    await removeFromLibrary(page);
    await page.getByRole('link', { name: '设置' }).click();
    const trash = page.getByRole('region', { name: '回收站' });
    const row = trash.getByRole('row').filter({ hasText: TITLE });
    await row.getByText('1 条').waitFor();
    await row.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/e2e-notes/trash-zh.png' });
    await row.getByRole('button', { name: `恢复《${TITLE}》` }).click();
    await trash.getByText('回收站是空的。').waitFor();

    await page.getByRole('link', { name: '文库' }).click();
    await page.getByRole('link', { name: TITLE }).click();
    const panel = page.getByRole('complementary', { name: '批注' });
    await panel.getByRole('button', { name: QUOTE }).waitFor();
    await panel.getByText(NOTE).waitFor();
    expect(await panel.getByRole('region', { name: /未定位的批注/ }).count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
  });

  it('delete forever asks first; cancel keeps the entry, confirm empties it', async () => {
    const page = await session.open();
    await page.getByRole('heading', { name: '文库' }).waitFor();
    await removeFromLibrary(page);
    await page.getByRole('link', { name: '设置' }).click();
    const trash = page.getByRole('region', { name: '回收站' });
    await trash.getByRole('button', { name: `永久删除《${TITLE}》` }).click();
    const confirm = page.getByRole('alertdialog', { name: `永久删除《${TITLE}》和它的批注？` });
    await confirm.getByText('永久删除后无法撤销').waitFor();
    await confirm.getByRole('button', { name: '取消' }).click();
    await trash.getByRole('row').filter({ hasText: TITLE }).waitFor();
    await trash.getByRole('button', { name: '清空回收站' }).click();
    await page.getByRole('alertdialog', { name: '永久删除回收站里的 1 篇文章和它们的批注？' }).getByRole('button', { name: '永久删除' }).click();
    await trash.getByText('回收站是空的。').waitFor();
    expect(session.pageErrors).toEqual([]);
  });

  it('a crafted backup whose imported article takes a bundled id is refused with its field path; nothing changes', async () => {
    const page = await session.open('#/settings');
    await page.getByRole('heading', { name: '设置' }).waitFor();
    const [bundled] = builtArticles();
    const data: BackupData = {
      annotations: [],
      articleNotes: [],
      importedArticles: [{ ...bundled!, origin: 'imported', importedAt: '2026-11-30T00:00:00.000Z', encoding: 'utf-8' }],
      settings: {},
      readingPositions: [],
    };
    const crafted = serializeBackup(data, '2026-11-30T00:00:00.000Z', '0.1.0');
    await page.getByLabel('导入批注文件…').setInputFiles({ name: 'crafted.json', mimeType: 'application/json', buffer: Buffer.from(crafted) });
    const refusal = page.getByRole('alert').filter({ hasText: 'crafted.json' });
    // The path verbatim, the reason in the user's language.
    await refusal.getByText(`data.importedArticles[0].id："${bundled!.id}" 是内置文章的 ID：导入的文章不能使用`).waitFor();
    await refusal.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/e2e-notes/crafted-zh.png' });
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.getByRole('link', { name: '文库' }).click();
    await expect.poll(() => page.getByRole('link', { name: bundled!.meta.title }).count()).toBe(1);
    expect(await page.getByRole('button', { name: `移除《${bundled!.meta.title}》` }).count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
  });
});

describe('a trash entry whose id now holds another text stays in the trash', () => {
  const session = new AppSession();
  beforeAll(() => session.serve());
  afterAll(() => session.dispose());

  async function importText(page: Page, text: string): Promise<void> {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '导入文章…' }).click();
    await (await chooser).setFiles([{ name: '纪要.md', mimeType: 'text/markdown', buffer: Buffer.from(text, 'utf8') }]);
  }

  it('update the file, remove it, import the first text again: restoring the trash entry is refused in Chinese, nothing moves', async () => {
    const page = await session.open();
    await page.getByRole('heading', { name: '文库' }).waitFor();
    await importAndAnnotate(page);
    // The corrected file: the same article (same id) gets the new text.
    await importText(page, TEXT.replace('物流成本偏高', '物流和仓储成本偏高'));
    const dialog = page.getByRole('dialog', { name: '导入文章' });
    await dialog.getByRole('button', { name: '继续' }).click();
    await dialog.getByRole('region', { name: '更新预览' }).getByRole('button', { name: '确认更新' }).click();
    await dialog.getByText(/已更新《/).waitFor();
    await dialog.getByRole('button', { name: '关闭' }).click();
    await removeFromLibrary(page);
    // The first text again, as a new import: its id is the one the trash entry holds.
    await importText(page, TEXT);
    await dialog.getByText(`✓ 纪要.md：已导入《${TITLE}》（UTF-8）`).waitFor();
    await dialog.getByRole('button', { name: '关闭' }).click();

    await page.getByRole('link', { name: '设置' }).click();
    const trash = page.getByRole('region', { name: '回收站' });
    await trash.getByRole('button', { name: `恢复《${TITLE}》` }).click();
    await page
      .getByRole('status')
      .getByText(`“${TITLE}”没有恢复：资料库里已有同一编号、内容不同的文章，批注会落在别的文字上（仍留在回收站里；先移除那一篇再恢复）`)
      .waitFor();
    await trash.getByRole('row').filter({ hasText: TITLE }).getByText('1 条').waitFor();
    await page.getByRole('link', { name: '文库' }).click();
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('article', { name: TITLE }).getByText('物流成本偏高').waitFor();
    expect(await page.getByRole('complementary', { name: '批注' }).getByText(NOTE).count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
  });
});

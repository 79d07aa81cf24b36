import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppSession } from './support/app';

// A plain-text briefing without a headline: the first line is a long sentence, so whatever
// title the import infers (today: that sentence, cut) is wrong, and it finds no source.
const FILE_NAME = 'draft-03.txt';
const TEXT = [
  '今年以来，全市上下坚持稳中求进工作总基调，统筹推进产业升级与城乡融合发展，经济运行总体平稳、稳中有进，主要指标好于预期。',
  '',
  '一季度，全市规模以上工业增加值同比增长百分之六点五，服务业保持较快增长，社会消费品零售总额持续回暖。',
  '',
  '下一步，将继续抓好重点项目建设，推动高质量发展取得新成效。',
  '',
].join('\n');
const TITLE = '一季度经济运行简报';
const SOURCE = '某市统计局';

describe('correcting an imported article’s details', () => {
  const session = new AppSession();
  beforeAll(() => session.serve());
  afterAll(() => session.dispose());

  it('edits title and source in the reader; library, search, reload and re-import all keep the correction', async () => {
    const page = await session.open();
    await page.getByRole('heading', { name: '文库' }).waitFor();
    const file = { name: FILE_NAME, mimeType: 'text/plain', buffer: Buffer.from(TEXT, 'utf-8') };
    const importFile = async () => {
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: '导入文章…' }).click();
      await (await chooser).setFiles(file);
      return page.getByRole('dialog', { name: '导入文章' });
    };

    const dialog = await importFile();
    const imported = dialog.getByText(new RegExp(`^✓ ${FILE_NAME}：已导入《.+》（UTF-8）$`));
    await imported.waitFor();
    const INFERRED_TITLE = /《(.+)》/.exec(await imported.innerText())![1]!;
    expect(INFERRED_TITLE).not.toBe(TITLE);
    await dialog.getByRole('button', { name: '关闭' }).click();

    // Open it: the wrong title is what the reader shows.
    await page.getByRole('link', { name: INFERRED_TITLE }).click();
    await page.getByRole('article', { name: INFERRED_TITLE }).waitFor();

    // 编辑信息: a wrong date is refused on its field, in Chinese; then title and source are saved.
    await page.getByRole('button', { name: '编辑信息' }).click();
    const edit = page.getByRole('dialog', { name: '编辑文章信息' });
    await edit.getByRole('textbox', { name: '日期' }).fill('2025年3月');
    await edit.getByRole('button', { name: '保存' }).click();
    await edit.getByRole('alert').getByText('日期格式应为 YYYY-MM-DD 或 YYYY，例如 2025-03-01').waitFor();
    await edit.getByRole('textbox', { name: '日期' }).fill('');
    await edit.getByRole('textbox', { name: '标题' }).fill(TITLE);
    await edit.getByRole('textbox', { name: '来源' }).fill(SOURCE);
    await expect.poll(() => edit.getByText('已修改').count()).toBe(2);
    await edit.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => edit.count()).toBe(0);
    await page.getByRole('status').getByText('已更新文章信息').waitFor();

    // The reader header shows the corrected title and source, marked as corrected.
    const article = page.getByRole('article', { name: TITLE });
    await article.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    await article.getByText(SOURCE).waitFor();
    await article.getByText('信息已更正').waitFor();

    // The PDF is made from the corrected details too.
    await page.getByRole('button', { name: '导出 PDF…' }).click();
    const pdf = page.getByRole('dialog', { name: '导出 PDF' });
    await pdf.getByRole('button', { name: '预览' }).click();
    const preview = page.frameLocator('iframe[title="打印预览"]');
    await preview.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    await preview.getByText(SOURCE, { exact: false }).first().waitFor();
    await pdf.getByRole('button', { name: '取消' }).click();

    // The library lists it under the new title, with its source.
    await page.getByRole('button', { name: /返回文库/ }).click();
    const library = page.getByRole('list', { name: '文库' });
    const card = library.getByRole('listitem').filter({ has: page.getByRole('link', { name: TITLE }) });
    await card.getByText(SOURCE, { exact: false }).waitFor();
    expect(await page.getByRole('link', { name: INFERRED_TITLE }).count()).toBe(0);

    // Search finds a word of the text, and a word only the corrected title has, under the new title.
    await page.keyboard.press('Control+k');
    const search = page.getByRole('dialog', { name: '搜索' });
    const box = search.getByRole('combobox', { name: '搜索全部文章和笔记…' });
    const hits = search.getByRole('listbox', { name: '搜索' }).getByRole('option');
    for (const query of ['社会消费品零售总额', '经济运行简报']) {
      await box.fill(query);
      await expect.poll(() => hits.filter({ hasText: TITLE }).count(), { timeout: 15_000 }).toBeGreaterThan(0);
      expect(await hits.filter({ hasText: INFERRED_TITLE }).count()).toBe(0);
    }
    await page.keyboard.press('Escape');

    // A reload keeps it.
    await page.reload();
    await page.getByRole('link', { name: TITLE }).waitFor();

    // Importing the same file again is refused as a duplicate, named by its corrected title.
    const again = await importFile();
    await again.getByText(`✗ ${FILE_NAME}：与文库中的《${TITLE}》内容相同，已存在`).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('article', { name: TITLE }).getByText(SOURCE).waitFor();

    // Undo: editing again and undoing from the toast restores what was there before.
    await page.getByRole('button', { name: '编辑信息' }).click();
    await edit.getByRole('button', { name: '把“来源”恢复为推断值' }).click();
    await edit.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByRole('article', { name: TITLE }).getByText(SOURCE).count()).toBe(0);
    await page.getByRole('status').getByRole('button', { name: '撤销' }).click();
    await page.getByRole('article', { name: TITLE }).getByText(SOURCE).waitFor();

    expect(session.foreignRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});

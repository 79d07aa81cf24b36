import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppSession } from './support/app';
import { dragSelect, paintedTexts } from './support/select-text';
import { TITLE, V1, V2 } from '../fixtures/reimport-versions';

async function importFile(page: Page, name: string, text: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入文章…' }).click();
  await (await chooser).setFiles([{ name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') }]);
}

async function highlightWithNote(page: Page, paragraph: string, quote: string, note: string): Promise<void> {
  const article = page.getByRole('article', { name: TITLE });
  await dragSelect(page, article.locator('p', { hasText: paragraph }), quote);
  const toolbar = page.getByRole('toolbar', { name: '高亮工具栏' });
  await toolbar.getByRole('button', { name: '重点（1）' }).click();
  const panel = page.getByRole('complementary', { name: '批注' });
  await panel.getByRole('button', { name: quote }).waitFor();
  if (note === '') return;
  await page.getByRole('toolbar', { name: '高亮工具栏' }).getByRole('button', { name: '添加笔记（N）' }).click();
  await panel.getByRole('textbox', { name: '添加笔记（N）' }).fill(note);
  await panel.getByRole('button', { name: '保存' }).click();
  await panel.getByText(note).waitFor();
}

describe('re-importing a corrected file carries the notes to the new text', () => {
  const session = new AppSession();
  beforeAll(() => session.serve());
  afterAll(() => session.dispose());

  it('update (the default) → summary → confirm: notes on the right text, one unanchored, earlier version viewable', async () => {
    const page = await session.open();
    await page.getByRole('heading', { name: '文库' }).waitFor();
    await importFile(page, '简报.txt', V1);
    const dialog = page.getByRole('dialog', { name: '导入文章' });
    await dialog.getByText(`✓ 简报.txt：已导入《${TITLE}》（UTF-8）`).waitFor();
    await dialog.getByRole('button', { name: '打开' }).click();

    await page.getByRole('article', { name: TITLE }).waitFor();
    await highlightWithNote(page, '引进项目', '引进项目三十个', '');
    await highlightWithNote(page, '标准化厂房', '标准化厂房十万平方米', '厂房面积要核实');
    await highlightWithNote(page, '营商环境', '优化营商环境', '会上重点讲');
    await page.getByRole('button', { name: /返回文库/ }).click();

    // The corrected file, same name: update is offered and chosen by default.
    await importFile(page, '简报.txt', V2);
    const choice = dialog.getByRole('group', { name: `“简报.txt”像是文库中《${TITLE}》的新版本。要怎么处理？` });
    await choice.waitFor();
    await choice.getByText('文件名相同。').waitFor();
    expect(await choice.getByRole('radio', { name: '更新现有文章（保留批注，重新定位到新文字）' }).isChecked()).toBe(true);
    expect(await choice.getByRole('radio', { name: '作为新文章导入' }).isChecked()).toBe(false);
    await page.screenshot({ path: '/tmp/e2e-notes/reimport-choice-zh.png' });
    await choice.getByRole('button', { name: '继续' }).click();

    // The summary comes BEFORE anything is written.
    const summary = dialog.getByRole('region', { name: '更新预览' });
    await summary.getByText('1 条批注原位保留，1 条已移动，1 条需要重新附着').waitFor();
    await page.screenshot({ path: '/tmp/e2e-notes/reimport-summary-zh.png' });
    await summary.getByRole('button', { name: '确认更新' }).click();
    await dialog.getByText(`✓ 简报.txt：已更新《${TITLE}》，1 条批注原位保留，1 条已移动，1 条需要重新附着`).waitFor();
    await dialog.getByRole('button', { name: '打开' }).click();

    // Still one article (same id), with the new text and the notes on the right words.
    const article = page.getByRole('article', { name: TITLE });
    await article.getByText('一季度新区地区生产总值').waitFor();
    await expect.poll(async () => (await paintedTexts(page, 'pizhu-yellow')).sort()).toEqual(['优化营商环境', '引进项目三十个'].sort());
    const panel = page.getByRole('complementary', { name: '批注' });
    const orphans = panel.getByRole('region', { name: /未定位的批注/ });
    await orphans.getByText('标准化厂房十万平方米').waitFor();
    await orphans.getByText('厂房面积要核实').waitFor();
    await panel.getByRole('listitem').filter({ hasText: '优化营商环境' }).getByText('会上重点讲').waitFor();

    // Earlier versions: the text before the update, read-only.
    await page.getByRole('button', { name: '早期版本（1）' }).click();
    const versions = page.getByRole('dialog', { name: '早期版本' });
    await versions
      .getByRole('list', { name: '早期版本' })
      .getByText(/之前的文字 · \d+ 字/)
      .waitFor();
    await versions.getByRole('button', { name: '查看' }).click();
    const old = page.getByRole('dialog', { name: /之前的文字$/ }).getByRole('article', { name: '早期版本的文字' });
    await old.getByText('园区将建设标准化厂房十万平方米，年底前全部完工并交付使用。').waitFor();
    await page.screenshot({ path: '/tmp/e2e-notes/versions-zh.png' });
    await page.getByRole('button', { name: '关闭' }).click();

    await page.getByRole('button', { name: /返回文库/ }).click();
    await expect.poll(() => page.getByRole('link', { name: TITLE }).count()).toBe(1);

    // Reopened: the note the update could not carry is still unanchored (anchored through the
    // earlier text it was made on, not re-guessed by its quote), the other two on their words.
    await page.getByRole('link', { name: TITLE }).click();
    await page
      .getByRole('complementary', { name: '批注' })
      .getByRole('region', { name: /未定位的批注/ })
      .getByText('厂房面积要核实')
      .waitFor();
    await expect.poll(async () => (await paintedTexts(page, 'pizhu-yellow')).sort()).toEqual(['优化营商环境', '引进项目三十个'].sort());
    // The notebook marks it 未定位, and only it.
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '笔记本' }).click();
    const notebook = page.getByRole('main', { name: '笔记本' });
    await notebook.getByText('厂房面积要核实').waitFor();
    await expect.poll(() => notebook.getByText('未定位', { exact: true }).count()).toBe(1);
    expect(session.pageErrors).toEqual([]);
  });

  it('an update can be undone from the results: the old text is back and the file waits for a choice again', async () => {
    const page = await session.open();
    await page.getByRole('heading', { name: '文库' }).waitFor();
    await importFile(page, '简报.txt', V2.replace('增速居全省前列', '增速居全省第二'));
    const dialog = page.getByRole('dialog', { name: '导入文章' });
    await dialog
      .getByRole('group', { name: /像是文库中/ })
      .getByRole('button', { name: '继续' })
      .click();
    await dialog.getByRole('region', { name: '更新预览' }).getByRole('button', { name: '确认更新' }).click();
    await dialog.getByText(/✓ 简报\.txt：已更新/).waitFor();
    await dialog.getByRole('button', { name: '撤销更新' }).click();
    await dialog.getByText('… 简报.txt：等待选择').waitFor();
    await dialog.getByRole('button', { name: '取消' }).click();
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('article', { name: TITLE }).getByText('增速居全省前列').waitFor();
    await page.getByRole('button', { name: '早期版本（1）' }).waitFor();
    expect(session.pageErrors).toEqual([]);
  });

  it('"import as a new article" keeps the old one untouched; "do not import" adds nothing', async () => {
    const page = await session.open();
    await page.getByRole('heading', { name: '文库' }).waitFor();
    // The library holds V2 now; the first file comes back under the same name.
    await importFile(page, '简报.txt', V1);
    const dialog = page.getByRole('dialog', { name: '导入文章' });
    const choice = dialog.getByRole('group', { name: /像是文库中/ });
    await choice.getByRole('radio', { name: '不导入这个文件' }).check();
    await choice.getByRole('button', { name: '继续' }).click();
    await dialog.getByText('– 简报.txt：未导入').waitFor();
    await dialog.getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => page.getByRole('link', { name: TITLE }).count()).toBe(1);

    await importFile(page, '简报.txt', V1);
    await choice.getByRole('radio', { name: '作为新文章导入' }).check();
    await choice.getByRole('button', { name: '继续' }).click();
    await dialog.getByText(`✓ 简报.txt：已导入《${TITLE}》（UTF-8）`).waitFor();
    await dialog.getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => page.getByRole('link', { name: TITLE }).count()).toBe(2);
    expect(session.pageErrors).toEqual([]);
  });
});

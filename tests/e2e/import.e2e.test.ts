import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppSession, ROOT } from './support/app';
import { dragSelect, paintedTexts } from './support/select-text';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'import');
const GB = join(FIXTURES, 'gb18030-briefing.txt');
const MD = join(FIXTURES, 'meeting-notes.md');
const HTML = join(FIXTURES, 'hostile-page.html');

const TITLES = {
  gb: '中文简报：赣江新区数字经济发展',
  md: '青山湖区产业园调研纪要',
  html: '南昌航空城建设提速',
};

const pwned = (page: Page) => page.evaluate(() => (window as { __pwned?: unknown }).__pwned);

/** Drops files on the library as a user dragging them from the file manager would; checks the overlay on the way. */
async function dropFiles(page: Page, files: readonly { name: string; bytes: number[] }[]): Promise<void> {
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name));
    return dt;
  }, files);
  const target = page.locator('main.library');
  const fire = (type: string) =>
    target.evaluate((el, [t, dt]) => el.dispatchEvent(new DragEvent(t, { bubbles: true, cancelable: true, dataTransfer: dt })), [type, transfer] as const);
  await fire('dragenter');
  await fire('dragover');
  await page.getByRole('status').getByText('松开即可导入').waitFor();
  await fire('drop');
  await expect.poll(() => page.getByText('松开即可导入').count()).toBe(0);
}

describe('importing your own briefings', () => {
  const session = new AppSession();
  beforeAll(() => session.serve());
  afterAll(() => session.dispose());

  it('imports GB18030 text, Markdown and hostile HTML through the UI; scripts never run; binary refused; survives a restart', async () => {
    let page = await session.open();
    await page.getByRole('heading', { name: '文库' }).waitFor();

    // The import button opens the host's file picker.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '导入文章…' }).click();
    await (await chooser).setFiles([GB, MD, HTML]);

    const dialog = page.getByRole('dialog', { name: '导入文章' });
    await dialog.waitFor();
    const results = dialog.getByRole('list', { name: '导入结果' });
    await expect.poll(() => results.getByRole('listitem').count()).toBe(3);
    await dialog.getByText('导入 3 篇，拒绝 0 个文件。').waitFor();
    await results.getByText(`✓ gb18030-briefing.txt：已导入《${TITLES.gb}》（GB18030）`).waitFor();
    await results.getByText(`✓ meeting-notes.md：已导入《${TITLES.md}》（UTF-8）`).waitFor();
    await results.getByText(`✓ hostile-page.html：已导入《${TITLES.html}》（UTF-8）`).waitFor();
    await dialog.getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    // All three are in the library, marked as imported.
    const library = page.getByRole('list', { name: '文库' });
    for (const title of Object.values(TITLES)) {
      const card = library.getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) });
      await card.getByText('已导入').waitFor();
    }

    // Each opens cleanly in the reader with its headings and paragraphs.
    const open = async (title: string, texts: readonly string[]) => {
      await page.getByRole('link', { name: title }).click();
      const article = page.getByRole('article', { name: title });
      await article.waitFor();
      for (const text of texts) await article.getByText(text, { exact: false }).first().waitFor();
      await page.getByRole('button', { name: /返回文库/ }).click();
      await page.getByRole('heading', { name: '文库' }).waitFor();
    };
    await open(TITLES.gb, [TITLES.gb, '全年数字经济营业收入增长百分之十二', '𠮷字也能保存']);
    await open(TITLES.md, [TITLES.md, '调研背景', '园区现有企业一百二十家，其中高新技术企业四十家。', '下一步工作']);
    await open(TITLES.html, [TITLES.html, '总投资超过两百亿元', '航空城总装车间', '下一步安排', '推动项目早投产、早见效']);

    // Imported briefings are searchable like bundled ones (indexed in a Web Worker).
    await page.keyboard.press('Control+k');
    const search = page.getByRole('dialog', { name: '搜索' });
    await search.getByRole('combobox', { name: '搜索全部文章和笔记…' }).fill('高新技术企业四十家');
    const hits = search.getByRole('listbox', { name: '搜索' }).getByRole('option');
    await expect.poll(() => hits.count()).toBe(1);
    await hits.filter({ hasText: TITLES.md }).click();
    await page.getByRole('article', { name: TITLES.md }).waitFor();
    await page.getByRole('button', { name: /返回文库/ }).click();
    await page.getByRole('heading', { name: '文库' }).waitFor();
    expect(await pwned(page)).toBeUndefined();
    expect(await page.getByRole('article').count()).toBe(0);

    // A binary file dropped on the library is refused with its name; nothing is added.
    await dropFiles(page, [{ name: 'scan.txt', bytes: [...readFileSync(join(FIXTURES, 'scan.txt'))] }]);
    const refusedDialog = page.getByRole('dialog', { name: '导入文章' });
    await refusedDialog.getByText('✗ scan.txt：这是二进制文件，不是文本').waitFor();
    await refusedDialog.getByText(/没有添加任何文章/).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => refusedDialog.count()).toBe(0);
    await expect.poll(() => library.getByRole('listitem').count()).toBe(5 + 3);

    // Re-importing the same Markdown is refused as a duplicate.
    const again = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '导入文章…' }).click();
    await (await again).setFiles([MD]);
    await page.getByRole('dialog', { name: '导入文章' }).getByText(`✗ meeting-notes.md：与文库中的《${TITLES.md}》内容相同，已存在`).waitFor();
    // The batch has ended (Escape is ignored while it runs) once the summary is shown.
    await page
      .getByRole('dialog', { name: '导入文章' })
      .getByText(/没有添加任何文章/)
      .waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog', { name: '导入文章' }).count()).toBe(0);

    // Quit and start again: the imported articles are still there and still open.
    await session.closeBrowser();
    page = await session.open();
    for (const title of Object.values(TITLES)) await page.getByRole('link', { name: title }).waitFor();
    const htmlHref = await page.getByRole('link', { name: TITLES.html }).getAttribute('href');
    await page.getByRole('link', { name: TITLES.html }).click();
    const htmlArticle = page.getByRole('article', { name: TITLES.html });
    await htmlArticle.getByText('航空城总装车间').waitFor();
    expect(await pwned(page)).toBeUndefined();

    // Highlight a passage in the imported article.
    const quote = '将继续优化营商环境';
    await dragSelect(page, htmlArticle.getByText(quote, { exact: false }), quote);
    await page.getByRole('toolbar', { name: '高亮工具栏' }).getByRole('button', { name: '重点（1）' }).click();
    await expect.poll(() => paintedTexts(page, 'pizhu-yellow')).toEqual([quote]);
    await page.getByRole('button', { name: /返回文库/ }).click();

    // Remove it: the article and its annotation go to the trash together.
    await page.getByRole('button', { name: `移除《${TITLES.html}》` }).click();
    await page.getByRole('dialog', { name: '移除文章' }).getByRole('button', { name: '连同 1 条批注移到回收站' }).click();
    await expect.poll(() => page.getByRole('link', { name: TITLES.html }).count()).toBe(0);
    await page.goto(session.baseUrl + htmlHref!);
    await page.getByText('找不到这篇文章。').waitFor();

    // Importing the same content again brings the article back; restoring it from the trash
    // then adds its highlight, in place.
    await page.goto(session.baseUrl);
    const reimport = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '导入文章…' }).click();
    await (await reimport).setFiles([HTML]);
    await page.getByRole('dialog', { name: '导入文章' }).getByRole('button', { name: '打开' }).click();
    await page.getByRole('article', { name: TITLES.html }).waitFor();
    expect(await paintedTexts(page, 'pizhu-yellow')).toEqual([]);
    await page.getByRole('link', { name: '设置' }).click();
    const trash = page.getByRole('region', { name: '回收站' });
    await trash.getByRole('button', { name: `恢复《${TITLES.html}》` }).click();
    await trash.getByText('回收站是空的。').waitFor();
    await page.goto(session.baseUrl + htmlHref!);
    await page.getByRole('article', { name: TITLES.html }).waitFor();
    await expect.poll(() => paintedTexts(page, 'pizhu-yellow')).toEqual([quote]);
    expect(await pwned(page)).toBeUndefined();
    await page.getByRole('button', { name: /返回文库/ }).click();

    // Remove one imported article (no annotations: a single confirm).
    await page.getByRole('button', { name: `移除《${TITLES.md}》` }).click();
    const confirm = page.getByRole('dialog', { name: '移除文章' });
    await confirm.getByRole('button', { name: '移除', exact: true }).click();
    await expect.poll(() => page.getByRole('link', { name: TITLES.md }).count()).toBe(0);
    await page.getByRole('link', { name: TITLES.gb }).waitFor();

    expect(session.foreignRequests).toEqual([]);
    // DOMPurify parses the hostile page in an inert DOMParser document; Chromium still checks
    // each inline handler attribute there against the app's CSP and logs that it blocked it.
    // Those reports are the CSP working; anything else would be a real error.
    const cspBlockedHandler = /Executing inline event handler violates the following Content Security Policy/;
    expect(session.pageErrors.filter((e) => !cspBlockedHandler.test(e))).toEqual([]);
  });
});

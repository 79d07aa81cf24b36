import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BENCH_LIMIT_CHARS, briefingOfChars } from '../../build/bench/large-import-bench';
import { generateLongBriefing } from '../../build/bench/long-briefing';
import { AppSession } from './support/app';

/**
 * Issue 12 item 7, behaviour only (the timings are in `npm run bench`, largeImport): the
 * longest text the importer accepts opens, its last paragraph is reachable with Ctrl+End, and
 * the app answers clicks; a longer one is refused by name and adds nothing.
 */
describe('a long article', () => {
  const session = new AppSession();
  const dir = mkdtempSync(join(tmpdir(), 'pizhu-large-'));
  // Generated here, never committed: a briefing at the importer's limit, and one five times over it.
  const atLimit = briefingOfChars(BENCH_LIMIT_CHARS, 9);
  const tooLong = generateLongBriefing(BENCH_LIMIT_CHARS * 3 * 5, 10);
  const atLimitPath = join(dir, 'at-limit-briefing.txt');
  const tooLongPath = join(dir, 'too-long-briefing.txt');
  beforeAll(async () => {
    writeFileSync(atLimitPath, atLimit.text);
    writeFileSync(tooLongPath, tooLong.text);
    await session.serve();
  });
  afterAll(async () => {
    await session.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const pick = async (page: Page, files: string[]) => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '导入文章…' }).click();
    await (await chooser).setFiles(files);
    const dialog = page.getByRole('dialog', { name: '导入文章' });
    await dialog.and(page.locator('[aria-busy="false"]')).waitFor({ timeout: 30_000 });
    return dialog;
  };

  it('at the limit: imports, opens, Ctrl+End reaches the last paragraph, clicks are answered', async () => {
    const page = await session.open();
    await page.getByRole('heading', { name: '文库' }).waitFor();
    const library = page.getByRole('list', { name: '文库' });
    const before = await library.getByRole('listitem').count();

    const dialog = await pick(page, [atLimitPath]);
    await dialog.getByText(/^✓ at-limit-briefing\.txt：已导入《.+》（UTF-8）$/).waitFor();
    await dialog.getByRole('button', { name: '打开' }).click();

    const article = page.getByRole('article');
    await article.waitFor();
    await article.locator('.block-paragraph').first().waitFor();
    // Every paragraph of the source is there (the generator's count; the lead may be split off).
    expect(await article.locator('.block-paragraph').count()).toBeGreaterThanOrEqual(atLimit.paragraphs);

    // Ctrl+End from the focused article scrolls the reader to the very end.
    await article.focus();
    await page.keyboard.press('Control+End');
    const last = article.locator('.block-paragraph').last();
    expect(await last.textContent()).toBe(atLimit.lastParagraph);
    const lastOnScreen = () =>
      last.evaluate((el) => {
        const view = el.closest('.reader-scroll')!.getBoundingClientRect();
        const box = el.getBoundingClientRect();
        return box.bottom > view.top && box.top < view.bottom;
      });
    await expect.poll(lastOnScreen, { timeout: 10_000 }).toBe(true);

    // The app answers: the outline jumps back to the first section, the back button leaves.
    const outlineLinks = page.locator('.outline a');
    expect(await outlineLinks.count()).toBeGreaterThan(atLimit.headings / 2);
    await outlineLinks.first().click();
    await expect.poll(lastOnScreen, { timeout: 10_000 }).toBe(false);
    await page.getByRole('button', { name: /返回文库/ }).click();
    await page.getByRole('heading', { name: '文库' }).waitFor();
    await expect.poll(() => library.getByRole('listitem').count()).toBe(before + 1);
    expect(session.pageErrors).toEqual([]);
  });

  it('over the limit: refused by name; nothing is added', async () => {
    const page = await session.open();
    await page.getByRole('heading', { name: '文库' }).waitFor();
    const library = page.getByRole('list', { name: '文库' });
    // Count once the library says it has read every article (bundled and imported), not while
    // the imported ones are still arriving.
    const status = page.getByRole('status').filter({ hasText: /^\d+ 篇简报$/ });
    await status.waitFor();
    const before = Number((await status.textContent())!.match(/\d+/)![0]);
    await expect.poll(() => library.getByRole('listitem').count()).toBe(before);

    const dialog = await pick(page, [tooLongPath]);
    // The reason names the length and the limit, in the user's language.
    await dialog.getByText(/^✗ too-long-briefing\.txt：文章太长（[\d,]+ 字，上限 200,000 字），阅读器无法流畅显示；请拆分后再导入$/).waitFor();
    await dialog.getByText(/没有添加任何文章/).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => status.textContent()).toBe(`${before} 篇简报`);
    expect(await library.getByRole('listitem').count()).toBe(before);
    expect(session.pageErrors).toEqual([]);
  });
});

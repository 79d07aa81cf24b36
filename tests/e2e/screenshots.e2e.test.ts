import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppSession, ROOT, builtArticles } from './support/app';
import { dragSelect, paintedTexts } from './support/select-text';

/**
 * The README's screenshots: library, reader with highlights, notebook, search and key figures,
 * in Chinese and English, light and dark, at 1280×800. Slow and writes into docs/, so it runs
 * only on request: `PIZHU_UPDATE_SCREENSHOTS=1 npx vitest run --project e2e tests/e2e/screenshots.e2e.test.ts`.
 */
const UPDATE = process.env.PIZHU_UPDATE_SCREENSHOTS === '1';
const OUT = join(ROOT, 'docs', 'screenshots');
const VIEWPORT = { width: 1280, height: 800 };

interface Mark {
  readonly block: string;
  readonly quote: string;
  readonly key: '1' | '2' | '3' | '4' | '5';
  readonly note?: string;
  readonly tag?: string;
}

/** What a person preparing for a meeting on 赣江新区's digital economy would mark. */
const MARKS: readonly Mark[] = [
  { block: 'b1', quote: '聚焦数字经济产业持续发力', key: '1', note: '会上重点讲：数字经济是新区的**主攻方向**', tag: '重点' },
  { block: 'b3', quote: '如何克服人才、科技、资金等要素短板', key: '3', note: '问：要素短板具体怎么补？请发改局准备材料', tag: '待核实' },
  { block: 'b7', quote: '达1188亿元', key: '2', note: '与统计公报核对口径', tag: '待核实' },
  { block: 'b9', quote: '以数字经济赋能传统产业', key: '4' },
  { block: 'b10', quote: '数字经济核心产业规上企业达164家', key: '2' },
];

const PAINT = { '1': 'pizhu-yellow', '2': 'pizhu-green', '3': 'pizhu-blue', '4': 'pizhu-pink', '5': 'pizhu-purple' } as const;

async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    location.hash = h;
  }, hash);
  await page.getByRole('main').first().waitFor();
}

async function settle(page: Page): Promise<void> {
  await page.mouse.move(VIEWPORT.width - 2, VIEWPORT.height - 2);
  await page.locator('.toast').first().waitFor({ state: 'detached', timeout: 10_000 });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForTimeout(300);
}

async function annotate(page: Page, article: Locator, mark: Mark): Promise<void> {
  await dragSelect(page, article.locator(`[data-block-id="${mark.block}"]`), mark.quote);
  await page.getByRole('toolbar', { name: '高亮工具栏' }).waitFor();
  await page.keyboard.press(mark.key);
  await expect.poll(async () => (await paintedTexts(page, PAINT[mark.key])).includes(mark.quote)).toBe(true);
  if (mark.note) {
    await page.keyboard.press('n');
    const panel = page.getByRole('complementary', { name: '批注' });
    await panel.getByRole('textbox', { name: '添加笔记（N）' }).fill(mark.note);
    if (mark.tag) {
      await panel.getByRole('combobox', { name: '标签' }).fill(mark.tag);
      await panel.getByRole('combobox', { name: '标签' }).press('Enter');
    }
    await panel.getByRole('button', { name: '保存' }).click();
    await panel.getByRole('textbox', { name: '添加笔记（N）' }).waitFor({ state: 'detached' });
  }
  await page.keyboard.press('Escape');
}

describe('screenshots for the README', () => {
  const session = new AppSession();
  beforeAll(() => session.serve());
  afterAll(() => session.dispose());

  (UPDATE ? it : it.skip)(
    `writes docs/screenshots/{library,reader,notebook,search,figures}-{zh,en}-{light,dark}.png${UPDATE ? '' : ' — skipped: set PIZHU_UPDATE_SCREENSHOTS=1 to update them'}`,
    async () => {
      mkdirSync(OUT, { recursive: true });
      const article = builtArticles().find((a) => a.id.startsWith('003_'))!;
      const page = await session.open(`#/read/${encodeURIComponent(article.id)}`, 'zh-CN', VIEWPORT);
      const body = page.getByRole('article', { name: article.meta.title });
      await body.waitFor();
      for (const mark of MARKS) await annotate(page, body, mark);

      for (const lang of ['zh', 'en'] as const) {
        await go(page, '#/settings');
        await page.getByRole('combobox', { name: /^(界面语言|Language)$/ }).selectOption(lang === 'zh' ? 'zh-CN' : 'en');
        await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang === 'zh' ? 'zh-CN' : 'en');
        for (const theme of ['light', 'dark'] as const) {
          await go(page, '#/settings');
          await page.locator(`input[name="theme"][value="${theme}"]`).click();
          await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
          const shot = async (view: string) => {
            await settle(page);
            await page.screenshot({ path: join(OUT, `${view}-${lang}-${theme}.png`) });
          };

          await go(page, '#/library');
          await page.locator('.article-card').first().waitFor();
          await shot('library');

          await go(page, `#/read/${encodeURIComponent(article.id)}?b=b1`);
          await expect.poll(async () => (await paintedTexts(page, 'pizhu-yellow')).length).toBe(1);
          await page.locator('.note-marker').first().waitFor();
          await page.locator('.reader-scroll').evaluate((s) => s.scrollTo({ top: 0 }));
          await shot('reader');

          await page.keyboard.press('Control+k');
          const search = page.getByRole('dialog').filter({ has: page.getByRole('listbox') });
          await search.getByRole('combobox').first().fill('数字经济');
          await expect.poll(() => search.getByRole('option').count()).toBeGreaterThan(3);
          await shot('search');
          await page.keyboard.press('Escape');
          await search.waitFor({ state: 'detached' });

          await go(page, '#/notebook');
          await expect.poll(() => page.locator('.notebook-entry').count()).toBeGreaterThanOrEqual(MARKS.length);
          await shot('notebook');

          await go(page, `#/figures?a=${encodeURIComponent(article.id)}`);
          await page.getByRole('table').waitFor();
          await shot('figures');
        }
      }
      expect(session.pageErrors).toEqual([]);
    },
  );
});

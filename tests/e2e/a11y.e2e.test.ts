import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block } from '../../corpus/model';
import { AppSession, builtArticles } from './support/app';
import { axeScan, describeFindings, type Finding, type Scan } from './support/axe';
import { dragSelect, paintedTexts } from './support/select-text';

const paragraphs = (blocks: readonly Block[]) => blocks.filter((b) => b.kind === 'paragraph' && b.text.length > 60);

async function highlightWithKey(page: Page, article: Locator, block: Block, quote: string, key: string, paint: string): Promise<void> {
  await dragSelect(page, article.locator(`[data-block-id="${block.id}"]`), quote);
  await page.getByRole('toolbar', { name: '高亮工具栏' }).waitFor();
  await page.keyboard.press(key);
  await expect.poll(() => paintedTexts(page, paint)).toEqual([quote]);
  await page.keyboard.press('Escape');
}

async function setTheme(page: Page, theme: '浅色' | '深色'): Promise<void> {
  await nav(page, '设置');
  await page.getByRole('group', { name: '主题' }).getByRole('radio', { name: theme }).click();
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme === '浅色' ? 'light' : 'dark');
}

async function nav(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('main', { name }).waitFor();
}

/** The block at the top of the reader's scroll area, as use-reading-position sees it. */
const topBlock = (page: Page) =>
  page.locator('.reader-scroll').evaluate((scroller) => {
    const top = scroller.getBoundingClientRect().top + 8;
    const block = [...scroller.querySelectorAll<HTMLElement>('[data-block-id]')].find((b) => b.getBoundingClientRect().bottom > top);
    return block?.dataset.blockId;
  });

describe('accessibility: axe-core finds no serious or critical problems, in light and dark', () => {
  const session = new AppSession();
  beforeAll(() => session.serve());
  afterAll(() => session.dispose());

  it('library, reader with highlights, notebook, search, settings, figures, meeting pack and the shortcuts dialog', async () => {
    const [first] = builtArticles();
    const [p1, p2] = paragraphs(first!.blocks);
    const quote1 = p1!.text.slice(2, 16);
    const quote2 = p2!.text.slice(4, 20);

    const page = await session.open();
    await page.getByRole('link', { name: first!.meta.title }).first().click();
    const article = page.getByRole('article', { name: first!.meta.title });
    await article.waitFor();
    await highlightWithKey(page, article, p1!, quote1, '1', 'pizhu-yellow');
    await highlightWithKey(page, article, p2!, quote2, '2', 'pizhu-green');

    const findings: Record<string, Finding[]> = {};
    const scans: Record<string, Scan> = {};
    const scan = async (name: string) => {
      scans[name] = await axeScan(page);
      findings[name] = scans[name].serious;
    };
    for (const theme of ['浅色', '深色'] as const) {
      await setTheme(page, theme);
      await scan(`${theme} settings`);
      await nav(page, '文库');
      await scan(`${theme} library`);

      await page.getByRole('link', { name: first!.meta.title }).first().click();
      await article.waitFor();
      await expect.poll(() => paintedTexts(page, 'pizhu-yellow')).toEqual([quote1]);
      await page.getByRole('complementary', { name: '批注' }).getByRole('button', { name: quote1 }).click();
      await page.getByRole('toolbar', { name: '高亮工具栏' }).waitFor();
      await scan(`${theme} reader (active highlight)`);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+f');
      await page.getByRole('searchbox', { name: '在文中查找' }).fill('发展');
      await scan(`${theme} reader (find bar)`);
      await page.keyboard.press('Escape');

      await page.keyboard.press('Control+k');
      const search = page.getByRole('dialog', { name: '搜索' });
      await search.getByRole('combobox', { name: '搜索全部文章和笔记…' }).fill('数字经济');
      await expect.poll(() => search.getByRole('option').count()).toBeGreaterThan(0);
      await scan(`${theme} search dialog`);
      await page.keyboard.press('Escape');
      await search.waitFor({ state: 'detached' });

      await nav(page, '笔记本');
      await expect.poll(() => page.getByRole('main', { name: '笔记本' }).getByRole('status').textContent()).toBe('2 条批注');
      await scan(`${theme} notebook`);
      await nav(page, '关键数据');
      await page.getByRole('table', { name: '关键数据表' }).waitFor();
      await scan(`${theme} figures`);
      await nav(page, '会议材料包');
      await scan(`${theme} meeting pack`);

      await page.keyboard.press('Shift+?');
      await page.getByRole('dialog', { name: '键盘快捷键' }).waitFor();
      await scan(`${theme} shortcuts dialog`);
      await page.keyboard.press('Escape');
    }
    console.log(
      Object.entries(scans)
        .map(
          ([view, s]) =>
            `axe ${view}: ${s.passed} rules passed; violated critical ${s.violated.critical}, serious ${s.violated.serious}, moderate ${s.violated.moderate}, minor ${s.violated.minor}${s.lesser.length ? ` (${s.lesser.join('; ')})` : ''}`,
        )
        .join('\n'),
    );
    const serious = Object.values(findings).flat();
    if (serious.length > 0) console.log(describeFindings(findings));
    expect(
      serious.map((f) => f.id),
      describeFindings(findings),
    ).toEqual([]);
    expect(Object.keys(findings)).toHaveLength(18);
    expect(session.pageErrors).toEqual([]);
  });

  it('the ? key and the shortcuts dialog: named, lists every shortcut, Escape closes it and focus returns', async () => {
    const page = await session.open('', 'en');
    const searchButton = page.getByRole('button', { name: /Search/ });
    await searchButton.focus();
    await page.keyboard.press('Shift+?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    const rows = dialog.getByRole('row').filter({ has: page.getByRole('rowheader') });
    expect(await rows.count()).toBe(12);
    expect(await dialog.getByRole('table', { name: 'While reading' }).getByRole('rowheader').allTextContents()).toEqual([
      'Ctrl+F',
      'Enter',
      'Shift+Enter',
      'Shift+←→↑↓',
      '1–5',
      'N',
      'Delete',
      'Ctrl+Z',
      'Ctrl+P',
    ]);
    expect(await dialog.getByRole('table', { name: 'Anywhere' }).getByRole('rowheader').allTextContents()).toEqual(['Ctrl+K', '?', 'Esc']);
    await expect.poll(() => dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => searchButton.evaluate((b) => b === document.activeElement)).toBe(true);

    // Typing ? in a text field types it.
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Notebook' }).click();
    const filter = page.getByRole('searchbox', { name: /Search annotations/ });
    await filter.fill('');
    await filter.press('Shift+?');
    expect(await filter.inputValue()).toBe('?');
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
  });

  it('reading settings keep the reading position: font size, line height and width changed, same top block', async () => {
    const article = builtArticles().reduce((a, b) => (b.blocks.length > a.blocks.length ? b : a));
    const page = await session.open(`#/read/${encodeURIComponent(article.id)}`);
    await page.getByRole('article', { name: article.meta.title }).waitFor();
    await page.locator('.reader-scroll').evaluate((s) => s.scrollTo({ top: (s.scrollHeight - s.clientHeight) * 0.45 }));
    const before = await topBlock(page);
    expect(before).toBeDefined();

    for (const [slider, key, presses] of [
      ['字号', 'ArrowRight', 4],
      ['行距', 'ArrowLeft', 3],
      ['版心宽度', 'ArrowLeft', 5],
    ] as const) {
      await page.waitForTimeout(400); // the position is written within a quarter second
      await nav(page, '设置');
      const input = page.getByRole('slider', { name: slider });
      const value = await input.inputValue();
      for (let i = 0; i < presses; i++) await input.press(key);
      await expect.poll(() => input.inputValue()).not.toBe(value);
      await page.goBack();
      await page.getByRole('article', { name: article.meta.title }).waitFor();
      await expect.poll(() => topBlock(page), { message: `after changing ${slider}` }).toBe(before);
    }
    expect(session.pageErrors).toEqual([]);
  });
});

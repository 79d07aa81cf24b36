import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Block } from '../../../corpus/model';
import { dragSelect, paintedTexts } from './select-text';

/** Team e2e helpers: a colleague's laptop in its own browser context, driven through the UI (zh-CN). */
export interface TeamLaptops {
  readonly contexts: BrowserContext[];
  readonly errors: string[];
}

export async function teamLaptop(browser: Browser, base: string, laptops: TeamLaptops): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1300, height: 900 } });
  laptops.contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (e) => laptops.errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && laptops.errors.push(m.text()));
  await page.goto(base + '#/settings');
  return page;
}

export const teamSection = (page: Page): Locator => page.getByRole('region', { name: '团队' });
export const teamStatus = (page: Page): Locator => teamSection(page).getByRole('status');

export async function joinTeam(page: Page, invite: string, address: string): Promise<void> {
  const team = teamSection(page);
  await team.getByRole('textbox', { name: '服务器地址' }).fill(address);
  await team.getByRole('textbox', { name: '邀请码' }).fill(invite);
  await team.getByRole('button', { name: '加入团队' }).click();
  await expect.poll(() => teamStatus(page).textContent(), { timeout: 15_000 }).toContain('已连接');
}

export async function openArticleByTitle(page: Page, base: string, title: string): Promise<Locator> {
  await page.goto(base + '#/');
  await page.getByRole('link', { name: title }).first().click();
  const body = page.getByRole('article', { name: title });
  await body.waitFor({ timeout: 10_000 });
  return body;
}

export async function addNoteOn(page: Page, body: Locator, block: Block, quote: string, note: string): Promise<void> {
  await dragSelect(page, body.locator(`[data-block-id="${block.id}"]`), quote);
  await page.getByRole('toolbar', { name: '高亮工具栏' }).getByRole('button', { name: '添加笔记（N）' }).click();
  const panel = page.getByRole('complementary', { name: '批注' });
  await panel.getByRole('textbox', { name: '添加笔记（N）' }).fill(note);
  await panel.getByRole('button', { name: '保存' }).click();
  await expect.poll(() => panel.getByText(note).count()).toBeGreaterThan(0);
}

/** Colleagues' painted passages by highlight style name (`pizhu-team-<n>` → texts), styles with none left out. */
export async function colleagueHighlights(page: Page): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (let n = 0; n < 6; n++) {
    const texts = await paintedTexts(page, `pizhu-team-${n}`);
    if (texts.length > 0) out[`pizhu-team-${n}`] = texts;
  }
  return out;
}

/** Every colleague passage painted, whatever its style, in text order of painting. */
export async function allColleagueHighlights(page: Page): Promise<string[]> {
  return Object.values(await colleagueHighlights(page))
    .flat()
    .sort();
}

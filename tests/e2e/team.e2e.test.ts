import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, Block } from '../../corpus/model';
import { dragSelect, paintedTexts } from './support/select-text';
import { allColleagueHighlights } from './support/team-ui';
import { TeamWorld } from './support/team-world';

/**
 * Team sharing with the real server process and three browser profiles (separate contexts,
 * so separate IndexedDB): colleagues A and B, and A's second laptop A2.
 */
describe('team: the real server, three profiles', () => {
  const world = new TeamWorld();
  const { server, contexts, errors } = world;
  let base = '';
  let browser: Browser;
  let article: Article;
  let paragraphs: Block[];
  const pages: Record<string, Page> = {};
  const invites: Record<string, string> = {};

  beforeAll(async () => {
    await world.start();
    ({ base, browser, article, paragraphs } = world);
  }, 60_000);

  afterAll(() => world.stop());

  async function laptop(): Promise<Page> {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1300, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(base + '#/settings');
    return page;
  }

  const teamSection = (page: Page): Locator => page.getByRole('region', { name: '团队' });
  const teamStatus = (page: Page): Locator => teamSection(page).getByRole('status');

  async function join(page: Page, invite: string, address = server.url): Promise<void> {
    const team = teamSection(page);
    await team.getByRole('textbox', { name: '服务器地址' }).fill(address);
    await team.getByRole('textbox', { name: '邀请码' }).fill(invite);
    await team.getByRole('button', { name: '加入团队' }).click();
  }

  async function openArticle(page: Page): Promise<Locator> {
    await page.goto(base + '#/');
    await page.getByRole('link', { name: article.meta.title }).first().click();
    const body = page.getByRole('article', { name: article.meta.title });
    await body.waitFor({ timeout: 10_000 }).catch(async (e: unknown) => {
      await page.screenshot({ path: '/tmp/team-fail.png' });
      throw new Error(`${String(e)}\n${errors.join('\n')}`);
    });
    return body;
  }

  async function addNote(page: Page, body: Locator, block: Block, quote: string, note: string): Promise<void> {
    await dragSelect(page, body.locator(`[data-block-id="${block.id}"]`), quote);
    await page.getByRole('toolbar', { name: '高亮工具栏' }).getByRole('button', { name: '添加笔记（N）' }).click();
    const panel = page.getByRole('complementary', { name: '批注' });
    await panel.getByRole('textbox', { name: '添加笔记（N）' }).fill(note);
    await panel.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => panel.getByText(note).count()).toBeGreaterThan(0);
  }

  it('refuses a bad address and a wrong invite with clear messages; A and A2 join and keep their notes in step', async () => {
    const inviteA = (invites.a = server.invite('会议组', '张伟', 'editor'));
    const a = (pages.a = await laptop());
    // Bad input is named and nothing is stored.
    await join(a, 'not an invite', 'http://example.org');
    await expect
      .poll(() => teamSection(a).getByRole('alert').allTextContents())
      .toEqual(['地址必须以 ws:// 或 wss://（加密）开头', '这不是完整的邀请码：请从管理员那里复制以 pizhu-invite 开头的整行']);
    // A well-formed invite the server never issued is refused by the server.
    const forged = inviteA.replace(/pzi_[A-Za-z0-9_-]+$/, 'pzi_' + 'x'.repeat(43));
    await join(a, forged);
    await expect.poll(() => teamStatus(a).textContent(), { timeout: 15_000 }).toContain('服务器拒绝了这个邀请码');
    await teamSection(a).getByRole('button', { name: '退出团队' }).click();

    await join(a, inviteA);
    await expect.poll(() => teamStatus(a).textContent(), { timeout: 15_000 }).toContain('已连接');
    await expect.poll(() => teamSection(a).textContent()).toContain('张伟，会议组（可编辑）');

    const a2 = (pages.a2 = await laptop());
    await join(a2, inviteA);
    await expect.poll(() => teamStatus(a2).textContent(), { timeout: 15_000 }).toContain('已连接');

    const bodyA = await openArticle(a);
    const quote = paragraphs[0]!.text.slice(2, 14);
    await addNote(a, bodyA, paragraphs[0]!, quote, '第一台电脑写的笔记');

    const bodyA2 = await openArticle(a2);
    await bodyA2.waitFor();
    const panelA2 = a2.getByRole('complementary', { name: '批注' });
    await expect.poll(() => panelA2.getByText('第一台电脑写的笔记').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  }, 120_000);
  it('A shares a pack; B sees A’s notes with initials (in A’s style), filters by person; A sees B’s once B contributes', async () => {
    const { a } = pages as { a: Page };
    const b = (pages.b = await laptop());
    await join(b, (invites.b = server.invite('会议组', '李娜', 'editor')));
    await expect.poll(() => teamStatus(b).textContent(), { timeout: 15_000 }).toContain('已连接');

    await a.goto(base + '#/pack');
    await a.getByRole('textbox', { name: '会议标题' }).fill('周一例会');
    await a.getByRole('checkbox', { name: new RegExp(article.meta.title.slice(0, 10)) }).check();
    await a.getByRole('button', { name: '分享给团队' }).click();
    await expect.poll(() => a.getByText('已把“周一例会”分享给团队 会议组').count()).toBeGreaterThan(0);

    await b.reload();
    await expect
      .poll(() => teamSection(b).getByRole('listitem').allTextContents(), { timeout: 15_000 })
      .toEqual([expect.stringContaining('周一例会（张伟 分享，1 篇）')]);

    const bodyB = await openArticle(b);
    // Presence: A's list of packs says who has this pack (here one of its articles) open.
    await a.goto(base + '#/settings');
    await expect.poll(() => teamSection(a).getByRole('listitem').allTextContents(), { timeout: 15_000 }).toEqual([expect.stringContaining('在线：李娜')]);

    const colleagues = b.getByRole('region', { name: '同事的批注' });
    await expect.poll(() => colleagues.textContent(), { timeout: 15_000 }).toContain('第一台电脑写的笔记');
    expect(await colleagues.textContent()).toContain('张伟 的批注');
    await expect.poll(() => bodyB.getByRole('note', { name: '张伟 的批注：第一台电脑写的笔记' }).textContent()).toBe('张伟');
    const quote = paragraphs[0]!.text.slice(2, 14);
    await expect.poll(() => allColleagueHighlights(b)).toEqual([quote]);
    if (process.env.PIZHU_TEAM_SCREENSHOT) await b.screenshot({ path: process.env.PIZHU_TEAM_SCREENSHOT });
    // The colleague's note is not one of B's own: B's panel has none.
    expect(await paintedTexts(b, 'pizhu-yellow')).toEqual([]);

    // Filter by person: nobody, then 张伟 again.
    const filter = colleagues.getByRole('combobox', { name: '显示谁的批注' });
    await filter.selectOption({ label: '不显示同事的批注' });
    await expect.poll(() => allColleagueHighlights(b)).toEqual([]);
    await filter.selectOption({ label: '张伟' });
    await expect.poll(() => allColleagueHighlights(b)).toEqual([quote]);

    // B writes a note on the same article and contributes to the pack (its notes stay private until then); A sees it as B's.
    await addNote(b, bodyB, paragraphs[1]!, paragraphs[1]!.text.slice(3, 15), '李娜的补充意见');
    await b.goto(base + '#/pack');
    await b.getByRole('region', { name: '团队共享的资料包' }).getByRole('button', { name: '参与：公开我的批注' }).click();
    await b.getByRole('dialog', { name: '在“周一例会”中公开你的批注？' }).getByRole('button', { name: '公开我的批注' }).click();
    await openArticle(a);
    await expect.poll(() => a.getByRole('region', { name: '同事的批注' }).textContent(), { timeout: 15_000 }).toContain('李娜的补充意见');

    // B's notebook and search know who wrote what: filtered to 张伟, only A's note (read-only, with his name); one click opens it.
    await b.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '笔记本' }).click();
    const notebook = b.getByRole('main', { name: '笔记本' });
    const notebookList = notebook.getByRole('list', { name: '批注列表' });
    await expect.poll(() => notebookList.textContent(), { timeout: 15_000 }).toContain('李娜的补充意见');
    await notebook.getByRole('combobox', { name: '作者' }).selectOption({ label: '张伟' });
    await expect.poll(() => notebookList.textContent()).toContain('张伟 的批注');
    expect(await notebookList.textContent()).toContain('第一台电脑写的笔记');
    expect(await notebookList.textContent()).not.toContain('李娜的补充意见');
    await notebookList.getByRole('button', { name: quote }).click();
    await b.getByRole('article', { name: article.meta.title }).waitFor();
    await b.keyboard.press('Control+k');
    const search = b.getByRole('dialog', { name: '搜索' });
    await search.getByRole('combobox', { name: '搜索全部文章和笔记…' }).fill('第一台电脑写的笔记');
    const hit = search.getByRole('listbox', { name: '搜索' }).getByRole('option').filter({ hasText: '第一台电脑写的笔记' });
    await expect.poll(() => hit.textContent()).toContain('张伟 的批注');
    await search.getByRole('combobox', { name: '作者' }).selectOption({ label: '我' });
    await expect.poll(() => hit.count()).toBe(0);
    await b.keyboard.press('Escape');

    // The chair's meeting pack lists the notes by person: A's own under 张伟, B's under 李娜.
    await a.goto(base + '#/pack');
    await a.getByRole('textbox', { name: '会议标题' }).fill('周一例会');
    await a.getByRole('checkbox', { name: new RegExp(article.meta.title.slice(0, 10)) }).check();
    await a.getByRole('radio', { name: '按人列出批注' }).check();
    await a.getByRole('button', { name: '预览', exact: true }).click();
    const summary = a.frameLocator('iframe[title="会议材料包预览"]').locator('.pack-summary');
    await expect.poll(() => summary.locator('.summary-group h3').allTextContents(), { timeout: 15_000 }).toEqual(['张伟', '李娜']);
    expect(await summary.locator('.summary-group').nth(0).textContent()).toContain('第一台电脑写的笔记');
    expect(await summary.locator('.summary-group').nth(1).textContent()).toContain('李娜的补充意见');
  }, 120_000);

  it('offline on both sides (server down), edits merge on reconnect; kill -9 after an acknowledged change loses nothing', async () => {
    const { a, b } = pages as { a: Page; b: Page };
    await server.stop('SIGTERM');
    await a.goto(base + '#/settings');
    await expect.poll(() => teamStatus(a).textContent(), { timeout: 15_000 }).toContain('离线');
    const bodyA = await openArticle(a);
    await addNote(a, bodyA, paragraphs[2]!, paragraphs[2]!.text.slice(1, 12), '离线时张伟写的');
    const bodyB = await openArticle(b);
    await addNote(b, bodyB, paragraphs[3]!, paragraphs[3]!.text.slice(1, 12), '离线时李娜写的');

    await server.start();
    await expect.poll(() => a.getByRole('region', { name: '同事的批注' }).textContent(), { timeout: 20_000 }).toContain('离线时李娜写的');
    await expect.poll(() => b.getByRole('region', { name: '同事的批注' }).textContent(), { timeout: 20_000 }).toContain('离线时张伟写的');

    // A change the server acknowledged survives kill -9: a new laptop of A's loads it from the restarted server.
    await addNote(a, bodyA, paragraphs[4]!, paragraphs[4]!.text.slice(1, 12), '确认后断电前的笔记');
    await a.goto(base + '#/settings');
    await expect.poll(() => teamStatus(a).textContent(), { timeout: 15_000 }).toContain('所有更改都已同步');
    await server.stop('SIGKILL');
    await server.start();
    const a3 = await laptop();
    await join(a3, invites.a!);
    await expect.poll(() => teamStatus(a3).textContent(), { timeout: 15_000 }).toContain('已连接');
    await openArticle(a3);
    const panel = a3.getByRole('complementary', { name: '批注' });
    await expect.poll(() => panel.getByText('确认后断电前的笔记').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await panel.getByText('离线时张伟写的').count()).toBeGreaterThan(0);
  }, 120_000);

  it('a viewer reads but cannot share; a revoked member is cut off', async () => {
    const v = await laptop();
    await join(v, server.invite('会议组', '王芳', 'viewer'));
    await expect.poll(() => teamStatus(v).textContent(), { timeout: 15_000 }).toContain('已连接');
    expect(await teamSection(v).textContent()).toContain('只读成员');
    await openArticle(v);
    await expect.poll(() => v.getByRole('region', { name: '同事的批注' }).textContent(), { timeout: 15_000 }).toContain('第一台电脑写的笔记');
    await v.goto(base + '#/pack');
    expect(await v.getByRole('button', { name: /分享给团队/ }).isDisabled()).toBe(true);

    const { b } = pages as { b: Page };
    await b.goto(base + '#/settings');
    server.admin('revoke', '--group', '会议组', '--name', '李娜');
    await expect.poll(() => teamStatus(b).textContent(), { timeout: 15_000 }).toContain('你的邀请已被管理员撤销');
  }, 120_000);
});

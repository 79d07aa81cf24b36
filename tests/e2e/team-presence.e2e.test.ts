import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, Block } from '../../corpus/model';
import { TeamWorld } from './support/team-world';
import { addNoteOn, colleagueHighlights, joinTeam, openArticleByTitle, teamLaptop, type TeamLaptops } from './support/team-ui';

/**
 * Team sharing, issue 16 item 3, with the real server and three colleagues' browsers: each
 * colleague's highlights are drawn in a style of their own, the shared pack says who is in it
 * right now, and a colleague's notes stay private until they choose to contribute to the pack.
 */
describe('team: styles per person, presence in a pack, notes private until contributed', () => {
  const world = new TeamWorld();
  const { server } = world;
  let base = '';
  let browser: Browser;
  const laptops: TeamLaptops = world;
  let article: Article;
  let paragraphs: Block[];
  const pages: Record<'a' | 'b' | 'c', Page> = {} as Record<'a' | 'b' | 'c', Page>;
  let packTitle = '';

  beforeAll(async () => {
    await world.start();
    ({ base, browser, article, paragraphs } = world);
    packTitle = '周三碰头会';
  }, 60_000);

  afterAll(() => world.stop());

  const packList = (page: Page) => page.getByRole('region', { name: '团队共享的资料包' });
  const packItem = (page: Page) => packList(page).getByRole('listitem').filter({ hasText: packTitle });
  const colleaguesRegion = (page: Page) => page.getByRole('region', { name: '同事的批注' });
  const quote = (i: number) => paragraphs[i]!.text.slice(2, 14);

  async function openPack(page: Page): Promise<void> {
    await page.goto(base + '#/pack');
    await packItem(page)
      .getByRole('button', { name: `打开“${packTitle}”` })
      .click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: '共享资料包' }).textContent()).toContain(packTitle);
  }

  async function contribute(page: Page): Promise<void> {
    await page.goto(base + '#/pack');
    await packItem(page).getByRole('button', { name: '参与：公开我的批注' }).click();
    const dialog = page.getByRole('dialog', { name: `在“${packTitle}”中公开你的批注？` });
    expect(await dialog.textContent()).toContain('会对团队 会议组 的成员可见');
    await dialog.getByRole('button', { name: '公开我的批注' }).click();
    await expect.poll(() => packItem(page).textContent()).toContain('你的批注在这个资料包中对团队可见');
  }

  it('A shares a pack; C contributes; B sees A’s and C’s highlights in two different styles, with a legend', async () => {
    for (const [key, name] of [
      ['a', '张伟'],
      ['b', '李娜'],
      ['c', '王芳'],
    ] as const) {
      pages[key] = await teamLaptop(browser, base, laptops);
      await joinTeam(pages[key], server.invite('会议组', name, 'editor'), server.url);
    }
    const { a, b, c } = pages;

    await addNoteOn(a, await openArticleByTitle(a, base, article.meta.title), paragraphs[0]!, quote(0), '张伟：这段要核实');
    await a.goto(base + '#/pack');
    await a.getByRole('textbox', { name: '会议标题' }).fill(packTitle);
    await a.getByRole('checkbox', { name: new RegExp(article.meta.title.slice(0, 10)) }).check();
    await a.getByRole('button', { name: '分享给团队' }).click();
    await expect.poll(() => packItem(a).textContent(), { timeout: 15_000 }).toContain('你的批注在这个资料包中对团队可见');

    // C writes first, then contributes: the earlier note goes along (the dialog said so).
    await expect.poll(() => (c.goto(base + '#/pack'), packItem(c).count()), { timeout: 15_000 }).toBe(1);
    expect(await packItem(c).textContent()).toContain('你的批注不公开');
    await addNoteOn(c, await openArticleByTitle(c, base, article.meta.title), paragraphs[1]!, quote(1), '王芳：数据来源？');
    await contribute(c);

    const bodyB = await openArticleByTitle(b, base, article.meta.title);
    const region = colleaguesRegion(b);
    await expect.poll(() => region.textContent(), { timeout: 20_000 }).toContain('王芳：数据来源？');
    await expect.poll(() => region.textContent()).toContain('张伟：这段要核实');

    // Two people, two highlight styles (distinct line styles, not only hues), each passage under its author's.
    const painted = await colleagueHighlights(b);
    expect(Object.keys(painted)).toHaveLength(2);
    expect(Object.values(painted).sort()).toEqual([[quote(0)], [quote(1)]].sort());
    const markerA = bodyB.getByRole('note', { name: '张伟 的批注：张伟：这段要核实' });
    const markerC = bodyB.getByRole('note', { name: '王芳 的批注：王芳：数据来源？' });
    expect(await markerA.textContent()).toBe('张伟');
    expect(await markerC.textContent()).toBe('王芳');
    const styleA = await markerA.getAttribute('data-style');
    const styleC = await markerC.getAttribute('data-style');
    expect(styleA).not.toBe(styleC);
    const borders = await Promise.all(
      [markerA, markerC].map((m) =>
        m.evaluate((el) => getComputedStyle(el).borderTopStyle + ' ' + getComputedStyle(el).textDecorationStyle + ' ' + getComputedStyle(el).boxShadow),
      ),
    );
    expect(borders[0]).not.toBe(borders[1]);
    // The legend names each person with their style (what a screen reader hears too).
    const legend = region.getByRole('list', { name: '各人的划线样式' });
    const names: Record<string, string> = { dashed: '虚线', dotted: '点线', double: '双线', wavy: '波浪线', solid: '实线', overline: '上下划线' };
    // Sorted by name (pinyin: 王 before 张); initials in the style, the name, the style named.
    expect(await legend.getByRole('listitem').allTextContents()).toEqual([`王芳王芳（${names[styleC!]}）`, `张伟张伟（${names[styleA!]}）`]);
    if (process.env.PIZHU_TEAM_SCREENSHOT) await b.screenshot({ path: process.env.PIZHU_TEAM_SCREENSHOT });
  }, 180_000);

  it('the pack view lists who is in the pack now — not who merely has the app running', async () => {
    const { a, b, c } = pages;
    // C is on the settings page (app running, no pack open); B reads an article of the pack.
    await c.goto(base + '#/settings');
    await openPack(a);
    const opened = a.getByRole('status').filter({ hasText: '共享资料包' });
    await expect.poll(() => opened.textContent(), { timeout: 15_000 }).toContain('在线：李娜');
    expect(await opened.textContent()).not.toContain('王芳');
    expect(await packItem(a).textContent()).toContain('在线：李娜');

    // B leaves for the library: gone from the pack. C opens the pack itself: there.
    await b.goto(base + '#/');
    await openPack(c);
    await expect.poll(() => opened.textContent(), { timeout: 15_000 }).toContain('在线：王芳');
    expect(await opened.textContent()).not.toContain('李娜');
    // And C sees A in the pack, in C's pack view.
    await expect.poll(() => c.getByRole('status').filter({ hasText: '共享资料包' }).textContent(), { timeout: 15_000 }).toContain('在线：张伟');
    // The reader says it too: B opens the article, sees A and C there.
    await openArticleByTitle(b, base, article.meta.title);
    await expect.poll(() => colleaguesRegion(b).getByRole('status').textContent(), { timeout: 15_000 }).toBe('在线：王芳、张伟');
  }, 120_000);

  it('B’s notes do not reach A until B chooses to contribute, and leave A’s view when B stops sharing them', async () => {
    const { a, b } = pages;
    const bodyB = await openArticleByTitle(b, base, article.meta.title);
    await addNoteOn(b, bodyB, paragraphs[2]!, quote(2), '李娜的私人想法');
    await b.goto(base + '#/pack');
    expect(await packItem(b).textContent()).toContain('你的批注不公开：你只看同事的批注');

    await openArticleByTitle(a, base, article.meta.title);
    const regionA = colleaguesRegion(a);
    await expect.poll(() => regionA.textContent(), { timeout: 15_000 }).toContain('王芳：数据来源？');
    // Give a wrongly published note ample time to arrive: it must not.
    await new Promise((r) => setTimeout(r, 3000));
    expect(await regionA.textContent()).not.toContain('李娜的私人想法');

    await contribute(b);
    await expect.poll(() => regionA.textContent(), { timeout: 20_000 }).toContain('李娜的私人想法');
    expect(await regionA.getByRole('listitem').filter({ hasText: '李娜的私人想法' }).textContent()).toContain('李娜 的批注');

    // B takes the notes back: they leave A's view, and stay B's own.
    await b.goto(base + '#/pack');
    await packItem(b).getByRole('button', { name: '停止公开我的批注' }).click();
    const dialog = b.getByRole('dialog', { name: `不再在“${packTitle}”中公开你的批注？` });
    expect(await dialog.textContent()).toContain('你的批注仍完整保存在你自己的电脑上');
    await dialog.getByRole('button', { name: '停止公开' }).click();
    await b.getByText(`你的批注已从“${packTitle}”中撤回，只留在你自己的电脑上`).waitFor();
    await expect.poll(() => packItem(b).textContent()).toContain('你的批注不公开：你只看同事的批注');
    await expect.poll(() => regionA.textContent(), { timeout: 20_000 }).not.toContain('李娜的私人想法');
    expect(await regionA.textContent()).toContain('王芳：数据来源？');
    await openArticleByTitle(b, base, article.meta.title);
    await b.getByRole('complementary', { name: '批注' }).getByText('李娜的私人想法').waitFor();
    expect(laptops.errors.filter((e) => !/WebSocket|ERR_CONNECTION/.test(e))).toEqual([]);
  }, 120_000);
});

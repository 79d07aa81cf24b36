import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, Block } from '../../corpus/model';
import { notesDocName, packIndexDocName, parseInviteCode, readAnnotations, readPackList, writeAnnotation } from '../../corpus/sync';
import { close as closeClient, connect } from '../server/support';
import { pidWithArgs } from './support/process-signal';
import { dragSelect } from './support/select-text';
import { TeamWorld } from './support/team-world';
import { wsCable, type WsCable } from './support/ws-cable';

/**
 * Team sharing when things go wrong, with the real server process and separate browser profiles:
 * colleagues A (张伟) and B (李娜), A's second laptop A2, and a read-only member V (王芳).
 * Each test builds on the previous one (one server, one shared pack).
 */
describe('team faults: the real server, killed, offline, read-only, revoked', () => {
  const world = new TeamWorld();
  const { server, contexts, errors } = world;
  let base = '';
  let browser: Browser;
  let article: Article;
  let paragraphs: Block[];
  const pages: Record<string, Page> = {};
  const cables: Record<string, WsCable> = {};
  const invites: Record<string, string> = {};
  const SYNC = { timeout: 20_000 };

  beforeAll(async () => {
    await world.start();
    ({ base, browser, article, paragraphs } = world);
    invites.a = server.invite('会议组', '张伟', 'editor');
    invites.b = server.invite('会议组', '李娜', 'editor');
    invites.v = server.invite('会议组', '王芳', 'viewer');
  }, 60_000);

  afterAll(() => world.stop());

  /** A new laptop (its own profile) on the settings page; its WebSockets to the team server go through a cable. */
  async function laptop(who: string): Promise<Page> {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1300, height: 900 } });
    contexts.push(context);
    cables[who] = await wsCable(context, (url) => url.port === String(server.port));
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`${who}: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && errors.push(`${who}: ${m.text()}`));
    await page.goto(base + '#/settings');
    pages[who] = page;
    return page;
  }

  const teamSection = (page: Page): Locator => page.getByRole('region', { name: '团队' });
  const teamStatus = (page: Page): Locator => teamSection(page).getByRole('status');
  const ownNotes = (page: Page): Locator => page.getByRole('complementary', { name: '批注' });
  const colleagueNotes = (page: Page): Locator => page.getByRole('region', { name: '同事的批注' });
  /** The number in “N 项更改尚未同步”, 0 for “所有更改都已同步”. */
  const pendingOf = async (page: Page): Promise<number> => {
    const text = (await teamStatus(page).textContent()) ?? '';
    const pending = /(\d+) 项更改尚未同步/.exec(text);
    if (pending) return Number(pending[1]);
    if (text.includes('所有更改都已同步')) return 0;
    throw new Error(`no pending count in “${text}”`);
  };

  async function join(page: Page, invite: string): Promise<void> {
    const team = teamSection(page);
    await team.getByRole('textbox', { name: '服务器地址' }).fill(server.url);
    await team.getByRole('textbox', { name: '邀请码' }).fill(invite);
    await team.getByRole('button', { name: '加入团队' }).click();
    await expect.poll(() => teamStatus(page).textContent(), SYNC).toContain('已连接');
  }

  async function openSettings(page: Page): Promise<void> {
    await page.goto(base + '#/settings');
    await teamStatus(page).waitFor();
  }

  async function openArticle(page: Page): Promise<Locator> {
    await page.goto(base + '#/');
    await page.getByRole('link', { name: article.meta.title }).first().click();
    const body = page.getByRole('article', { name: article.meta.title });
    await body.waitFor({ timeout: 10_000 }).catch(async (e: unknown) => {
      await page.screenshot({ path: '/tmp/team-faults-fail.png' });
      throw new Error(`${String(e)}\n${errors.join('\n')}`);
    });
    return body;
  }

  /** Highlights part of paragraph `n` and saves a note on it, as a person would. */
  async function addNote(page: Page, n: number, note: string): Promise<void> {
    const body = page.getByRole('article', { name: article.meta.title });
    const block = paragraphs[n]!;
    await dragSelect(page, body.locator(`[data-block-id="${block.id}"]`), block.text.slice(2, 14));
    await page.getByRole('toolbar', { name: '高亮工具栏' }).getByRole('button', { name: '添加笔记（N）' }).click();
    const panel = ownNotes(page);
    await panel.getByRole('textbox', { name: '添加笔记（N）' }).fill(note);
    await panel.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => panel.getByText(note).count()).toBeGreaterThan(0);
  }

  it('kill -9 while a change is unacknowledged: what was acknowledged survives, the pending change arrives after the restart', async () => {
    const a = await laptop('a');
    await join(a, invites.a!);
    const a2 = await laptop('a2');
    await join(a2, invites.a!);
    const b = await laptop('b');
    await join(b, invites.b!);

    await a.goto(base + '#/pack');
    await a.getByRole('textbox', { name: '会议标题' }).fill('周三例会');
    await a.getByRole('checkbox', { name: new RegExp(article.meta.title.slice(0, 10)) }).check();
    await a.getByRole('button', { name: '分享给团队' }).click();
    await expect.poll(() => a.getByText('已把“周三例会”分享给团队 会议组').count()).toBeGreaterThan(0);
    await b.reload();
    await expect.poll(() => teamSection(b).getByRole('listitem').allTextContents(), SYNC).toEqual([expect.stringContaining('周三例会（张伟 分享，1 篇）')]);

    // Acknowledged: B (through the pack) and A2 (through A's private space) have it, and A has nothing pending.
    await openArticle(a);
    await addNote(a, 0, '停机前已确认的笔记');
    await openArticle(b);
    await expect.poll(() => colleagueNotes(b).textContent(), SYNC).toContain('停机前已确认的笔记');
    await openArticle(a2);
    await expect.poll(() => ownNotes(a2).getByText('停机前已确认的笔记').count(), SYNC).toBeGreaterThan(0);
    await openSettings(a);
    await expect.poll(() => pendingOf(a), SYNC).toBe(0);

    // The server freezes (it still holds the sockets but answers nothing): A's next note stays pending.
    const pid = pidWithArgs('server/main.ts', '--host', '--data', server.dataDir);
    process.kill(pid, 'SIGSTOP');
    try {
      await openArticle(a);
      await addNote(a, 1, '服务器卡住时写的笔记');
      await openSettings(a);
      await expect.poll(() => pendingOf(a), SYNC).toBeGreaterThan(0);
      expect(await teamStatus(a).textContent()).not.toContain('所有更改都已同步');
      // A's laptops go offline before the crash, so what the restarted server has comes from its disk alone.
      await cables.a!.unplug();
      await cables.a2!.unplug();
      await expect.poll(() => teamStatus(a).textContent(), SYNC).toContain('离线');
      expect(await pendingOf(a)).toBeGreaterThan(0);
    } finally {
      await server.stop('SIGKILL');
    }
    await server.start();

    // A new member's laptop reads A's notes from the restarted server: the acknowledged note, not the pending one
    // (nobody who has it is connected, and B may only read A's notes).
    const v = await laptop('v');
    await join(v, invites.v!);
    await openArticle(v);
    await expect.poll(() => colleagueNotes(v).textContent(), SYNC).toContain('停机前已确认的笔记');
    expect(await colleagueNotes(v).textContent()).not.toContain('服务器卡住时写的笔记');

    // A back online: the pending note goes up; B, A2 and V get it, and A is all synced.
    await cables.a!.plug();
    await cables.a2!.plug();
    await expect.poll(() => teamStatus(a).textContent(), SYNC).toContain('已连接');
    await expect.poll(() => colleagueNotes(b).textContent(), SYNC).toContain('服务器卡住时写的笔记');
    await expect.poll(() => colleagueNotes(v).textContent(), SYNC).toContain('服务器卡住时写的笔记');
    await expect.poll(() => ownNotes(a2).getByText('服务器卡住时写的笔记').count(), SYNC).toBeGreaterThan(0);
    expect(await ownNotes(a2).getByText('停机前已确认的笔记').count()).toBeGreaterThan(0);
    expect(await colleagueNotes(b).textContent()).toContain('停机前已确认的笔记');
    await expect.poll(() => pendingOf(a), SYNC).toBe(0);
    expect(await teamStatus(a).textContent()).toContain('已连接');
  });

  it('both colleagues offline: each edits, and on reconnect both have both notes', async () => {
    const { a, b } = pages as { a: Page; b: Page };
    // B's notes stay private until B contributes to the pack (A shared it, so A's are published already).
    await b.goto(base + '#/pack');
    await b.getByRole('region', { name: '团队共享的资料包' }).getByRole('button', { name: '参与：公开我的批注' }).click();
    await b.getByRole('dialog', { name: '在“周三例会”中公开你的批注？' }).getByRole('button', { name: '公开我的批注' }).click();
    await expect.poll(() => b.getByRole('region', { name: '团队共享的资料包' }).textContent(), SYNC).toContain('你的批注在这个资料包中对团队可见');
    await cables.a!.unplug();
    await cables.b!.unplug();
    await openArticle(a);
    await addNote(a, 2, '张伟离线时写的');
    await openArticle(b);
    await addNote(b, 3, '李娜离线时写的');
    for (const page of [a, b]) {
      await openSettings(page);
      await expect.poll(() => teamStatus(page).textContent(), SYNC).toContain('离线');
      expect(await pendingOf(page)).toBeGreaterThan(0);
    }

    await cables.a!.plug();
    await cables.b!.plug();
    for (const page of [a, b]) {
      await expect.poll(() => teamStatus(page).textContent(), SYNC).toContain('已连接');
      await expect.poll(() => pendingOf(page), SYNC).toBe(0);
    }
    await openArticle(a);
    await expect.poll(() => colleagueNotes(a).textContent(), SYNC).toContain('李娜离线时写的');
    await expect.poll(() => ownNotes(a).getByText('张伟离线时写的').count()).toBeGreaterThan(0);
    await openArticle(b);
    await expect.poll(() => colleagueNotes(b).textContent(), SYNC).toContain('张伟离线时写的');
    await expect.poll(() => ownNotes(b).getByText('李娜离线时写的').count()).toBeGreaterThan(0);
  });

  it('a viewer’s note stays theirs: colleagues never receive it, even from a forged client with the viewer’s token', async () => {
    const { a, b, v } = pages as { a: Page; b: Page; v: Page };
    await openArticle(v);
    await addNote(v, 4, '王芳只读时写的笔记');
    await openSettings(v);
    expect(await teamSection(v).textContent()).toContain('王芳，会议组（只读）');
    expect(await teamSection(v).textContent()).toContain('只读成员：可以阅读同事分享的资料和批注，不能分享或发布批注。');

    // A forged client with the viewer's token writes a note into A's notes on the pack; the server refuses it.
    const viewer = parseInviteCode(invites.v!);
    const owner = parseInviteCode(invites.a!);
    if (!viewer.ok || !owner.ok) throw new Error('unreadable invite');
    const index = connect(server.port, packIndexDocName(viewer.value.groupId), viewer.value.token);
    const forged = { index, notes: undefined as ReturnType<typeof connect> | undefined };
    try {
      expect(await index.ready).toBe('synced');
      const [pack] = readPackList(index.doc);
      forged.notes = connect(server.port, notesDocName(viewer.value.groupId, pack!.id, owner.value.memberId), viewer.value.token);
      expect(await forged.notes.ready).toBe('synced');
      const [template] = readAnnotations(forged.notes.doc).annotations;
      writeAnnotation(forged.notes.doc, { ...template!, id: 'forged-by-viewer', body: { ...template!.body, note: '冒充张伟的伪造笔记' } });

      // A later change of A's reaches B and V: their connections are live, so anything sent would have arrived.
      await openArticle(a);
      await addNote(a, 5, '张伟在只读成员之后写的');
      await openArticle(b);
      await expect.poll(() => colleagueNotes(b).textContent(), SYNC).toContain('张伟在只读成员之后写的');
      await openArticle(v);
      await expect.poll(() => colleagueNotes(v).textContent(), SYNC).toContain('张伟在只读成员之后写的');
      expect(forged.notes.provider.hasUnsyncedChanges).toBe(true);
    } finally {
      closeClient(index, ...(forged.notes ? [forged.notes] : []));
    }
    for (const page of [a, b]) {
      const text = (await colleagueNotes(page).textContent()) ?? '';
      expect(text).not.toContain('王芳只读时写的笔记');
      expect(text).not.toContain('冒充张伟的伪造笔记');
      expect(text).not.toContain('王芳 的批注');
    }
    // The viewer keeps the note as their own.
    expect(await ownNotes(v).getByText('王芳只读时写的笔记').count()).toBeGreaterThan(0);
  });

  it('a revoked member is cut off, stays cut off after a reload, and keeps their own notes', async () => {
    const { a, b, v } = pages as { a: Page; b: Page; v: Page };
    await openSettings(b);
    server.admin('revoke', '--group', '会议组', '--name', '李娜');
    await expect.poll(() => teamStatus(b).textContent(), SYNC).toContain('你的邀请已被管理员撤销');

    await openArticle(a);
    await addNote(a, 6, '撤销李娜之后张伟写的');
    await expect.poll(() => colleagueNotes(v).textContent(), SYNC).toContain('撤销李娜之后张伟写的');
    await openArticle(b);
    await expect.poll(() => colleagueNotes(b).textContent()).toContain('停机前已确认的笔记');
    expect(await colleagueNotes(b).textContent()).not.toContain('撤销李娜之后张伟写的');
    await expect.poll(() => ownNotes(b).getByText('李娜离线时写的').count()).toBeGreaterThan(0);

    await b.reload();
    await openSettings(b);
    await expect.poll(() => teamStatus(b).textContent(), SYNC).toContain('你的邀请已被管理员撤销');
    await openArticle(b);
    await expect.poll(() => ownNotes(b).getByText('李娜离线时写的').count(), SYNC).toBeGreaterThan(0);
    await expect.poll(() => colleagueNotes(b).textContent()).toContain('停机前已确认的笔记');
    expect(await colleagueNotes(b).textContent()).not.toContain('撤销李娜之后张伟写的');
    expect(errors.filter((e) => !/WebSocket|ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual([]);
  });
});

/**
 * Issue 7, the print UI end to end in the browser host: annotate two briefings with the
 * mouse, export one from the reader (dialog → sandboxed preview → Export), build a meeting
 * pack of both (validation, progress, preview). The print HTML the app shows in its preview
 * frame is what Export hands to the host, so the test takes it from the frame's `srcdoc`,
 * prints it with Chromium's `page.pdf` (as Electron's printToPDF will) and checks the PDF
 * with poppler. Set PIZHU_UPDATE_SCREENSHOTS=1 to refresh docs/screenshots/meeting-pack-ui.png.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printFooterTemplate, printHeaderTemplate } from '../../corpus/export/print-html';
import type { Article } from '../../corpus/model';
import { AppSession, builtArticles, ROOT } from './support/app';
import { dragSelect } from './support/select-text';
import { POPPLER } from './support/poppler';

/** Whitespace, note markers and ¶ gutter labels removed, as in print-layout.e2e.test.ts. */
const squash = (s: string): string => s.replace(/\s+/g, '').replace(/[\u2460-\u2473]|\(\d+\)|¶\d+/g, '');
const pageTexts = (pdf: string): string[] => execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.skipIf(!POPPLER)(`print UI${POPPLER ? '' : ' (skipped: poppler-utils not installed)'}`, () => {
  const session = new AppSession();
  const dir = mkdtempSync(join(tmpdir(), 'pizhu-print-ui-'));
  beforeAll(() => session.serve());
  afterAll(async () => {
    await session.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Prints HTML on a fresh page of the same browser, A4 with backgrounds and the footer. */
  async function printPdf(html: string, title: string, name: string): Promise<string> {
    const page = await session.browserContext.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const path = join(dir, `${name}.pdf`);
    await page.pdf({
      path,
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: printHeaderTemplate(title),
      footerTemplate: printFooterTemplate('zh-CN'),
    });
    await page.close();
    return path;
  }

  /** Highlights `quote` in a paragraph with the toolbar and writes a note with a tag. */
  async function annotate(page: Page, article: Article, quote: string, paraId: string, note: string, tag: string): Promise<Locator> {
    await page.getByRole('link', { name: article.meta.title }).first().click();
    const body = page.getByRole('article', { name: article.meta.title });
    await body.waitFor();
    await dragSelect(page, body.locator(`[data-block-id="${paraId}"]`), quote);
    await page.getByRole('toolbar', { name: '高亮工具栏' }).getByRole('button', { name: '重点（1）' }).click();
    const panel = page.getByRole('complementary', { name: '批注' });
    await panel.getByRole('button', { name: quote }).waitFor();
    await page.getByRole('toolbar', { name: '高亮工具栏' }).getByRole('button', { name: '添加笔记（N）' }).click();
    await panel.getByRole('textbox', { name: '添加笔记（N）' }).fill(note);
    await panel.getByRole('combobox', { name: '标签' }).fill(tag);
    await panel.getByRole('combobox', { name: '标签' }).press('Enter');
    await panel.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => panel.getByText(note).isVisible()).toBe(true);
    return body;
  }

  it('exports an annotated article from the reader and builds a meeting pack of two', async () => {
    const [first, second] = builtArticles();
    const para = (a: Article, min: number) => a.blocks.find((b) => b.kind === 'paragraph' && b.text.length > min)!;
    const para1 = para(first!, 60);
    const para2 = para(second!, 60);
    const quote1 = para1.text.slice(4, 22);
    const quote2 = para2.text.slice(6, 26);
    const note1 = '会上要问：数据来源是否权威';
    const note2 = '可作为典型案例向各地推广';

    const page = await session.open();
    await annotate(page, first!, quote1, para1.id, note1, '待核实');
    await page.getByRole('button', { name: /返回文库/ }).click();
    await annotate(page, second!, quote2, para2.id, note2, '案例');

    // (a) Ctrl+P in the reader opens the export dialog; A4 is the default.
    await page.keyboard.press('Control+p');
    let dialog = page.getByRole('dialog', { name: '导出 PDF' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'detached' });
    // …and so does the button in the reader's left column.
    await page.getByRole('button', { name: '导出 PDF…' }).click();
    dialog = page.getByRole('dialog', { name: '导出 PDF' });
    expect(await dialog.getByRole('radio', { name: 'A4' }).isChecked()).toBe(true);
    expect(await dialog.getByRole('radio', { name: 'Letter' }).isChecked()).toBe(false);
    await dialog.getByRole('button', { name: '预览' }).click();
    const frame = dialog.locator('iframe[title="打印预览"]');
    await frame.waitFor();
    expect(await frame.getAttribute('sandbox')).toBe('');
    const preview = page.frameLocator('iframe[title="打印预览"]');
    await preview.getByText(note2).waitFor();
    expect(await preview.getByText(quote2).count()).toBeGreaterThan(0);
    expect(await preview.getByRole('heading', { name: second!.meta.title }).count()).toBeGreaterThan(0);
    const articleHtml = (await frame.getAttribute('srcdoc'))!;
    expect(articleHtml).not.toMatch(/<script/i);
    expect(articleHtml).toContain('size:A4');
    // Export hands the same HTML to the host (the browser host prints it) and closes the dialog.
    await dialog.getByRole('button', { name: '导出', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    const articlePdf = await printPdf(articleHtml, second!.meta.title, 'article');
    expect(execFileSync('pdfinfo', [articlePdf], { encoding: 'utf8' })).toMatch(/Page size:\s+595\.\d+ x 842\.\d+ pts \(A4\)/);
    const articleText = squash(pageTexts(articlePdf).join(''));
    expect(articleText).toContain(squash(quote2));
    expect(articleText).toContain(squash(note2));
    expect(articleText).toContain('#案例');

    // (b) Meeting pack: the title is required and says so.
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '会议材料包' }).click();
    const pack = page.getByRole('main', { name: '会议材料包' });
    await pack.getByRole('button', { name: '生成 PDF' }).click();
    await pack.getByRole('alert').filter({ hasText: '请填写会议标题。' }).waitFor();
    expect(await pack.getByRole('textbox', { name: '会议标题' }).getAttribute('aria-invalid')).toBe('true');

    const title = '第三季度经济形势分析会';
    await pack.getByRole('textbox', { name: '会议标题' }).fill(title);
    for (const a of [first!, second!]) {
      const box = pack.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(a.meta.title)}\\s*1 条批注$`) });
      await box.check();
    }
    await pack.getByText('已选 2 篇').waitFor();
    // Record every progress step the view shows (the build is faster than polling).
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSteps: string[] }).progressSteps = seen;
      new MutationObserver(() => {
        const bar = document.querySelector('[role="progressbar"][aria-valuetext], progress[aria-valuetext]');
        const text = bar?.getAttribute('aria-valuetext');
        if (text && seen.at(-1) !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await pack.getByRole('button', { name: '生成 PDF' }).click();
    const packFrame = pack.locator('iframe[title="会议材料包预览"]');
    await packFrame.waitFor();
    const steps = await page.evaluate(() => (window as unknown as { progressSteps: string[] }).progressSteps);
    // React may coalesce a fast step, so: increasing steps, from the first to the layout step
    // (two articles, then page counting — which the browser host declines — then the layout).
    const numbers = steps.map((s) => /^正在排版 ([1-4])\/4$/.exec(s)?.[1]);
    expect(numbers[0]).toBe('1');
    expect(numbers.at(-1)).toBe('4');
    expect(numbers.every((n, i) => n !== undefined && (i === 0 || n > numbers[i - 1]!))).toBe(true);

    const packPreview = page.frameLocator('iframe[title="会议材料包预览"]');
    await packPreview.getByRole('heading', { name: title }).waitFor();
    await packPreview.getByRole('heading', { name: '目录' }).waitFor();
    await packPreview.getByRole('heading', { name: '全部批注汇总' }).waitFor();
    const packHtml = (await packFrame.getAttribute('srcdoc'))!;
    for (const text of [title, first!.meta.title, second!.meta.title, note1, note2, '#待核实', '#案例']) expect(packHtml).toContain(text);

    const packPdf = await printPdf(packHtml, title, 'meeting-pack');
    const pages = pageTexts(packPdf);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(execFileSync('pdfinfo', [packPdf], { encoding: 'utf8' })).toMatch(/\(A4\)/);
    // Cover, then contents listing both briefings and the summary in order (no page numbers: see build-pack.ts).
    expect(squash(pages[0]!)).toContain(title);
    const toc = squash(pages[1]!);
    expect(toc).toContain('目录');
    const order = [first!.meta.title, second!.meta.title, '全部批注汇总'].map((t) => toc.indexOf(squash(t)));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    const all = squash(pages.join(''));
    for (const text of ['简报1/2', '简报2/2', squash(quote1), squash(quote2), squash(note1), squash(note2), '全部批注汇总']) expect(all).toContain(text);
    // The summary comes last and repeats both notes.
    const summary = squash(pages.slice(pages.findIndex((p, i) => i > 1 && squash(p).includes('全部批注汇总'))).join(''));
    expect(summary).toContain(squash(note1));
    expect(summary).toContain(squash(note2));

    const png = join(dir, 'meeting-pack-ui');
    execFileSync('pdftoppm', ['-r', '60', '-png', '-singlefile', '-f', '1', '-l', '1', packPdf, png]);
    if (process.env.PIZHU_UPDATE_SCREENSHOTS === '1') {
      mkdirSync(join(ROOT, 'docs', 'screenshots'), { recursive: true });
      copyFileSync(`${png}.png`, join(ROOT, 'docs', 'screenshots', 'meeting-pack-ui.png'));
    }
    expect(session.pageErrors).toEqual([]);
  });
});

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FileChooser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppSession, ROOT } from './support/app';
import { POPPLER } from './support/poppler';
import { DOCX, docxBytes, PDF, pdfBody } from './support/briefing-fixtures';
import { hasRadicals } from './support/fold-radicals';
import { printPdf } from './support/print-pdf';

/** Real briefings, read in place (never copied into the repository); rows needing them skip without. */
const REAL = resolve(ROOT, '../shared/real-briefings');
const HAVE_REAL = existsSync(REAL);

const BUNDLED_COUNT = 5;

/** A file for the chooser, from bytes made in the test. */
const payload = (name: string, bytes: Uint8Array, mimeType: string) => ({ name, mimeType, buffer: Buffer.from(bytes) });

async function pickFiles(page: Page, files: Parameters<FileChooser['setFiles']>[0]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入文章…' }).click();
  await (await chooser).setFiles(files);
}

async function closeImportDialog(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog', { name: '导入文章' });
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect.poll(() => dialog.count()).toBe(0);
}

async function backToLibrary(page: Page): Promise<void> {
  await page.getByRole('button', { name: /返回文库/ }).click();
  await page.getByRole('heading', { name: '文库' }).waitFor();
}

/** Deterministic bytes that are no zip at all (a xorshift stream, fixed seed). */
function noiseBytes(length: number, seed = 0x2545f491): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

describe('importing Word and PDF briefings in the built app (Chromium)', () => {
  const session = new AppSession();
  let page: Page;
  let pdfBytes: Buffer;
  /** Every block's text of the imported PDF article as the reader shows it (for the known-gap row). */
  let pdfShown: string[] = [];
  beforeAll(async () => {
    await session.serve();
    page = await session.open();
    pdfBytes = await printPdf(session.browserContext, pdfBody(), { footer: PDF.footer, title: PDF.title });
  });
  afterAll(() => session.dispose());

  it.skipIf(!POPPLER)('the printed PDF really breaks the paragraphs across lines and repeats the footer on two pages (poppler)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pizhu-pdf-'));
    try {
      const file = join(dir, 'fixture.pdf');
      writeFileSync(file, pdfBytes);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
      const lines = text.split('\n').map((l) => l.trim());
      for (const paragraph of PDF.paragraphs) expect(lines.some((l) => l === paragraph)).toBe(false);
      expect(lines.filter((l) => l.startsWith(PDF.footer))).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a .pdf and a .docx picked through the Import button arrive under their real titles and read cleanly', async () => {
    await page.getByRole('heading', { name: '文库' }).waitFor();
    await pickFiles(page, [
      payload(PDF.file, pdfBytes, 'application/pdf'),
      payload(DOCX.file, docxBytes(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
    ]);

    const dialog = page.getByRole('dialog', { name: '导入文章' });
    const results = dialog.getByRole('list', { name: '导入结果' });
    await dialog.getByText('导入 2 篇，拒绝 0 个文件。').waitFor();
    await results.getByText(`✓ ${DOCX.file}：已导入《${DOCX.title}》（DOCX）`).waitFor();
    const pdfLine = (await results.getByRole('listitem').filter({ hasText: PDF.file }).textContent()) ?? '';
    const shownTitle = /《(.+)》（PDF）/.exec(pdfLine)?.[1] ?? '';
    expect(shownTitle).toBe(PDF.title);
    await closeImportDialog(page);

    const library = page.getByRole('list', { name: '文库' });
    await expect.poll(() => library.getByRole('listitem').count()).toBe(BUNDLED_COUNT + 2);
    for (const title of [shownTitle, DOCX.title]) {
      await library
        .getByRole('listitem')
        .filter({ has: page.getByRole('link', { name: title, exact: true }) })
        .getByText('已导入')
        .waitFor();
    }

    // The PDF: headline, byline, numbered headings as headings, each wrapped paragraph whole, no footer.
    await page.getByRole('link', { name: shownTitle, exact: true }).click();
    const pdfArticle = page.getByRole('article', { name: shownTitle });
    await pdfArticle.getByRole('heading', { level: 1 }).waitFor();
    const texts = (selector: string) => pdfArticle.locator(selector).evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    pdfShown = await texts('[data-block-id]');
    expect(await texts('h1')).toEqual([PDF.title]);
    expect(await pdfArticle.getByRole('heading', { level: 3 }).allTextContents()).toEqual([PDF.heading, PDF.secondHeading]);
    expect(await texts('.block-byline')).toEqual([PDF.byline]);
    // One <p> per source paragraph, each whole although the PDF broke it across three lines.
    expect(await texts('p.block-paragraph')).toEqual([...PDF.paragraphs, PDF.secondPage]);
    const pdfText = (await pdfArticle.textContent()) ?? '';
    expect(pdfText).not.toContain(PDF.footer);
    expect(pdfText).not.toMatch(/第\s*\d+\s*页/);
    if (process.env.PIZHU_IMPORT_SCREENSHOT) await page.screenshot({ path: process.env.PIZHU_IMPORT_SCREENSHOT });
    await backToLibrary(page);

    // The Word document: Heading 1 is the title, Heading 2 a section heading, paragraphs as written.
    await page.getByRole('link', { name: DOCX.title }).click();
    const docxArticle = page.getByRole('article', { name: DOCX.title });
    await docxArticle.getByRole('heading', { name: DOCX.title, level: 1 }).waitFor();
    await docxArticle.getByRole('heading', { name: DOCX.heading }).waitFor();
    for (const paragraph of DOCX.paragraphs) await docxArticle.getByText(paragraph, { exact: true }).waitFor();
    await backToLibrary(page);

    expect(session.foreignRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  // Chromium-printed CJK PDFs name Kangxi/supplement radicals in their ToUnicode map
  // (一 as U+2F00 ⼀); the normalizer folds them, so the article reads and searches as 一季度.
  it('the imported PDF text holds no radical code points', () => {
    expect(pdfShown.length).toBeGreaterThan(0);
    expect(pdfShown.filter(hasRadicals)).toEqual([]);
  });

  const refusals = [
    {
      name: 'a password-protected PDF',
      needsReal: true,
      file: () => join(REAL, 'pdf_09_encrypted_user_password_abc.pdf'),
      reason: '这份 PDF 有密码保护，请先去除密码再导入',
    },
    {
      name: 'a scanned PDF without a text layer',
      needsReal: true,
      file: () => join(REAL, 'pdf_08_scanned_no_text_layer_zh.pdf'),
      reason: '这份 PDF 没有文字层（扫描件），暂不支持',
    },
    {
      name: 'a .docx of random bytes',
      needsReal: false,
      file: () => payload('损坏的文件.docx', noiseBytes(4096), 'application/octet-stream'),
      reason: /^文件已损坏或格式不符（.+）$/,
    },
  ] as const;

  for (const row of refusals) {
    it.skipIf(row.needsReal && !HAVE_REAL)(`refuses ${row.name} with its reason; the library is unchanged`, async () => {
      const library = page.getByRole('list', { name: '文库' });
      const before = await library.getByRole('listitem').count();
      const file = row.file();
      const name = typeof file === 'string' ? file.split('/').pop()! : file.name;
      await pickFiles(page, file);
      const dialog = page.getByRole('dialog', { name: '导入文章' });
      await dialog.getByText('导入 0 篇，拒绝 1 个文件。').waitFor();
      await dialog.getByText(/没有添加任何文章/).waitFor();
      const line = dialog.getByRole('list', { name: '导入结果' }).getByRole('listitem');
      const prefix = `✗ ${name}：`;
      const text = (await line.textContent()) ?? '';
      expect(text.startsWith(prefix)).toBe(true);
      if (typeof row.reason === 'string') expect(text.slice(prefix.length)).toBe(row.reason);
      else expect(text.slice(prefix.length)).toMatch(row.reason);
      await closeImportDialog(page);
      expect(await library.getByRole('listitem').count()).toBe(before);
    });
  }

  it('a paragraph the source breaks off shows a gap marker after it, outside its text', async () => {
    await page.getByRole('link', { name: '抢抓机遇开新局 积蓄发展新动能' }).click();
    const article = page.getByRole('article', { name: '抢抓机遇开新局 积蓄发展新动能' });
    const cutText = /京龄独占数处$/;
    const cut = article.getByText(cutText);
    await cut.waitFor();
    const marker = article
      .locator('.paragraph-row')
      .filter({ has: page.getByText(cutText) })
      .getByRole('img', { name: '原文在此中断' });
    await marker.waitFor({ state: 'visible' });
    expect(await marker.getAttribute('title')).toBe('原文在此中断');
    // The paragraph's own text ends where the source does: the marker adds no character to it.
    expect(await cut.evaluate((p) => p.textContent?.endsWith('京龄独占数处'))).toBe(true);
    // Only paragraphs flagged as cut carry a marker (article 004 has exactly one).
    expect(await article.getByRole('img', { name: '原文在此中断' }).count()).toBe(1);
    await backToLibrary(page);
  });
});

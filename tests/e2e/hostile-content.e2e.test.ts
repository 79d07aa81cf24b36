import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toAnnotationCollection } from '../../corpus/export/w3c';
import { articleText, type Annotation, type Article } from '../../corpus/model';
import { AppSession, builtArticles } from './support/app';
import { hostileDomFindings, PWNED_URL, XSS_PAYLOADS } from './support/payloads';
import { dragSelect } from './support/select-text';
import { selectorsFor } from './support/selectors';

/** Records CSP violations: each one is something that tried to run or load and was stopped. */
async function installProbes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as { __csp?: string[] };
    if (w.__csp) return;
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp!.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

interface Verdict {
  readonly pwned: unknown;
  readonly csp: readonly string[];
  readonly findings: readonly string[];
}

/** Nothing ran, nothing was blocked trying, nothing dangerous is in the rendered app. */
async function verdict(page: Page): Promise<Verdict> {
  const { pwned, csp } = await page.evaluate(() => {
    const w = window as { __pwned?: unknown; __csp?: string[] };
    return { pwned: w.__pwned, csp: w.__csp ?? [] };
  });
  const findings = await page.locator('#root').evaluate(hostileDomFindings);
  return { pwned, csp, findings };
}

async function expectClean(session: AppSession, page: Page, where: string): Promise<void> {
  expect(await verdict(page), where).toEqual({ pwned: undefined, csp: [], findings: [] });
  expect(session.foreignRequests, where).toEqual([]);
}

/** One imported annotation per payload, spread over the article's paragraphs; the payload is its note and its tag. */
function hostileCollection(article: Article): Annotation[] {
  const text = articleText(article.blocks);
  const spots = article.blocks.filter((b) => b.kind === 'paragraph' && b.text.length > 40).flatMap((b) => [2, 14, 26].map((at) => text.indexOf(b.text) + at));
  return XSS_PAYLOADS.map((payload, i): Annotation => {
    const start = spots[i % spots.length]!;
    const end = start + 8;
    return {
      id: randomUUID(),
      kind: 'highlight',
      color: (['yellow', 'green', 'blue', 'pink', 'purple'] as const)[i % 5]!,
      created: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
      modified: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
      target: {
        source: article.id,
        contentHash: article.contentHash,
        selector: selectorsFor(text, start, end),
      },
      body: { note: payload, tags: [payload] },
    };
  });
}

/** Payloads that are one plain line: findable on screen with exact text. */
const SAMPLES = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '<svg/onload=top.__pwned=1>',
  '<iframe srcdoc="<script>parent.__pwned=1;window.__pwned=1</script>"></iframe>',
  '<a href="javascript:fetch(&#39;http://127.0.0.1:1/x&#39;)">链接</a>',
  '&lt;script&gt;window.__pwned=1&lt;/script&gt;',
];

/** Plain-line payloads free of Markdown markers, as the search preview shows them verbatim. */
const SEARCH_SAMPLES = [
  `<script>fetch('${PWNED_URL}')</script>`,
  `<img src=x onerror="fetch(&#39;${PWNED_URL}&#39;)">`,
  `<iframe src="javascript:fetch(&#39;${PWNED_URL}&#39;)"></iframe>`,
  `<img src="${PWNED_URL}">`,
];

describe('hostile content: nothing a note, tag, title or query contains can run or reach the network', () => {
  const session = new AppSession();
  beforeAll(() => session.serve());
  afterAll(() => session.dispose());

  it('the detectors work: an injected handler is blocked by CSP and reported, a javascript: link is found', async () => {
    const page = await session.open();
    await installProbes(page);
    await page.getByRole('heading', { name: '文库' }).waitFor();
    await page.locator('#root').evaluate((root) => {
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.__pwned = 1');
      img.src = 'data:,not-an-image';
      const a = document.createElement('a');
      a.href = 'javascript:window.__pwned=1';
      root.append(img, a);
    });
    await expect.poll(async () => (await verdict(page)).csp.length).toBeGreaterThan(0);
    const seen = await verdict(page);
    expect(seen.pwned).toBeUndefined();
    expect(seen.findings).toEqual(['<img onerror>', '<img src="data:,not-an-image">', '<a href="javascript:window.__pwned=1">']);

    // Without CSP the same handler runs and sets the flag: so a clean run without CSP means something.
    const bare = await session.open('', 'zh-CN', undefined, { bypassCSP: true });
    await bare.getByRole('heading', { name: '文库' }).waitFor();
    await bare.locator('#root').evaluate((root) => {
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.__pwned = 1');
      img.src = 'data:,not-an-image';
      root.append(img);
    });
    await expect.poll(() => verdict(bare).then((v) => v.pwned)).toBe(1);
    await session.closeBrowser();
    session.pageErrors.length = 0; // the blocked handler was logged on purpose
  });

  it('makes zero network requests across library, reader, notebook, figures, search and settings; no Node in the page', async () => {
    const article = builtArticles()[0]!;
    const page = await session.open();
    await installProbes(page);
    await page.getByRole('heading', { name: '文库' }).waitFor();
    await page.getByRole('link', { name: article.meta.title }).first().click();
    await page.getByRole('article', { name: article.meta.title }).waitFor();
    const nav = page.getByRole('navigation', { name: '主导航' });
    await nav.getByRole('link', { name: '笔记本' }).click();
    await page.getByRole('main', { name: '笔记本' }).waitFor();
    await nav.getByRole('link', { name: '关键数据' }).click();
    await page.getByRole('heading', { name: '关键数据' }).first().waitFor();
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog', { name: '搜索' }).getByRole('combobox', { name: '搜索全部文章和笔记…' }).fill('营商环境');
    await expect.poll(() => page.getByRole('dialog', { name: '搜索' }).getByRole('option').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await nav.getByRole('link', { name: '设置' }).click();
    await page.getByRole('heading', { name: '设置' }).waitFor();
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => ['require', 'process', 'module', 'ipcRenderer', 'Buffer'].filter((name) => name in window))).toEqual([]);
    await expectClean(session, page, 'zero network');
    await session.closeBrowser();
  });

  it(`${XSS_PAYLOADS.length} payloads as notes and tags (annotations file), shown in the reader, notebook and search; each also typed as a query`, async () => {
    const article = builtArticles()[0]!;
    const annotations = hostileCollection(article);
    for (const sample of [...SAMPLES, ...SEARCH_SAMPLES]) expect(XSS_PAYLOADS).toContain(sample);
    const file = JSON.stringify(toAnnotationCollection(annotations));
    const page = await session.open('#/settings');
    await installProbes(page);
    await page.getByLabel('导入批注文件…').setInputFiles({ name: 'hostile.jsonld', mimeType: 'application/json', buffer: Buffer.from(file) });
    await page.getByRole('dialog', { name: '导入“hostile.jsonld”' }).getByRole('button', { name: '导入', exact: true }).click();
    await page.getByText(`已导入 ${annotations.length} 条，替换 0 条，跳过 0 条。`).waitFor();

    // The reader panel lists every one, rendered through the note Markdown renderer, as text.
    await page.getByRole('link', { name: '文库' }).click();
    await page.getByRole('link', { name: article.meta.title }).first().click();
    await page.getByRole('article', { name: article.meta.title }).waitFor();
    const panel = page.getByRole('complementary', { name: '批注' });
    await panel.getByRole('heading', { name: `批注 · ${annotations.length}` }).waitFor();
    await expect.poll(() => panel.locator('.annotation-item').count()).toBe(annotations.length);
    for (const sample of SAMPLES) {
      await panel.getByText(sample, { exact: true }).first().waitFor();
      await panel.getByText(`#${sample}`, { exact: true }).first().waitFor();
    }
    await expectClean(session, page, 'reader panel');

    // The notebook, scrolled end to end through its windowed list, and filtered by payloads.
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '笔记本' }).click();
    const notebook = page.getByRole('main', { name: '笔记本' });
    await expect.poll(() => notebook.getByRole('status').textContent()).toBe(`${annotations.length} 条批注`);
    const scroller = notebook.locator('.virtual-scroll');
    for (let step = 0; ; step++) {
      const atEnd = await scroller.evaluate((el) => {
        el.scrollTop += el.clientHeight;
        return el.scrollTop + el.clientHeight >= el.scrollHeight - 1;
      });
      await page.waitForTimeout(30);
      expect((await verdict(page)).findings, `notebook scroll step ${step}`).toEqual([]);
      if (atEnd || step > 400) break;
    }
    const filter = notebook.getByRole('searchbox', { name: '搜索批注（引文、笔记、标签）' });
    for (const sample of SAMPLES) {
      await filter.fill(sample);
      await expect.poll(() => notebook.getByRole('status').textContent()).toMatch(/^\d+ \/ \d+ 条批注$/);
      await notebook.getByText(sample, { exact: true }).first().waitFor();
    }
    await expectClean(session, page, 'notebook');

    // Every payload typed into global search; notes that match are listed as text.
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: '搜索' });
    const box = dialog.getByRole('combobox', { name: '搜索全部文章和笔记…' });
    const status = dialog.getByRole('status');
    for (const payload of XSS_PAYLOADS) {
      await box.fill(payload);
      if (payload.trim()) await expect.poll(() => status.textContent(), { message: `query: ${payload}` }).not.toBe('');
    }
    // The result line is a one-line preview with Markdown markers (** __ `) taken out, so check payloads without them.
    for (const sample of SEARCH_SAMPLES) {
      await box.fill(sample);
      await dialog.getByRole('listbox').getByText(sample, { exact: true }).first().waitFor();
    }
    await expectClean(session, page, 'search');
    expect(session.pageErrors).toEqual([]);
    await session.closeBrowser();
  });

  it('a handful typed through the note editor and tag field, kept word for word', async () => {
    const article = builtArticles()[1]!;
    const paragraphs = article.blocks.filter((b) => b.kind === 'paragraph' && b.text.length > 50);
    const typed = [
      SAMPLES[0]!,
      SAMPLES[1]!,
      '[点我](javascript:window.__pwned=1)',
      '<style>*{background:url(http://127.0.0.1:1/x)}</style>',
      '**<svg onload="top.__pwned=1">**',
    ];
    const page = await session.open();
    await installProbes(page);
    await page.getByRole('link', { name: article.meta.title }).first().click();
    const reader = page.getByRole('article', { name: article.meta.title });
    await reader.waitFor();
    const panel = page.getByRole('complementary', { name: '批注' });
    for (const [i, payload] of typed.entries()) {
      const block = paragraphs[i]!;
      await dragSelect(page, reader.locator(`[data-block-id="${block.id}"]`), block.text.slice(3, 12));
      await page.keyboard.press('n');
      await panel.getByRole('textbox', { name: '添加笔记（N）' }).fill(payload);
      await panel.getByRole('combobox', { name: '标签' }).fill(`标签${i}${payload.slice(0, 24)}`);
      await panel.getByRole('combobox', { name: '标签' }).press('Enter');
      await panel.getByRole('button', { name: '保存' }).click();
      await expect.poll(() => panel.locator('.annotation-item').count()).toBe(i + 1);
    }
    await panel.getByText(SAMPLES[0]!, { exact: true }).waitFor();
    await panel.getByText(SAMPLES[1]!, { exact: true }).waitFor();
    await panel.getByText('[点我](javascript:window.__pwned=1)', { exact: true }).waitFor();
    expect(await panel.getByRole('link').count()).toBe(0);
    await expectClean(session, page, 'note editor');
    await session.closeBrowser();
  });

  it('without CSP: hostile article titles from imported .html and .md files show as text in the library, reader and search', async () => {
    // Single-line payloads spread over the list; HTML titles are escaped so the payload is the title's text.
    const chosen = XSS_PAYLOADS.filter((p) => ![...p].some((c) => c < ' '))
      .filter((_, i) => i % 14 === 0)
      .slice(0, 20);
    const escape = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
    const files = chosen.map((payload, i) => {
      const marker = `标题${i}号`;
      const body = `正文第${i}篇。这是一段足够长的中文正文，用来让导入器把它当作一篇简报来处理。`;
      const html =
        `<!doctype html><html><head><meta charset="utf-8"><title>${escape(payload)}</title><script>window.__pwned=1</script></head>` +
        `<body onload="window.__pwned=1"><h1>${escape(payload)} ${marker}</h1><p>${body}</p><p>${payload}</p>` +
        `<img src="${PWNED_URL}" onerror="window.__pwned=1"><link rel=stylesheet href="${PWNED_URL}"></body></html>`;
      const md = `# ${payload} ${marker}\n\n${body}\n\n${payload}\n`;
      return i % 5 === 4
        ? { name: `hostile-${i}.md`, mimeType: 'text/markdown', buffer: Buffer.from(md) }
        : { name: `hostile-${i}.html`, mimeType: 'text/html', buffer: Buffer.from(html) };
    });
    // No CSP safety net here: parsing the files (DOMPurify + DOMParser) must itself be inert.
    // With CSP on, Chromium reports each on* attribute it parses even in an inert document.
    const page = await session.open('', 'zh-CN', undefined, { bypassCSP: true });
    await installProbes(page);
    await page.getByRole('heading', { name: '文库' }).waitFor();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '导入文章…' }).click();
    await (await chooser).setFiles(files);
    const dialog = page.getByRole('dialog', { name: '导入文章' });
    await dialog.getByText(`导入 ${files.length} 篇，拒绝 0 个文件。`).waitFor();
    await expectClean(session, page, 'import result dialog');
    await dialog.getByRole('button', { name: '关闭' }).click();

    // Every title is in the library as text: the markup characters are visible, nothing ran.
    const library = page.getByRole('list', { name: '文库' });
    const titles: string[] = [];
    for (const [i, payload] of chosen.entries()) {
      const link = library.getByRole('link', { name: new RegExp(`标题${i}号`) });
      await link.waitFor();
      const title = (await link.textContent()) ?? '';
      titles.push(title);
      // Character for character, allowing for the normalizer's full-width punctuation and spacing next to CJK.
      const fold = (t: string) => t.normalize('NFKC').replace(/\s+/g, '');
      if (files[i]!.name.endsWith('.md')) {
        // In Markdown, raw HTML is markup, not text: the tags go, and what is shown is only
        // characters of the heading (nothing invented), ending in the marker, with no tag left.
        expect(title, `title ${i}`).toMatch(new RegExp(`标题${i}号$`));
        expect(title, `title ${i}`).not.toMatch(/<[a-z!/]/i);
        const source = fold(`${payload}标题${i}号`).replace(/["'“”‘’]/g, '"');
        for (const ch of fold(title).replace(/["'“”‘’]/g, '"')) expect(source, `title ${i}: ${ch}`).toContain(ch);
      } else {
        expect(fold(title), `title ${i}`).toBe(fold(`${payload} 标题${i}号`));
      }
    }
    await expectClean(session, page, 'library');

    // A few open in the reader, where the title is the article's name and its heading.
    for (const i of [0, 1, 4]) {
      await library.getByRole('link', { name: new RegExp(`标题${i}号`) }).click();
      const reader = page.getByRole('article', { name: titles[i] });
      await reader.waitFor();
      await reader
        .getByRole('heading', { level: 1 })
        .filter({ hasText: `标题${i}号` })
        .waitFor();
      await reader.getByText(`正文第${i}篇`, { exact: false }).first().waitFor();
      await expectClean(session, page, `reader ${i}`);
      await page.getByRole('button', { name: /返回文库/ }).click();
    }

    // Search finds them by their hostile titles and lists the titles as text.
    await page.keyboard.press('Control+k');
    const search = page.getByRole('dialog', { name: '搜索' });
    for (const i of [0, 2, 3]) {
      await search.getByRole('combobox', { name: '搜索全部文章和笔记…' }).fill(`标题${i}号`);
      await search.getByRole('option').filter({ hasText: titles[i]! }).first().waitFor();
    }
    await expectClean(session, page, 'search by title');
    expect(session.pageErrors).toEqual([]);
    await session.closeBrowser();
  });
});

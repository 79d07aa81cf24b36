import type { BrowserContext } from 'playwright-core';

/** What the printed page carries besides the body: a running footer with the page number. */
export interface PrintedPdfOptions {
  /** Footer text before the page number, repeated on every page (e.g. `某市统计局`). */
  readonly footer: string;
  /** The page's `<title>`, which Chromium writes as the PDF's Title (as a saved web page would have). */
  readonly title?: string;
}

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A PDF printed by Chromium itself from an HTML body: a real text layer laid out by a real
 * engine (lines broken at the page edge, CJK fonts embedded, a footer and page number on every
 * page through `displayHeaderFooter`), generated in the test instead of committed as a binary.
 */
export async function printPdf(context: BrowserContext, bodyHtml: string, options: PrintedPdfOptions): Promise<Buffer> {
  const page = await context.newPage();
  try {
    await page.setContent(
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(options.title ?? '')}</title><style>
        body { font-family: 'Noto Serif CJK SC', 'Noto Sans CJK SC', serif; font-size: 16px; line-height: 1.8; }
        h1 { font-size: 26px; text-align: center; }
        h2 { font-size: 19px; }
        p { margin: 0 0 0.8em; text-indent: 2em; }
        .byline { text-align: center; text-indent: 0; }
        .new-page { break-before: page; }
      </style></head><body>${bodyHtml}</body></html>`,
    );
    return await page.pdf({
      format: 'A4',
      margin: { top: '22mm', bottom: '22mm', left: '20mm', right: '20mm' },
      displayHeaderFooter: true,
      // An empty header (Chromium's default prints the date and the page title).
      headerTemplate: '<span></span>',
      footerTemplate: `<div style="width:100%;text-align:center;font-size:9px;font-family:'Noto Sans CJK SC',sans-serif">${escape(options.footer)} 第 <span class="pageNumber"></span> 页</div>`,
    });
  } finally {
    await page.close();
  }
}

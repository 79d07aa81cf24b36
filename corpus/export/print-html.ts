import { escapeHtml } from './escape-html';
import { renderArticleSection } from './print-article';
import { printLabels } from './print-labels';
import { printStyles } from './print-styles';
import type { ArticlePrintInput, PageSize, PrintLang } from './print-types';

export type { ArticlePrintInput, PageSize, PrintLang } from './print-types';

/** A complete, self-contained print document: inline style, no scripts, no external resources. */
export function printDocument(args: { readonly title: string; readonly lang: PrintLang; readonly pageSize: PageSize; readonly body: string }): string {
  return (
    `<!DOCTYPE html>\n<html lang="${args.lang}"><head><meta charset="utf-8">` +
    // No network and no scripts: the document is rendered in a locked-down hidden window.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">` +
    `<title>${escapeHtml(args.title)}</title><style>${printStyles(args.pageSize)}</style></head>` +
    `<body>${args.body}</body></html>\n`
  );
}

/**
 * The annotated print layout of one article (issue 7): header with title, source and date;
 * clean blocks with ¶ numbers; highlights in colour with a per-colour line style; numbered
 * notes directly after their paragraph (a margin column is unreliable in Chromium's
 * paginated layout: floats collide and overflow the page); appendix of orphans and
 * article notes. Print it with `printFooterTemplate(lang)` for page numbers.
 */
export function renderArticlePrintHtml(input: ArticlePrintInput): string {
  return printDocument({ title: input.article.meta.title, lang: input.lang, pageSize: input.pageSize, body: renderArticleSection(input) });
}

const TEMPLATE_STYLE = 'width:100%;margin:0 16mm;font-size:8pt;color:#555;font-family:"Noto Sans CJK SC","Noto Sans",sans-serif;';

/**
 * Footer for Chromium's `page.pdf` / Electron's `printToPDF` (`displayHeaderFooter: true`):
 * "第 n 页 / 共 m 页" or "Page n of m". Chromium fills the `pageNumber`/`totalPages` spans;
 * CSS `@page` margin boxes are not used by its PDF header/footer path.
 */
export function printFooterTemplate(lang: PrintLang): string {
  const text = printLabels(lang).pageOf('<span class="pageNumber"></span>', '<span class="totalPages"></span>');
  return `<div style='${TEMPLATE_STYLE}text-align:center;'>${text}</div>`;
}

/** Header for `page.pdf` / `printToPDF`: the document title, small and grey, on every page. */
export function printHeaderTemplate(title: string): string {
  return `<div style='${TEMPLATE_STYLE}text-align:right;overflow:hidden;white-space:nowrap;text-overflow:ellipsis;'>${escapeHtml(title)}</div>`;
}

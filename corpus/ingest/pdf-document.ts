import { err, ok, type Result } from '../model/result';
import type { ExtractionRemoval, SourceDocument, SourceLine } from './source-document';
import { splitColumns } from './pdf-columns';
import { buildLines, type PdfLine } from './pdf-lines';
import { pdfMeta, type PdfInfoFields } from './pdf-meta';
import { judgeMojibake } from './pdf-mojibake';
import { flowsToLines, typeScale } from './pdf-paragraphs';
import { removeRunningText, type PdfPageLines } from './pdf-running-text';
import type { PdfPageText } from './pdf-text-item';

/** Why a PDF's text layer cannot be used. */
export type PdfTextRefusal = { readonly reason: 'pdf-scanned' } | { readonly reason: 'pdf-garbled'; readonly detail: string };

/**
 * Turns a PDF's text layer (plain data, see `PdfPageText`) into a source document: lines per
 * page, running heads/feet and folios removed, columns read in order, wrapped lines rejoined,
 * headings, bold lines and table rows marked. Refuses a file with no text at all (a scan) and
 * one whose fonts give mojibake. Pure: the pdf.js adapter lives in the renderer.
 */
export function assemblePdfDocument(source: readonly PdfPageText[], info: PdfInfoFields = {}): Result<SourceDocument, PdfTextRefusal> {
  const textByFont = new Map<string, string>();
  let visible = 0;
  for (const page of source)
    for (const item of page.items) {
      textByFont.set(item.font, (textByFont.get(item.font) ?? '') + item.text);
      visible += item.text.replace(/\s/gu, '').length;
    }
  if (visible === 0) return err({ reason: 'pdf-scanned' });
  for (const [font, text] of textByFont) {
    const verdict = judgeMojibake(text);
    if (verdict.garbled) return err({ reason: 'pdf-garbled', detail: `font ${font}: ${Math.round(verdict.share * 100)}% of its characters are not text` });
  }

  const removed: ExtractionRemoval[] = [];
  const pages = source.map((page) => withoutSymbolGlyphs(page, removed));
  const rotatedByPage = new Map<number, SourceLine[]>();
  const built: PdfPageLines[] = pages.map((page) => {
    const { lines, removed: dropped } = buildLines(page.items);
    for (const r of dropped) removed.push({ text: r.text, reason: r.reason, page: page.page });
    const rotated = page.items.filter((i) => i.rotated && i.text.trim() !== '').map((i) => ({ text: i.text.trim(), hint: { page: page.page } }));
    if (rotated.length > 0) rotatedByPage.set(page.page, rotated);
    return { page: page.page, height: page.height, lines };
  });
  const running = removeRunningText(built);
  for (const r of running.removed) removed.push({ text: r.text, reason: r.reason, page: r.page });

  const scale = typeScale(running.pages.flatMap((p) => p.lines as PdfLine[]));
  const lines: SourceLine[] = [];
  for (const page of running.pages) {
    lines.push(...flowsToLines(splitColumns(page.lines), page.page, scale));
    lines.push(...(rotatedByPage.get(page.page) ?? []));
  }
  return ok({ format: 'pdf', lines, meta: pdfMeta(info), removed });
}

const PRIVATE_USE = /[\uE000-\uF8FF]/gu;

/**
 * Takes private-use characters (bullets and arrows of symbol fonts such as Wingdings, which map
 * to no Unicode character) out of the runs, listing them per page, so no tofu reaches the reader.
 */
function withoutSymbolGlyphs(page: PdfPageText, removed: ExtractionRemoval[]): PdfPageText {
  let dropped = '';
  const items = page.items.map((item) => {
    if (!PRIVATE_USE.test(item.text)) return item;
    dropped += item.text.match(PRIVATE_USE)?.join('') ?? '';
    return { ...item, text: item.text.replace(PRIVATE_USE, '') };
  });
  if (dropped !== '') removed.push({ text: dropped, reason: 'symbol-glyph', page: page.page });
  return { ...page, items };
}

import type { SourceDocument } from '../../../../corpus/ingest';
import { assemblePdfDocument } from '../../../../corpus/ingest/pdf-document';
import type { PdfInfoFields } from '../../../../corpus/ingest/pdf-meta';
import type { PdfPageText, PdfTextItem } from '../../../../corpus/ingest/pdf-text-item';
import { err, type Result } from '../../../../corpus/model/result';
import type { ImportRefusal } from '../import-file';
import { MAX_PDF_PAGES } from '../import-limits';
import { loadPdfJs } from './pdf-loader';
import type { PdfJsDocument, PdfJsEnvironment, PdfJsPage, PdfJsTextItem } from './pdf-js-types';

export interface ExtractPdfOptions {
  /** The user password, when the file needs one. */
  readonly password?: string;
  /** Called after each page is read, for a progress bar. */
  readonly onPage?: (done: number, total: number) => void;
}

/** More text than this (characters) is refused as too large. */
export const MAX_PDF_CHARS = 3_000_000;

/** pdf.js `PasswordResponses`: 1 = a password is needed, 2 = the one given is wrong. */
const NEED_PASSWORD = 1;
const INCORRECT_PASSWORD = 2;

/** Extracts a PDF in the app: pdf.js loaded for the browser (worker, no eval, no network). */
export async function extractPdf(bytes: Uint8Array, options: ExtractPdfOptions = {}): Promise<Result<SourceDocument, ImportRefusal>> {
  return extractPdfWith(await loadPdfJs(), bytes, options);
}

/**
 * The PDF extractor proper, the same code in the browser and in Node: reads the text layer
 * page by page (progress through `onPage`) and hands plain data to `assemblePdfDocument`.
 * Expected failures are refusals: `pdf-encrypted` (password needed or wrong), `corrupt` (not a
 * PDF, damaged), `too-large`, and from the assembly `pdf-scanned` / `pdf-garbled`.
 */
export async function extractPdfWith(
  env: PdfJsEnvironment,
  bytes: Uint8Array,
  options: ExtractPdfOptions = {},
): Promise<Result<SourceDocument, ImportRefusal>> {
  // pdf.js transfers the buffer to its worker; a copy keeps the caller's bytes for "show original".
  const task = env.pdfjs.getDocument({
    data: bytes.slice(),
    ...(options.password !== undefined ? { password: options.password } : {}),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
    ...env.assets,
  });
  let doc: PdfJsDocument;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    return err(refusalFor(error));
  }
  try {
    if (doc.numPages > MAX_PDF_PAGES) return err({ reason: 'too-many-pages', detail: String(doc.numPages) });
    const pages: PdfPageText[] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const text = await readPage(page, n);
      page.cleanup();
      chars += text.items.reduce((sum, item) => sum + item.text.length, 0);
      if (chars > MAX_PDF_CHARS) return err({ reason: 'too-long', detail: String(chars) });
      pages.push(text);
      options.onPage?.(n, doc.numPages);
    }
    const result = assemblePdfDocument(pages, await readInfo(doc));
    return result.ok ? result : err(result.error);
  } catch (error) {
    return err({ reason: 'corrupt', detail: messageOf(error) });
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

function refusalFor(error: unknown): ImportRefusal {
  const { name, code } = (typeof error === 'object' && error !== null ? error : {}) as { name?: unknown; code?: unknown };
  if (name === 'PasswordException' && (code === NEED_PASSWORD || code === INCORRECT_PASSWORD))
    return { reason: 'pdf-encrypted', ...(code === INCORRECT_PASSWORD ? { detail: 'incorrect password' } : {}) };
  return { reason: 'corrupt', detail: messageOf(error) };
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const isTextItem = (item: PdfJsTextItem | { readonly type: string }): item is PdfJsTextItem => 'str' in item;

/** One page's text runs as plain data, positions relative to the page box. */
async function readPage(page: PdfJsPage, n: number): Promise<PdfPageText> {
  const [left = 0, bottom = 0, right = 0, top = 0] = page.view;
  const content = await page.getTextContent();
  const runs = content.items.filter(isTextItem);
  const boldFonts = await boldFontIds(page, new Set(runs.map((r) => r.fontName)));
  const items: PdfTextItem[] = runs.map((run) => {
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = run.transform;
    return {
      text: run.str,
      x: e - left,
      y: f - bottom,
      width: run.width,
      size: Math.hypot(c, d) || Math.hypot(a, b),
      font: run.fontName,
      ...(boldFonts.has(run.fontName) ? { bold: true } : {}),
      ...(Math.abs(b) > 1e-3 || Math.abs(c) > 1e-3 || a < 0 ? { rotated: true } : {}),
    };
  });
  return { page: n, width: right - left, height: top - bottom, items };
}

const BOLD_NAME = /bold|heavy|black|demi|semibold|,B$|-B$/iu;

/**
 * The fonts on a page whose name says bold. pdf.js only exposes font names after parsing the
 * page's operators; that costs about as much as the text itself, so it is skipped when a
 * page has no text.
 */
async function boldFontIds(page: PdfJsPage, ids: ReadonlySet<string>): Promise<Set<string>> {
  const bold = new Set<string>();
  if (ids.size === 0) return bold;
  try {
    await page.getOperatorList();
  } catch {
    return bold;
  }
  for (const id of ids) {
    if (!page.commonObjs.has(id)) continue;
    const font = page.commonObjs.get(id) as { name?: unknown; bold?: unknown } | null;
    if (font && (font.bold === true || (typeof font.name === 'string' && BOLD_NAME.test(font.name)))) bold.add(id);
  }
  return bold;
}

async function readInfo(doc: PdfJsDocument): Promise<PdfInfoFields> {
  const { info, metadata } = await doc.getMetadata().catch(() => ({ info: {}, metadata: null }));
  const field = (name: string): string | undefined => {
    const value = (info as Record<string, unknown>)[name];
    return typeof value === 'string' ? value : undefined;
  };
  const xmp = (name: string): string | undefined => {
    const value = metadata?.get(name);
    return typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value.join('; ') : undefined;
  };
  const fields: Record<string, string | undefined> = {
    title: field('Title'),
    author: field('Author'),
    subject: field('Subject'),
    creationDate: field('CreationDate'),
    modDate: field('ModDate'),
    language: field('Language'),
    xmpTitle: xmp('dc:title'),
    xmpCreator: xmp('dc:creator'),
    xmpCreateDate: xmp('xmp:createdate'),
  };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as PdfInfoFields;
}

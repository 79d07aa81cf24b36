import type { SourceDocument } from '../../../../corpus/ingest';
import { err, ok, type Result } from '../../../../corpus/model/result';
import type { ImportRefusal } from '../import-file';
import { walkHtmlLines } from './html-lines';
import { sanitizedDocument } from './html-sanitize';

/**
 * mammoth links each footnote back to its reference with a generated `↑`: a character the
 * document does not contain, so it is taken out before the text is read.
 */
const FOOTNOTE_BACKLINK = /<a href="#(?:footnote|endnote)-ref-[\w-]+">↑<\/a>/g;

/** Images become nothing: their bytes are not text, and a data URL of each would only cost time. */

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * A Word (.docx) file → SourceDocument (format 'docx'). mammoth turns the document into
 * HTML (headings from Word's heading styles, paragraphs, bold runs, lists, tables,
 * footnotes and endnotes at the end), which is sanitized and walked into lines like a web
 * page, without Readability: a Word document has no navigation to cut. Word's automatic
 * numbering (`一、` produced by a list style) is not text in the file and mammoth does not
 * reproduce it, so it is not in the lines either. A damaged or non-Word zip is `corrupt`
 * (with mammoth's words); a document without text is `empty`.
 *
 * The import resolves for the browser through mammoth's `browser` field (its zip and file
 * readers swapped for browser ones); the Node-only `Buffer` paths are behind calls not made here.
 */
export async function extractDocx(bytes: Uint8Array): Promise<Result<SourceDocument, ImportRefusal>> {
  let html: string;
  try {
    // A copy: mammoth needs an ArrayBuffer of exactly the file, not a view into a larger one.
    // The browser build reads `arrayBuffer`, the Node build (tests) `buffer`; JSZip takes either.
    const file = bytes.slice().buffer;
    const input = { arrayBuffer: file, buffer: file };
    // Loaded on the first Word file: mammoth and its zip reader are ~560 kB nobody needs before.
    const { default: mammoth } = await import('mammoth');
    const noImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));
    const result = await mammoth.convertToHtml(input, { convertImage: noImages, ignoreEmptyParagraphs: true });
    html = result.value;
  } catch (e) {
    return err({ reason: 'corrupt', detail: messageOf(e) });
  }
  const doc = sanitizedDocument(`<body>${html.replace(FOOTNOTE_BACKLINK, '')}</body>`);
  const lines = walkHtmlLines(doc.body).map((l) => l.line);
  if (!lines.some((l) => l.text.trim() !== '')) return err({ reason: 'empty' });
  return ok({ format: 'docx', lines, meta: {}, removed: [] });
}

import { MAX_IMPORT_BYTES } from '../../../electron/ipc/contract';
import { err, ok, type Result } from '../../../corpus/model/result';

/** The source formats the importer understands, by file extension. */
export type ImportFormat = 'text' | 'markdown' | 'html' | 'docx' | 'pdf';

/** Why a file was not imported; each reason has its own message in the UI catalogs. */
export type RefusalReason =
  | 'empty'
  | 'binary'
  | 'undecodable'
  /** The encoding detector is not confident enough to show the text (detail: its best guess). */
  | 'encoding-uncertain'
  | 'unsupported'
  | 'too-large'
  | 'unreadable'
  | 'duplicate'
  | 'storage'
  /** A PDF whose pages carry no text layer: a scan or photographs of pages. */
  | 'pdf-scanned'
  /** A PDF that needs a password to open. */
  | 'pdf-encrypted'
  /** A PDF whose fonts map glyphs to wrong characters (broken ToUnicode): its text would be mojibake. */
  | 'pdf-garbled'
  /** The text is longer than the reader lays out smoothly (detail: its length in characters). */
  | 'too-long'
  /** A PDF with more pages than the importer reads (detail: its page count). */
  | 'too-many-pages'
  /** A .docx/.pdf file that is damaged or not what its extension says (detail: the parser's words). */
  | 'corrupt';

export interface ImportRefusal {
  readonly reason: RefusalReason;
  /** Extra facts for the message: the extension, the duplicate's title, a storage error. */
  readonly detail?: string;
}

/**
 * A file waiting to be imported. `load` is called only after the name and size passed,
 * so a 2 GB file dropped by mistake is never read into memory.
 */
export interface ImportSource {
  readonly name: string;
  readonly size: number;
  readonly load: () => Promise<Uint8Array>;
}

const FORMATS: Readonly<Record<string, ImportFormat>> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  docx: 'docx',
  pdf: 'pdf',
};

/** Lower-case extension without the dot, or '' when the name has none. */
export function extensionOf(name: string): string {
  const base = name.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** What can be decided from the name and size alone, before any byte is read. */
export function checkImportFile(file: { readonly name: string; readonly size: number }): Result<ImportFormat, ImportRefusal> {
  const ext = extensionOf(file.name);
  const format = FORMATS[ext];
  if (!format) return err({ reason: 'unsupported', detail: ext ? `.${ext}` : file.name });
  if (file.size === 0) return err({ reason: 'empty' });
  if (file.size > MAX_IMPORT_BYTES) return err({ reason: 'too-large' });
  return ok(format);
}

/** Accepted extensions for a file picker's `accept`. */
export const IMPORT_ACCEPT = Object.keys(FORMATS)
  .map((ext) => `.${ext}`)
  .join(',');

/** An ImportSource over bytes already in memory (the host's open dialog returns those). */
export function sourceFromBytes(name: string, bytes: Uint8Array): ImportSource {
  return { name, size: bytes.length, load: () => Promise.resolve(bytes) };
}

/** An ImportSource over a file the host opened (possibly unread: too large, or unreadable). */
export function sourceFromOpened(file: { name: string; size: number; bytes: Uint8Array; error?: string }): ImportSource {
  // An unreadable file's size is unknown, not zero: report why it failed, not "empty".
  const size = file.error ? Math.max(file.size, 1) : file.size;
  return { name: file.name, size, load: () => (file.error ? Promise.reject(new Error(file.error)) : Promise.resolve(file.bytes)) };
}

/** An ImportSource over a dropped or picked browser File (read lazily). */
export function sourceFromFile(file: File): ImportSource {
  return { name: file.name, size: file.size, load: async () => new Uint8Array(await file.arrayBuffer()) };
}

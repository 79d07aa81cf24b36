import { basename, extname } from 'node:path';
import { ok, type Result } from '../../../corpus/model/result';
import { MAX_IMPORT_BYTES, type OpenedFile } from '../../ipc/contract';
import { errorMessage, type ShowOpenDialog } from './file-dialogs';

/** Extensions the importer understands (the renderer's `IMPORT_ACCEPT`; a test keeps them equal). */
export const IMPORT_EXTENSIONS = ['txt', 'text', 'md', 'markdown', 'html', 'htm', 'xhtml', 'docx', 'pdf'] as const;

export interface OpenFilesDeps {
  readonly showOpenDialog: ShowOpenDialog;
  readonly stat: (path: string) => Promise<{ size: number; isFile(): boolean }>;
  readonly readFile: (path: string) => Promise<Uint8Array>;
  readonly maxBytes?: number;
}

/**
 * Lets the user pick briefings and returns their bytes (decoding is the importer's job).
 * Every picked file is listed so the importer can report each by name: one of the wrong type
 * or over the size limit is returned unread, one that cannot be read carries `error`.
 */
export async function openFiles(deps: OpenFilesDeps): Promise<Result<readonly OpenedFile[]>> {
  const maxBytes = deps.maxBytes ?? MAX_IMPORT_BYTES;
  const paths = await deps.showOpenDialog({
    title: 'Import',
    filters: [{ name: 'Briefings', extensions: IMPORT_EXTENSIONS }],
    multiSelections: true,
  });
  const files: OpenedFile[] = [];
  for (const path of paths) {
    const name = basename(path);
    // Some dialogs let users type any name past the filter.
    const extension = extname(name).slice(1).toLowerCase();
    const unread = (size: number, error?: string): OpenedFile => ({ name, size, bytes: new Uint8Array(0), ...(error ? { error } : {}) });
    if (!(IMPORT_EXTENSIONS as readonly string[]).includes(extension)) {
      files.push(unread(0));
      continue;
    }
    try {
      const stat = await deps.stat(path);
      if (!stat.isFile()) files.push(unread(0, 'not a file'));
      else if (stat.size > maxBytes) files.push(unread(stat.size));
      else {
        const bytes = await deps.readFile(path);
        // The file may have grown between stat and read.
        files.push(bytes.byteLength > maxBytes ? unread(bytes.byteLength) : { name, size: bytes.byteLength, bytes });
      }
    } catch (error) {
      files.push(unread(0, `cannot read: ${errorMessage(error)}`));
    }
  }
  return ok(files);
}

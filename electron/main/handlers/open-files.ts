import { basename, extname } from 'node:path';
import { err, ok, type Result } from '../../../corpus/model/result';
import { MAX_IMPORT_BYTES, type OpenedFile } from '../../ipc/contract';
import { errorMessage, type ShowOpenDialog } from './file-dialogs';

/** Extensions the importer understands. */
export const IMPORT_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm'] as const;

export interface OpenFilesDeps {
  readonly showOpenDialog: ShowOpenDialog;
  readonly stat: (path: string) => Promise<{ size: number; isFile(): boolean }>;
  readonly readFile: (path: string) => Promise<Uint8Array>;
  readonly maxBytes?: number;
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Lets the user pick briefings and returns their bytes (decoding is the importer's job).
 * All or nothing: one refused file (too large, wrong type, unreadable) fails the call with a
 * message naming it, so the user can pick again without a half-done import.
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
    if (!(IMPORT_EXTENSIONS as readonly string[]).includes(extension)) {
      return err(`${name}: not a .txt, .md, .html or .htm file`);
    }
    try {
      const stat = await deps.stat(path);
      if (!stat.isFile()) return err(`${name}: not a file`);
      if (stat.size > maxBytes) {
        return err(`${name}: ${formatMegabytes(stat.size)} is larger than the ${formatMegabytes(maxBytes)} import limit`);
      }
      const bytes = await deps.readFile(path);
      // The file may have grown between stat and read.
      if (bytes.byteLength > maxBytes) {
        return err(`${name}: ${formatMegabytes(bytes.byteLength)} is larger than the ${formatMegabytes(maxBytes)} import limit`);
      }
      files.push({ name, bytes });
    } catch (error) {
      return err(`${name}: cannot read: ${errorMessage(error)}`);
    }
  }
  return ok(files);
}

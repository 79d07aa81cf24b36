import { basename } from 'node:path';
import { err, ok, type Result } from '../../../corpus/model/result';
import type { SaveFileRequest, Saved } from '../../ipc/contract';
import { errorMessage, safeFileName, withExtension, type FileFilter, type ShowSaveDialog, type WriteFile } from './file-dialogs';

export interface SaveFileDeps {
  readonly showSaveDialog: ShowSaveDialog;
  readonly writeFile: WriteFile;
}

const FORMATS: Readonly<Record<SaveFileRequest['mimeType'], { extension: string; filter: FileFilter }>> = {
  'text/markdown': { extension: 'md', filter: { name: 'Markdown', extensions: ['md', 'markdown'] } },
  'application/json': { extension: 'json', filter: { name: 'JSON', extensions: ['json'] } },
  'text/plain': { extension: 'txt', filter: { name: 'Text', extensions: ['txt'] } },
};

/** Asks where to save, then writes the text as UTF-8. Cancelling is `{ saved: false }`, not an error. */
export async function saveFile(deps: SaveFileDeps, request: SaveFileRequest): Promise<Result<Saved>> {
  const format = FORMATS[request.mimeType];
  const defaultName = withExtension(safeFileName(request.suggestedName, 'pizhu'), format.extension);
  const path = await deps.showSaveDialog({ title: defaultName, defaultName, filters: [format.filter] });
  if (path === undefined) return ok({ saved: false });
  try {
    await deps.writeFile(path, request.content);
  } catch (error) {
    return err(`cannot write ${basename(path)}: ${errorMessage(error)}`);
  }
  return ok({ saved: true, path });
}

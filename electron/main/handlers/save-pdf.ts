import { basename } from 'node:path';
import { err, ok, type Result } from '../../../corpus/model/result';
import { countPdfPages } from '../../../corpus/export/pdf-pages';
import type { CountPagesRequest, SavePdfRequest, Saved } from '../../ipc/contract';
import { errorMessage, safeFileName, withExtension, type ShowSaveDialog, type WriteFile } from './file-dialogs';

/** Renders self-contained print HTML to PDF bytes (a hidden, script-less window in production). */
export type RenderPdf = (html: string, pageSize: SavePdfRequest['pageSize'], lang: SavePdfRequest['lang']) => Promise<Uint8Array>;

export interface SavePdfDeps {
  readonly renderPdf: RenderPdf;
  readonly showSaveDialog: ShowSaveDialog;
  readonly writeFile: WriteFile;
}

/**
 * Renders first, then asks where to save: a rendering failure is reported before the user
 * picks a place, and the dialog never leaves an empty file behind.
 */
export async function savePdf(deps: SavePdfDeps, request: SavePdfRequest): Promise<Result<Saved>> {
  let pdf: Uint8Array;
  try {
    pdf = await deps.renderPdf(request.html, request.pageSize, request.lang);
  } catch (error) {
    return err(`cannot render the PDF: ${errorMessage(error)}`);
  }
  const defaultName = withExtension(safeFileName(request.suggestedName, 'pizhu'), 'pdf');
  const path = await deps.showSaveDialog({ title: defaultName, defaultName, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
  if (path === undefined) return ok({ saved: false });
  try {
    await deps.writeFile(path, pdf);
  } catch (error) {
    return err(`cannot write ${basename(path)}: ${errorMessage(error)}`);
  }
  return ok({ saved: true, path });
}

/**
 * Prints each document off screen and counts its pages, in order: how the meeting pack's
 * contents get real page numbers (see corpus/export/meeting-pack.ts renderMeetingPackParts).
 */
export async function countPdfPagesOf(deps: Pick<SavePdfDeps, 'renderPdf'>, request: CountPagesRequest): Promise<Result<number[]>> {
  const counts: number[] = [];
  for (const [i, html] of request.htmls.entries()) {
    try {
      counts.push(countPdfPages(await deps.renderPdf(html, request.pageSize, request.lang)));
    } catch (error) {
      return err(`htmls[${i}]: cannot render: ${errorMessage(error)}`);
    }
  }
  return ok(counts);
}

import { err, ok, type Result } from '../model';
import { importError, lineColumn, type ImportError } from './import-error';

/**
 * JSON.parse with errors users can act on: empty file, truncated file (the JSON ends
 * early: an interrupted copy or download), or a syntax error with its line and column.
 */
export function parseJsonText(text: string): Result<unknown, ImportError> {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return err(importError('', { code: 'file-empty' }));
  try {
    return ok(JSON.parse(body) as unknown);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // V8 reports "… in JSON at position N" (newer versions add "(line L column C)").
    const position = /at position (\d+)/.exec(message);
    const reason = message.replace(/\s*(in JSON )?at position \d+.*$/, '').replace(/^JSON\.parse: /, '');
    const end = body.trimEnd().length;
    if (/Unexpected end of JSON input/i.test(message) || (position && Number(position[1]) >= end)) {
      return err(importError('', { code: 'file-truncated' }));
    }
    if (!position) return err(importError('', { code: 'json-syntax', params: { reason } }));
    const { line, column } = lineColumn(body, Number(position[1]));
    return err(importError('', { code: 'json-syntax-at', params: { line, column, reason } }));
  }
}

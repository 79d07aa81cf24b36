import { err, ok, type Result } from '../../../corpus/model/result';
import { decodeText, type DecodedText, type TextEncodingName } from '../../../corpus/normalize';
import type { ImportRefusal } from './import-file';

/**
 * Bytes → text via the corpus decoder, with its refusals mapped to reasons the UI can
 * name. The decoder's messages start with the reason (`binary file: …`).
 */
export function decodeImportBytes(bytes: Uint8Array): Result<DecodedText, ImportRefusal> {
  const decoded = decodeText(bytes);
  if (decoded.ok) return ok(decoded.value);
  const message = decoded.error;
  if (message.startsWith('empty')) return err({ reason: 'empty' });
  if (message.startsWith('binary')) return err({ reason: 'binary' });
  return err({ reason: 'undecodable', detail: message });
}

/** How an encoding is shown to people: `GB18030`, `UTF-8`, `UTF-16LE`. */
export function encodingLabel(encoding: TextEncodingName | string): string {
  return encoding.toUpperCase();
}

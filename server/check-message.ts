import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

/** Hocuspocus's outer message types and y-protocols' sync steps that carry a document update. */
const MESSAGE_SYNC = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/**
 * Why a client message must be refused before Hocuspocus handles it, or undefined if it may
 * pass. Yjs on its own swallows a malformed update (it logs and drops it), so a forged client
 * could keep sending garbage; decoding the update here lets the server close that connection.
 */
export function malformedMessage(message: Uint8Array): string | undefined {
  try {
    const decoder = decoding.createDecoder(message);
    decoding.readVarString(decoder);
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return undefined;
    const step = decoding.readVarUint(decoder);
    if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) return undefined;
    Y.decodeUpdate(decoding.readVarUint8Array(decoder));
    return undefined;
  } catch (error) {
    return `malformed update: ${error instanceof Error ? error.message : String(error)}`;
  }
}

import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

/**
 * Hocuspocus's outer message types that carry y-protocols sync messages (SyncReply is handled
 * exactly like Sync, so a forged client could use either), and the sync steps that carry a
 * document update.
 */
const MESSAGE_SYNC = 0;
const MESSAGE_SYNC_REPLY = 4;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/**
 * The document update a client message carries (sync step 2 or update), or undefined for a
 * message that carries none (sync step 1, awareness, auth…). Throws on a message that cannot be read.
 */
function readUpdate(message: Uint8Array): Uint8Array | undefined {
  const decoder = decoding.createDecoder(message);
  decoding.readVarString(decoder);
  const type = decoding.readVarUint(decoder);
  if (type !== MESSAGE_SYNC && type !== MESSAGE_SYNC_REPLY) return undefined;
  const step = decoding.readVarUint(decoder);
  if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) return undefined;
  return decoding.readVarUint8Array(decoder);
}

/**
 * Why a client message must be refused before Hocuspocus handles it, or undefined if it may
 * pass. Yjs on its own swallows a malformed update (it logs and drops it), so a forged client
 * could keep sending garbage; decoding the update here lets the server close that connection.
 */
export function malformedMessage(message: Uint8Array): string | undefined {
  try {
    const update = readUpdate(message);
    if (update) Y.decodeUpdate(update);
    return undefined;
  } catch (error) {
    return `malformed update: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** The document update in a client message that `malformedMessage` passed, if it carries one. */
export function messageUpdate(message: Uint8Array): Uint8Array | undefined {
  try {
    return readUpdate(message);
  } catch {
    return undefined;
  }
}

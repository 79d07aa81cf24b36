/** What one client may send, and how big a document may grow. Generous for briefings, small for abuse. */
export interface Limits {
  /** Largest WebSocket message, bytes (a whole imported article with its original fits). */
  readonly maxMessageBytes: number;
  /** Largest stored document (state plus unmerged updates), bytes. */
  readonly maxDocumentBytes: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxMessageBytes: 4 * 1024 * 1024,
  maxDocumentBytes: 64 * 1024 * 1024,
};

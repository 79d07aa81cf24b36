/** What went wrong with a write, in terms the UI can explain. */
export type StorageFailure = { readonly kind: 'quota' } | { readonly kind: 'other'; readonly message: string };

/** Dexie wraps IndexedDB errors; a full disk shows up as QuotaExceededError at some depth. */
export function classifyStorageError(error: unknown): StorageFailure {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const name = (e as { name?: unknown }).name;
    if (name === 'QuotaExceededError') return { kind: 'quota' };
    e = (e as { inner?: unknown; cause?: unknown }).inner ?? (e as { cause?: unknown }).cause;
  }
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'other', message };
}

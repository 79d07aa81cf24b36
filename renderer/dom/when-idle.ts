/**
 * Runs `run` at the browser's next idle moment, or after `timeoutMs` at the latest; where
 * `requestIdleCallback` is missing (jsdom, older engines) on the next task. Returns a cancel
 * function for effect clean-up.
 */
export function whenIdle(run: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(run, 0);
    return () => clearTimeout(timer);
  }
  const handle = requestIdleCallback(run, { timeout: timeoutMs });
  return () => cancelIdleCallback(handle);
}

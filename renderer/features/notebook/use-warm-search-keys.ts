import { useEffect } from 'react';
import { whenIdle } from '../../dom/when-idle';
import type { NotebookEntry, SearchKeys } from './notebook-model';

/** Time given to folding search texts per idle slice, so the page stays responsive meanwhile. */
const WARM_SLICE_MS = 8;

/**
 * Folds every entry's search text in slices after the list is on screen, so the first paint
 * does not wait for it and the first keystroke finds it done. The first slice waits for an idle
 * moment (at most half a second): it also builds the folding tables once per start, about 50 ms,
 * which must not land before the first paint. Typing before it finishes folds the rest on demand.
 */
export function useWarmSearchKeys(keys: SearchKeys, entries: readonly NotebookEntry[], ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    keys.prune(entries);
    let next = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slice = () => {
      const until = performance.now() + WARM_SLICE_MS;
      next = keys.warm(entries, next, () => performance.now() < until);
      if (next < entries.length) timer = setTimeout(slice, 0);
    };
    const cancelFirst = whenIdle(slice, 500);
    return () => {
      cancelFirst();
      clearTimeout(timer);
    };
  }, [keys, entries, ready]);
}

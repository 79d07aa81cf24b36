import { useCallback, useRef } from 'react';

/** A stack of inverse operations for Ctrl/Cmd+Z in the reader. */
export function useUndo(limit = 50) {
  const stack = useRef<Array<() => Promise<void>>>([]);
  const push = useCallback(
    (undo: () => Promise<void>) => {
      stack.current = [...stack.current.slice(-(limit - 1)), undo];
    },
    [limit],
  );
  const undo = useCallback(async (): Promise<boolean> => {
    const last = stack.current.pop();
    if (!last) return false;
    await last();
    return true;
  }, []);
  return { push, undo };
}

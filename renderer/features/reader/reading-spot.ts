import { useSyncExternalStore } from 'react';

/** The top block and the progress through the article (whole percent). */
export interface ReadingSpot {
  readonly blockId: string;
  readonly progress: number;
}

/** The current spot, outside React state: only the parts that show it re-render when it moves. */
export interface PositionStore {
  get(): ReadingSpot | undefined;
  subscribe(listener: () => void): () => void;
}

export function createPositionStore() {
  let current: ReadingSpot | undefined;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    /** True when the spot changed (another block, or another whole percent). */
    set(next: ReadingSpot): boolean {
      if (current?.blockId === next.blockId && current.progress === next.progress) return false;
      current = next;
      for (const listener of listeners) listener();
      return true;
    },
  };
}

/** The reading spot, re-rendering the caller only when it changes. */
export function useReadingSpot(store: PositionStore): ReadingSpot | undefined {
  return useSyncExternalStore(store.subscribe, store.get);
}

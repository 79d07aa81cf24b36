import { act } from 'react';

/** Lets React settle (lazy chunks, effects, IndexedDB) until `check` holds, or fails naming `what`. */
export async function waitFor(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
  throw new Error(`timed out waiting for ${what}; page: ${document.body.textContent}`);
}

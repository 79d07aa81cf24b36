import { z } from 'zod/mini';
import type { PizhuDb } from './db';
import type { NoteDraft } from './records';

/**
 * A note typed just before the page goes away. The draft is written to IndexedDB as it is typed
 * (debounced), but the last keystrokes' write may still be in flight when the window closes or
 * reloads, and the browser aborts it. So at `pagehide`/`beforeunload` the pending draft is also
 * copied synchronously into `localStorage`; at the next start every copy is moved into the
 * drafts table (unless that table already holds the same or a newer text) and removed.
 */
const PREFIX = 'pizhu-draft-rescue:';

const draftShape = z.object({
  id: z.string().check(z.minLength(1)),
  noteId: z.string().check(z.minLength(1)),
  articleId: z.string().check(z.minLength(1)),
  note: z.string(),
  tags: z.array(z.string()),
  baseModified: z.optional(z.string()),
  baseRevision: z.optional(z.number().check(z.int(), z.nonnegative())),
  updated: z.string().check(z.minLength(1)),
});

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** Keeps `draft` synchronously (best effort: a full or blocked storage keeps only the IndexedDB write). */
export function rescueDraft(draft: NoteDraft): void {
  try {
    storage()?.setItem(PREFIX + draft.id, JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the IndexedDB write is still on its way.
  }
}

/** The draft `id` was written to IndexedDB, saved as a note or discarded: its copy is no longer needed. */
export function forgetRescuedDraft(id: string): void {
  try {
    storage()?.removeItem(PREFIX + id);
  } catch {
    // Nothing to do: a leftover copy is adopted only when it is newer than the stored draft.
  }
}

/**
 * Moves every rescued draft into the drafts table: one whose id has no stored draft, or a
 * stored draft older than the copy, is written; the copy is removed once the table holds it.
 * A copy that is not a draft (edited by hand, another version's shape) is left where it is.
 * Returns how many drafts were written.
 */
export async function adoptRescuedDrafts(db: PizhuDb): Promise<number> {
  const store = storage();
  if (!store) return 0;
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  let written = 0;
  for (const key of keys) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(store.getItem(key) ?? '');
    } catch {
      continue;
    }
    const checked = draftShape.safeParse(parsed);
    if (!checked.success || PREFIX + checked.data.id !== key) continue;
    const draft: NoteDraft = checked.data;
    const wrote = await db.transaction('rw', db.drafts, async () => {
      const stored = await db.drafts.get(draft.id);
      if (stored && stored.updated >= draft.updated) return false;
      await db.drafts.put(draft);
      return true;
    });
    if (wrote) written++;
    store.removeItem(key);
  }
  return written;
}

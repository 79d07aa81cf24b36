import { useCallback, useEffect, useRef, useState } from 'react';
import { revisionOf, type AnnotationBody, type NoteVersion } from '../../../corpus/model';
import type { PizhuDb } from '../../store/db';
import { deleteDraft, draftKey, draftsOf, putDraft } from '../../store/drafts-repo';
import { forgetRescuedDraft, rescueDraft } from '../../store/draft-rescue';
import type { NoteDraft } from '../../store/records';
import { useServices } from '../../store/services';

/** Long enough to batch a burst of keystrokes, short enough that a crash loses at most a word. */
export const DRAFT_DEBOUNCE_MS = 300;

export interface DraftTarget {
  /** The note: an annotation id, or `articleNoteDraftId(articleId)`. */
  readonly noteId: string;
  readonly articleId: string;
  /** The stored note the editor started from, null for a note that does not exist yet. */
  readonly base: NoteVersion | null;
}

const LOCK_PREFIX = 'pizhu-draft:';

/** Names of the drafts an open editor (in any window of this profile) is writing right now. */
async function draftsInUse(): Promise<ReadonlySet<string>> {
  if (typeof navigator === 'undefined' || !navigator.locks) return new Set();
  const { held = [] } = await navigator.locks.query();
  return new Set(
    held
      .map((lock) => lock.name ?? '')
      .filter((name) => name.startsWith(LOCK_PREFIX))
      .map((name) => name.slice(LOCK_PREFIX.length)),
  );
}

/** The newest draft nobody is typing into now: one left by a closed, reloaded or crashed editor. */
async function leftOverDraft(db: PizhuDb, noteId: string): Promise<NoteDraft | null> {
  const [drafts, inUse] = await Promise.all([draftsOf(db, noteId), draftsInUse()]);
  return drafts.find((d) => !inUse.has(d.id)) ?? null;
}

/**
 * Persists an editor's text as it is typed (debounced) into the `drafts` table under a key of
 * its own (a Web Lock marks it as in use, so other windows leave it alone), writes pending
 * text at once when the editor closes or the page goes away, and adopts the draft an earlier
 * editor left (`found`: `undefined` while looking, `null` when there is none).
 */
export function useNoteDraft({ noteId, articleId, base }: DraftTarget) {
  const { db } = useServices();
  const [found, setFound] = useState<NoteDraft | null | undefined>(undefined);
  const [draftId, setDraftId] = useState<string>();
  const pending = useRef<NoteDraft | 'delete' | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const baseRef = useRef(base);

  useEffect(() => {
    let live = true;
    let release: (() => void) | undefined;
    const adopt = (draft: NoteDraft | null) => {
      if (!live) return;
      const id = draft?.id ?? draftKey(noteId, crypto.randomUUID());
      // Held until this editor goes away, so no other window adopts a draft being typed.
      void navigator.locks?.request(LOCK_PREFIX + id, () => new Promise<void>((done) => (release = done)));
      setDraftId(id);
      setFound(draft);
    };
    void leftOverDraft(db, noteId).then(adopt, () => adopt(null));
    return () => {
      live = false;
      release?.();
    };
  }, [db, noteId]);

  /** Writes pending text now; `unloading` also keeps a synchronous copy (the page may go before the write commits). */
  const flush = useCallback(
    (unloading = false) => {
      clearTimeout(timer.current);
      const next = pending.current;
      pending.current = undefined;
      if (next === undefined || draftId === undefined) return;
      if (next === 'delete') {
        forgetRescuedDraft(draftId);
        void deleteDraft(db, draftId).catch(() => undefined);
        return;
      }
      if (unloading) rescueDraft(next);
      // A failed draft write leaves the text in the editor (and any rescued copy); the next keystroke tries again.
      void putDraft(db, next).then(
        () => forgetRescuedDraft(next.id),
        () => undefined,
      );
    },
    [db, draftId],
  );

  /** Schedules the text to be kept (or, when it equals the saved note, the draft to go). */
  const record = useCallback(
    (body: AnnotationBody | undefined) => {
      if (draftId === undefined) return;
      const start = baseRef.current;
      pending.current =
        body === undefined
          ? 'delete'
          : {
              id: draftId,
              noteId,
              articleId,
              note: body.note,
              tags: [...body.tags],
              baseRevision: start ? revisionOf(start) : 0,
              ...(start ? { baseModified: start.modified } : {}),
              updated: new Date().toISOString(),
            };
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, DRAFT_DEBOUNCE_MS);
    },
    [articleId, draftId, noteId, flush],
  );

  /** Forgets this editor's draft now (after a save or a discard); nothing pending is written later. */
  const forget = useCallback(async () => {
    clearTimeout(timer.current);
    pending.current = undefined;
    if (draftId !== undefined) forgetRescuedDraft(draftId);
    if (draftId !== undefined) await deleteDraft(db, draftId);
  }, [db, draftId]);

  /** From now on drafts count from `next` (after "keep mine" the other window's version is the base). */
  const rebase = useCallback((next: NoteVersion | null) => {
    baseRef.current = next;
  }, []);

  useEffect(() => {
    const onPageHide = () => flush(true);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      flush();
    };
  }, [flush]);

  return { found, record, forget, flush, rebase };
}

/** True when a draft was written on top of an older version than the one stored now. */
export function draftIsStale(draft: NoteDraft, stored: NoteVersion | null): boolean {
  if (!stored) return false;
  return (draft.baseRevision ?? 0) !== revisionOf(stored) || (draft.baseModified !== undefined && draft.baseModified !== stored.modified);
}

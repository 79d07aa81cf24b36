import type { AnnotationBody } from './annotation';

/** What a save needs to know about a note: its counter, its time and its text. */
export interface NoteVersion {
  readonly revision?: number;
  readonly modified: string;
  readonly body: AnnotationBody;
}

/** A note's save counter; notes written before revisions existed read as 0. */
export function revisionOf(note: { readonly revision?: number }): number {
  return note.revision ?? 0;
}

/** The same note text and the same tags in the same order. */
export function sameBody(a: AnnotationBody, b: AnnotationBody): boolean {
  return a.note === b.note && a.tags.length === b.tags.length && a.tags.every((tag, i) => tag === b.tags[i]);
}

/** True when the stored note is still exactly the version an editor started from. */
export function unchangedSince(base: NoteVersion, stored: NoteVersion): boolean {
  // The time as well as the counter: a restored backup can bring back an old counter with other text.
  return revisionOf(stored) === revisionOf(base) && stored.modified === base.modified;
}

/**
 * What saving `mine` over the stored note must do, given the version the editor started from:
 * - `write` when nobody changed the text meanwhile (a colour changed elsewhere is kept), or
 *   the other window saved exactly this text;
 * - `conflict` when the stored text changed since `base`: both versions go to the user;
 * - `deleted` when the note is gone.
 * Pure; the caller runs it inside the write transaction, so nothing can slip in between.
 */
export function checkSave(base: NoteVersion, stored: NoteVersion | undefined, mine: AnnotationBody): 'write' | 'conflict' | 'deleted' {
  if (!stored) return 'deleted';
  if (unchangedSince(base, stored) || sameBody(stored.body, base.body) || sameBody(stored.body, mine)) return 'write';
  return 'conflict';
}

/**
 * "Keep both" for a note there is only one of (an article's note): their text, then mine, in
 * one note; tags of both, theirs first, none twice. Nothing either side wrote is dropped.
 */
export function combineBodies(theirs: AnnotationBody, mine: AnnotationBody): AnnotationBody {
  const note = [theirs.note, mine.note].filter((text) => text !== '').join('\n\n');
  return { note, tags: [...new Set([...theirs.tags, ...mine.tags])] };
}

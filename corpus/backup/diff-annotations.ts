import type { Annotation, ArticleNote } from '../model';
import { canonicalJson } from './canonical-json';

/** What one annotation would become if a backup or import file were applied. */
export type AnnotationChange =
  | { readonly kind: 'added'; readonly after: Annotation }
  | { readonly kind: 'replaced'; readonly before: Annotation; readonly after: Annotation; readonly fields: readonly ChangedField[] }
  | { readonly kind: 'removed'; readonly before: Annotation };

/** The parts of an annotation a person would notice changing. */
export type ChangedField = 'note' | 'tags' | 'color' | 'anchor';

/** Which visible parts differ between two versions of one annotation (empty: only timestamps). */
export function changedFields(before: Annotation, after: Annotation): ChangedField[] {
  const fields: ChangedField[] = [];
  if (before.body.note !== after.body.note) fields.push('note');
  if (canonicalJson(before.body.tags) !== canonicalJson(after.body.tags)) fields.push('tags');
  if (before.color !== after.color) fields.push('color');
  if (canonicalJson(before.target) !== canonicalJson(after.target)) fields.push('anchor');
  return fields;
}

const start = (a: Annotation): number => a.target.selector[1].start;

/**
 * Every annotation `incoming` would add, replace or (when it replaces the whole set, as a
 * restore does) remove, compared with `current`: by id, records compared as canonical JSON
 * (key order never makes a change). Unchanged ones are left out. Sorted by article, then by
 * position in the text, so the list reads like the articles. O(n log n).
 */
export function diffAnnotations(
  current: readonly Annotation[],
  incoming: readonly Annotation[],
  { removesMissing }: { readonly removesMissing: boolean },
): AnnotationChange[] {
  const changes = diffById(current, incoming, removesMissing).map((c): AnnotationChange =>
    c.kind === 'replaced' ? { ...c, fields: changedFields(c.before, c.after) } : c,
  );
  const subject = (c: AnnotationChange): Annotation => (c.kind === 'removed' ? c.before : c.after);
  return changes.sort((x, y) => {
    const a = subject(x);
    const b = subject(y);
    return a.target.source === b.target.source ? start(a) - start(b) || a.id.localeCompare(b.id) : a.target.source.localeCompare(b.target.source);
  });
}

/** What one article note would become: added, replaced (its text or tags differ) or removed. */
export type ArticleNoteChange =
  | { readonly kind: 'added'; readonly after: ArticleNote }
  | { readonly kind: 'replaced'; readonly before: ArticleNote; readonly after: ArticleNote }
  | { readonly kind: 'removed'; readonly before: ArticleNote };

/**
 * Every article note `incoming` would add, replace or (for a restore) remove, compared with
 * `current` as `diffAnnotations` does; sorted by article, then by when it was written.
 */
export function diffArticleNotes(
  current: readonly ArticleNote[],
  incoming: readonly ArticleNote[],
  { removesMissing }: { readonly removesMissing: boolean },
): ArticleNoteChange[] {
  const subject = (c: ArticleNoteChange): ArticleNote => (c.kind === 'removed' ? c.before : c.after);
  return diffById(current, incoming, removesMissing).sort((x, y) => {
    const a = subject(x);
    const b = subject(y);
    return a.articleId.localeCompare(b.articleId) || a.created.localeCompare(b.created) || a.id.localeCompare(b.id);
  });
}

type Change<T> =
  | { readonly kind: 'added'; readonly after: T }
  | { readonly kind: 'replaced'; readonly before: T; readonly after: T }
  | { readonly kind: 'removed'; readonly before: T };

/** By id, records compared as canonical JSON (key order never makes a change); unchanged ones left out. */
function diffById<T extends { readonly id: string }>(current: readonly T[], incoming: readonly T[], removesMissing: boolean): Change<T>[] {
  const now = new Map(current.map((a) => [a.id, a]));
  const next = new Set(incoming.map((a) => a.id));
  const changes: Change<T>[] = [];
  for (const after of incoming) {
    const before = now.get(after.id);
    if (!before) changes.push({ kind: 'added', after });
    else if (canonicalJson(before) !== canonicalJson(after)) changes.push({ kind: 'replaced', before, after });
  }
  if (removesMissing) for (const before of current) if (!next.has(before.id)) changes.push({ kind: 'removed', before });
  return changes;
}

/** Counts per kind, for a summary line. */
export function countChanges(changes: readonly { readonly kind: AnnotationChange['kind'] }[]): { added: number; replaced: number; removed: number } {
  const counts = { added: 0, replaced: 0, removed: 0 };
  for (const c of changes) counts[c.kind]++;
  return counts;
}

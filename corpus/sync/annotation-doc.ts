import * as Y from 'yjs';
import { annotationSchema } from '../backup/schemas';
import { formatPath } from '../backup/import-error';
import type { Annotation } from '../model';
import { applyTextChange } from './text-change';

/**
 * The binding between Pizhu's annotations and a Y document (one member's notes on a pack, or a
 * person's private space). Yjs does all syncing and merging; this file only decides the shape:
 *
 * - `annotations`: Y.Map id → Y.Map of one annotation. Scalar fields are plain values (last
 *   writer wins per field: colour, target, times); the note is a Y.Text (concurrent edits merge
 *   as text); tags are a Y.Map used as a set (concurrent adds both stay, a removal removes one).
 * - `deleted`: Y.Map id → ISO time. A tombstone: once an id is here it is never written again,
 *   so a laptop that was offline cannot bring a deleted note back by re-saving its old copy.
 */
export const ANNOTATIONS = 'annotations';
export const DELETED = 'deleted';

type Entry = Y.Map<unknown>;

const annotationsOf = (doc: Y.Doc) => doc.getMap<Entry>(ANNOTATIONS);
const deletedOf = (doc: Y.Doc) => doc.getMap<string>(DELETED);

const SCALARS = ['kind', 'target', 'color', 'created', 'modified', 'revision'] as const;

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function writeFields(entry: Entry, a: Annotation): void {
  for (const key of SCALARS) {
    const value = a[key];
    if (value === undefined) {
      if (entry.has(key)) entry.delete(key);
    } else if (!sameJson(entry.get(key), value)) {
      entry.set(key, value);
    }
  }
  let note = entry.get('note');
  if (!(note instanceof Y.Text)) {
    note = new Y.Text();
    entry.set('note', note);
  }
  const text = note as Y.Text;
  applyTextChange(text, text.toString(), a.body.note);
  let tags = entry.get('tags');
  if (!(tags instanceof Y.Map)) {
    tags = new Y.Map<true>();
    entry.set('tags', tags);
  }
  const set = tags as Y.Map<true>;
  const wanted = new Set(a.body.tags);
  for (const tag of [...set.keys()]) if (!wanted.has(tag)) set.delete(tag);
  for (const tag of a.body.tags) if (!set.has(tag)) set.set(tag, true);
}

export type WriteOutcome = 'written' | 'deleted-elsewhere';

/**
 * Writes the local version of an annotation into the document (creating it if new), changing
 * only what differs. Refused for an id that was deleted (on any device): `'deleted-elsewhere'`.
 */
export function writeAnnotation(doc: Y.Doc, a: Annotation, origin: unknown = null): WriteOutcome {
  if (deletedOf(doc).has(a.id)) return 'deleted-elsewhere';
  doc.transact(() => {
    const all = annotationsOf(doc);
    let entry = all.get(a.id);
    if (!(entry instanceof Y.Map)) {
      entry = new Y.Map<unknown>();
      all.set(a.id, entry);
    }
    writeFields(entry, a);
  }, origin);
  return 'written';
}

/** Deletes for good: the entry goes and a tombstone stays. */
export function deleteAnnotation(doc: Y.Doc, id: string, at: string, origin: unknown = null): void {
  doc.transact(() => {
    deletedOf(doc).set(id, at);
    annotationsOf(doc).delete(id);
  }, origin);
}

/**
 * Unpublishes every note of a published-notes document (the owner stopped contributing to the
 * pack): the entries go, with no tombstones, so the notes themselves — kept in the owner's own
 * store — are not deleted and can be published again. Tombstones already there stay.
 */
export function unpublishAll(doc: Y.Doc, origin: unknown = null): void {
  doc.transact(() => {
    const all = annotationsOf(doc);
    for (const id of [...all.keys()]) all.delete(id);
  }, origin);
}

/** One entry the document holds that is not a valid annotation (a newer app, a forged update). */
export interface InvalidEntry {
  readonly id: string;
  readonly problem: string;
}

export interface AnnotationsRead {
  readonly annotations: Annotation[];
  readonly invalid: InvalidEntry[];
  readonly deleted: ReadonlySet<string>;
}

function entryToRecord(id: string, entry: Entry): unknown {
  const note = entry.get('note');
  const tags = entry.get('tags');
  const record: Record<string, unknown> = {
    id,
    body: { note: note instanceof Y.Text ? note.toString() : note, tags: tags instanceof Y.Map ? [...tags.keys()].sort() : tags },
  };
  for (const key of SCALARS) if (entry.has(key)) record[key] = entry.get(key);
  return record;
}

/**
 * Every annotation in the document, validated with the same schema as backups: what a
 * colleague's app (or a forged update) put there is checked before the UI sees it. Tags come
 * back sorted (a set has no order); a tombstoned id is never returned even if an entry survived.
 */
export function readAnnotations(doc: Y.Doc): AnnotationsRead {
  const deleted = new Set(deletedOf(doc).keys());
  const annotations: Annotation[] = [];
  const invalid: InvalidEntry[] = [];
  annotationsOf(doc).forEach((_entry, id) => {
    const read = readAnnotation(doc, id);
    if (read === 'deleted' || read === 'absent') return;
    if ('problem' in read) invalid.push(read);
    else annotations.push(read);
  });
  annotations.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { annotations, invalid, deleted };
}

/** One annotation by id: the annotation, `'deleted'` (tombstoned), `'absent'`, or the problem with it. */
export function readAnnotation(doc: Y.Doc, id: string): Annotation | 'deleted' | 'absent' | InvalidEntry {
  if (deletedOf(doc).has(id)) return 'deleted';
  const entry = annotationsOf(doc).get(id);
  if (entry === undefined) return 'absent';
  if (!(entry instanceof Y.Map)) return { id, problem: 'not an annotation entry' };
  const parsed = annotationSchema.safeParse(entryToRecord(id, entry));
  return parsed.success ? parsed.data : { id, problem: parsed.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('; ') };
}

/** Ids whose entries a transaction changed (for a binding that re-reads only those). */
export function changedAnnotationIds(events: readonly Y.YEvent<Y.AbstractType<unknown>>[]): Set<string> {
  const ids = new Set<string>();
  const root = (t: Y.AbstractType<unknown>) => t.doc?.getMap(ANNOTATIONS);
  for (const event of events) {
    if (event.target === root(event.target)) {
      for (const key of event.changes.keys.keys()) ids.add(key);
      continue;
    }
    // A nested change: walk up to the entry directly under `annotations`.
    let type: Y.AbstractType<unknown> | null = event.target;
    while (type && type._item && type._item.parent !== root(event.target)) type = type._item.parent as Y.AbstractType<unknown>;
    const key = type?._item?.parentSub;
    if (key) ids.add(key);
  }
  return ids;
}

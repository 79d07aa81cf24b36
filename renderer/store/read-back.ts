import { z } from 'zod/mini';
import {
  annotationSchema,
  articleNoteSchema,
  articleVersionSchema,
  backedUpArticleSchema,
  isoTimestampSchema,
  quickAnnotation,
  quickBackedUpArticle,
  readingPositionSchema,
  trashedAnnotationSchema,
  trashedArticleSchema,
  zodIssuesToImportErrors,
  type ImportError,
} from '../../corpus/backup';
import type { PizhuDb } from './db';
import type { NoteDraft } from './records';

/**
 * The tables whose records are checked as they are read back: every table of the user's data
 * (the same schemas as backups; drafts, which no backup holds, have their own).
 */
export type CheckedTable = 'annotations' | 'articleNotes' | 'importedArticles' | 'trash' | 'articleTrash' | 'articleVersions' | 'drafts' | 'readingPositions';

export const CHECKED_TABLES: readonly CheckedTable[] = [
  'annotations',
  'articleNotes',
  'importedArticles',
  'trash',
  'articleTrash',
  'articleVersions',
  'drafts',
  'readingPositions',
];

/** A note being typed as the drafts table keeps it (`NoteDraft`). */
export const noteDraftSchema: z.ZodMiniType<NoteDraft> = z.object({
  id: z.string().check(z.minLength(1)),
  noteId: z.string().check(z.minLength(1)),
  articleId: z.string().check(z.minLength(1)),
  note: z.string(),
  tags: z.array(z.string()),
  baseModified: z.optional(isoTimestampSchema),
  baseRevision: z.optional(z.number().check(z.int(), z.nonnegative())),
  updated: isoTimestampSchema,
});

/**
 * A stored record that failed its schema on read: skipped by every view, never deleted, and
 * listed for the user by table, id and field (`target.selector[0].exact`).
 */
export interface BadRecord {
  readonly table: CheckedTable;
  /** The record's id, or `?` when the id itself is what is broken. */
  readonly id: string;
  readonly errors: readonly ImportError[];
}

const SCHEMAS: Record<CheckedTable, z.ZodMiniType> = {
  annotations: annotationSchema,
  articleNotes: articleNoteSchema,
  importedArticles: backedUpArticleSchema,
  trash: trashedAnnotationSchema,
  articleTrash: trashedArticleSchema,
  articleVersions: articleVersionSchema,
  drafts: noteDraftSchema,
  readingPositions: readingPositionSchema,
};

/**
 * Hand-written fast paths for the two big tables (`corpus/backup/quick-checks.ts`): a record they
 * accept is one the schema accepts; any other goes to the schema, which decides and says why.
 */
const QUICK: Partial<Record<CheckedTable, (record: unknown) => boolean>> = { annotations: quickAnnotation, importedArticles: quickBackedUpArticle };

/** Each table's primary key (article versions are keyed `${articleId}:${contentHash}`, reading positions by article). */
const KEY_FIELD: Partial<Record<CheckedTable, string>> = { articleVersions: 'key', readingPositions: 'articleId' };
const idOf = (table: CheckedTable, record: unknown): string => {
  const id = typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[KEY_FIELD[table] ?? 'id'] : undefined;
  return typeof id === 'string' ? id : '?';
};

/**
 * What identifies one version of a record cheaply: a changed record (the app's own writes bump
 * `modified`, `revision` or the content hash) is checked again, an unchanged one is not. Live
 * queries re-read every annotation on each write; re-validating 10,000 each time would cost
 * about 100 ms of main thread per keystroke-save.
 */
function versionOf(record: unknown): string {
  if (typeof record !== 'object' || record === null) return `!${String(record)}`;
  const r = record as Record<string, unknown>;
  const body = r.body as { note?: unknown; tags?: unknown } | undefined;
  const target = r.target as { source?: unknown; selector?: unknown } | undefined;
  // Trash entries, article versions and drafts: written once each (a draft's `updated` moves
  // with every keystroke-save); what they hold is identified by their time and its size.
  const inner = (r.annotation ?? r.article) as { modified?: unknown; contentHash?: unknown; id?: unknown } | undefined;
  const held = (list: unknown) => (Array.isArray(list) ? list.length : list);
  return JSON.stringify([
    r.deletedAt,
    r.replacedAt,
    r.updated,
    r.noteId,
    typeof r.note === 'string' ? r.note.length : r.note,
    held(r.annotations),
    held(r.articleNotes),
    inner?.id,
    inner?.modified,
    inner?.contentHash,
    r.modified,
    r.revision,
    r.contentHash,
    r.importedAt,
    r.color,
    r.articleId,
    target?.source,
    typeof body?.note === 'string' ? body.note.length : body?.note,
    Array.isArray(body?.tags) ? body.tags.length : body?.tags,
    Array.isArray(target?.selector) ? target.selector.length : target?.selector,
  ]);
}

interface Verdict {
  readonly version: string;
  readonly errors?: readonly ImportError[];
}

interface ReadBackState {
  readonly verdicts: Record<CheckedTable, Map<string, Verdict>>;
  problems: readonly BadRecord[];
  readonly listeners: Set<() => void>;
}

const states = new WeakMap<PizhuDb, ReadBackState>();

function stateOf(db: PizhuDb): ReadBackState {
  let state = states.get(db);
  if (!state) {
    const verdicts = Object.fromEntries(CHECKED_TABLES.map((table) => [table, new Map<string, Verdict>()])) as Record<CheckedTable, Map<string, Verdict>>;
    state = { verdicts, problems: [], listeners: new Set() };
    states.set(db, state);
  }
  return state;
}

const problemKey = (p: Pick<BadRecord, 'table' | 'id'>) => `${p.table}/${p.id}`;

/**
 * Keeps the records of `table` that pass its schema, in order, and records the ones that do
 * not as problems (`useRecordProblems`). `complete` says the records are the whole table, so a
 * problem whose record is gone is dropped too. O(records); each version of a record is
 * validated once per session.
 */
export function checkRecords<T>(db: PizhuDb, table: CheckedTable, records: readonly T[], complete = false): T[] {
  const state = stateOf(db);
  const verdicts = state.verdicts[table];
  const good: T[] = [];
  const checked = new Set<string>();
  const bad: BadRecord[] = [];
  for (const record of records) {
    const id = idOf(table, record);
    checked.add(id);
    const version = versionOf(record);
    let verdict = verdicts.get(id);
    if (verdict?.version !== version || id === '?') {
      const parsed = QUICK[table]?.(record) === true ? undefined : SCHEMAS[table].safeParse(record);
      verdict = parsed === undefined || parsed.success ? { version } : { version, errors: zodIssuesToImportErrors(parsed.error.issues) };
      if (id !== '?') verdicts.set(id, verdict);
    }
    if (verdict.errors) bad.push({ table, id, errors: verdict.errors });
    else good.push(record);
  }
  const keep = state.problems.filter((p) => p.table !== table || (!complete && !checked.has(p.id)));
  const next = [...keep, ...bad];
  const same = next.length === state.problems.length && next.every((p) => state.problems.some((q) => problemKey(q) === problemKey(p) && q.errors === p.errors));
  if (!same) {
    state.problems = next;
    for (const listener of state.listeners) listener();
  }
  return good;
}

/** One record (`get`): the record if it passes, else undefined (and it is listed as a problem). */
export function checkRecord<T>(db: PizhuDb, table: CheckedTable, record: T | undefined): T | undefined {
  return record === undefined ? undefined : checkRecords(db, table, [record])[0];
}

/** The stored records that failed validation so far (no React here: the backup worker imports this module). */
export function recordProblems(db: PizhuDb): readonly BadRecord[] {
  return stateOf(db).problems;
}

/** Calls `listener` whenever the problems change; returns the unsubscribe. */
export function subscribeRecordProblems(db: PizhuDb, listener: () => void): () => void {
  const state = stateOf(db);
  state.listeners.add(listener);
  return () => state.listeners.delete(listener);
}

/** The records that fail their table's schema (no cache, no problem list): what a restore must not clear. */
export function failingRecords<T>(table: CheckedTable, records: readonly T[]): T[] {
  return records.filter((record) => !SCHEMAS[table].safeParse(record).success);
}

import { editedFields, metaCorrectionSchema, type MetaCorrection, type MetaCorrectionFields } from '../../corpus/corrections';
import { formatImportError, zodIssuesToImportErrors, type ImportError } from '../../corpus/backup';
import { err, ok, type Result } from '../../corpus/model';
import type { PizhuDb } from './db';

/** A stored correction that failed validation on read: shown as a notice, never applied. */
export interface BadCorrection {
  readonly articleId: string;
  /** `fields.date: expected YYYY-MM-DD or YYYY`, one per broken field (English, for logs). */
  readonly errors: readonly string[];
  /** The same by code, for the UI to say in the user's language (`describeImportError`). */
  readonly issues: readonly ImportError[];
}

/** The corrections that passed validation, by article id, and the ones that did not. */
export interface CorrectionsRead {
  readonly byId: ReadonlyMap<string, MetaCorrection>;
  readonly bad: readonly BadCorrection[];
}

export const NO_CORRECTIONS: CorrectionsRead = { byId: new Map(), bad: [] };

const articleIdOf = (record: unknown): string => {
  const id = typeof record === 'object' && record !== null ? (record as { articleId?: unknown }).articleId : undefined;
  return typeof id === 'string' ? id : '?';
};

/**
 * Validates records read back from IndexedDB (another release, a damaged profile or a
 * hand-edited database could have written them): good ones are kept, bad ones are reported
 * with the fields that are wrong, so one bad record never breaks a view. O(records).
 */
export function readCorrections(records: readonly unknown[]): CorrectionsRead {
  const byId = new Map<string, MetaCorrection>();
  const bad: BadCorrection[] = [];
  for (const record of records) {
    const parsed = metaCorrectionSchema.safeParse(record);
    if (parsed.success) byId.set(parsed.data.articleId, parsed.data);
    else {
      const issues = zodIssuesToImportErrors(parsed.error.issues);
      bad.push({ articleId: articleIdOf(record), errors: issues.map(formatImportError), issues });
    }
  }
  return { byId, bad };
}

/** Every stored correction, validated. */
export async function loadCorrections(db: PizhuDb): Promise<CorrectionsRead> {
  return readCorrections(await db.metaCorrections.toArray());
}

/** What a save replaced, so the change can be undone. */
export interface SavedCorrection {
  /** The record now stored; null when the save cleared every field. */
  readonly current: MetaCorrection | null;
  readonly previous: MetaCorrection | null;
}

/**
 * Stores the user's correction of one article (validated first: a bad value never reaches
 * the database). A correction with no fields left removes the record: the article shows its
 * inferred meta again.
 */
export async function saveMetaCorrection(
  db: PizhuDb,
  article: { readonly id: string; readonly fileName: string },
  fields: MetaCorrectionFields,
  now = new Date(),
): Promise<Result<SavedCorrection, ImportError[]>> {
  const record: MetaCorrection = { articleId: article.id, fileName: article.fileName, fields, modified: now.toISOString() };
  const checked = metaCorrectionSchema.safeParse(record);
  if (!checked.success) return err(zodIssuesToImportErrors(checked.error.issues));
  return db.transaction('rw', db.metaCorrections, async () => {
    const before = await db.metaCorrections.get(article.id);
    const previous = before && metaCorrectionSchema.safeParse(before).success ? before : null;
    if (editedFields(checked.data.fields).length === 0) {
      await db.metaCorrections.delete(article.id);
      return ok({ current: null, previous });
    }
    await db.metaCorrections.put(checked.data);
    return ok({ current: checked.data, previous });
  });
}

/** Puts back what a save replaced (the toast's Undo): the previous record, or none. */
export async function restoreMetaCorrection(db: PizhuDb, articleId: string, previous: MetaCorrection | null): Promise<void> {
  await db.transaction('rw', db.metaCorrections, async () => {
    if (previous) await db.metaCorrections.put(previous);
    else await db.metaCorrections.delete(articleId);
  });
}

/**
 * Inside an import transaction: for each newly added article that has no correction of its
 * own, copies the newest valid correction made for a file of the same name. That is the
 * case of a file re-imported after its text was fixed: new text, new hash, new id, but the
 * user's title and source still apply. Returns the ids that received a copy.
 */
export async function carryOverCorrections(
  db: PizhuDb,
  added: readonly { readonly id: string; readonly fileName: string }[],
  now = new Date(),
): Promise<string[]> {
  const carried: string[] = [];
  for (const article of added) {
    if (await db.metaCorrections.get(article.id)) continue;
    const sameName = readCorrections(await db.metaCorrections.where('fileName').equals(article.fileName).toArray());
    const newest = [...sameName.byId.values()].sort((a, b) => b.modified.localeCompare(a.modified))[0];
    if (!newest) continue;
    await db.metaCorrections.put({ articleId: article.id, fileName: article.fileName, fields: newest.fields, modified: now.toISOString() });
    carried.push(article.id);
  }
  return carried;
}

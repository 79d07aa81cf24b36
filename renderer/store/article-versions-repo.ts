import { useLiveQuery } from 'dexie-react-hooks';
import { describeRange, resolveAll, type EarlierText } from '../../corpus/anchoring';
import { articleText, err, ok, type Result } from '../../corpus/model';
import type { Host } from '../host/host';
import { backUpNow } from './backup-repo';
import type { PizhuDb } from './db';
import type { ArticleVersion, ImportedArticle, StoredAnnotation } from './records';
import { useServices } from './services';

/** What happens to one annotation when its article takes the new text. */
export type CarriedKind = 'kept' | 'moved' | 'orphan';

/** Annotations counted by what the update does to them. */
export interface UpdateCounts {
  /** Still on the same passage at the same place. */
  readonly kept: number;
  /** On the same passage, which is now somewhere else (or slightly changed): selectors rewritten. */
  readonly moved: number;
  /** Passage not found with confidence: stored untouched, shown as unanchored, re-attachable. */
  readonly orphan: number;
}

/** An update of an existing article from a changed file, computed before anything is written. */
export interface UpdatePlan {
  readonly existing: ImportedArticle;
  /** The new text under the existing article's id (and its place in the library). */
  readonly next: ImportedArticle;
  readonly counts: UpdateCounts;
  /** Annotations whose stored selectors are rewritten to the new text. */
  readonly rewritten: readonly StoredAnnotation[];
  /** The same annotations as they were stored before (what undo puts back). */
  readonly before: readonly StoredAnnotation[];
  /** Kind per annotation id, for lists and tests. */
  readonly kinds: ReadonlyMap<string, CarriedKind>;
}

/** `${articleId}:${contentHash}`: a text is kept once per article however often it returns. */
export const versionKey = (articleId: string, contentHash: string): string => `${articleId}:${contentHash}`;

/**
 * Re-anchors every annotation of `existing` on `incoming`'s text (resolveAll with the earlier
 * texts: the diff from the text each note was made on, else quote with context, else orphan)
 * and says what the update would do. Anchored notes get
 * fresh selectors on the new text (quote, context and position, with the new hash), so the
 * next load is an 'exact-position' hit; orphans stay as stored. Pure apart from one read.
 */
export async function planArticleUpdate(db: PizhuDb, existing: ImportedArticle, incoming: ImportedArticle): Promise<UpdatePlan> {
  const annotations = await db.annotations.where('articleId').equals(existing.id).toArray();
  const next: ImportedArticle = { ...incoming, id: existing.id, importedAt: existing.importedAt };
  const text = articleText(next.blocks);
  const oldText = articleText(existing.blocks);
  // Every text a note may have been made on: the current one and the versions it replaced, so
  // each note follows its own words through the diff rather than the best-fitting copy of them.
  const versions = await db.articleVersions.where('articleId').equals(existing.id).toArray();
  const earlier: EarlierText[] = [{ hash: existing.contentHash, text: oldText }, ...versions.map((v) => ({ hash: v.article.contentHash, text: articleText(v.article.blocks) }))];
  const results = resolveAll(text, next.contentHash, annotations.map((a) => a.target), earlier);
  const kinds = new Map<string, CarriedKind>();
  const rewritten: StoredAnnotation[] = [];
  const before: StoredAnnotation[] = [];
  const counts = { kept: 0, moved: 0, orphan: 0 };
  results.forEach((result, i) => {
    const annotation = annotations[i]!;
    if (result.status === 'orphan') {
      kinds.set(annotation.id, 'orphan');
      counts.orphan++;
      return;
    }
    const [, position] = annotation.target.selector;
    // "In place" is what the reader sees: the same words at the same offsets (an edit further
    // down the article). Anything else moved and is listed as such.
    const samePlace = position.start === result.start && position.end === result.end && oldText.slice(position.start, position.end) === text.slice(result.start, result.end);
    const kind: CarriedKind = samePlace ? 'kept' : 'moved';
    kinds.set(annotation.id, kind);
    counts[kind]++;
    const { quote, position: newPosition } = describeRange(text, result.start, result.end);
    rewritten.push({ ...annotation, target: { ...annotation.target, contentHash: next.contentHash, selector: [quote, newPosition] } });
    before.push(annotation);
  });
  return { existing, next, counts, rewritten, before, kinds };
}

/** Why an update was not written (nothing changed). */
export type UpdateRefusal =
  | { readonly reason: 'backup-failed'; readonly detail: string }
  /** The article changed, was updated or removed since the plan was made (another window). */
  | { readonly reason: 'stale' };

/**
 * Writes a planned update: first a safety backup (if that fails nothing is written), then, in
 * one transaction, the old text into `articleVersions`, the new text under the same id, and
 * the rewritten selectors. Refused as stale if the article is no longer the planned one.
 */
export async function commitArticleUpdate(
  db: PizhuDb,
  host: Host,
  plan: UpdatePlan,
  appVersion: string,
  now = new Date(),
): Promise<Result<{ readonly safetyBackup: string; readonly replacedAt: string }, UpdateRefusal>> {
  const safety = await backUpNow(db, host, appVersion, { now, pin: true });
  if ('error' in safety) return err({ reason: 'backup-failed', detail: safety.error });
  const written = await db.transaction('rw', [db.importedArticles, db.annotations, db.articleVersions], async () => {
    const current = await db.importedArticles.get(plan.existing.id);
    if (!current || current.contentHash !== plan.existing.contentHash) return false;
    const version: ArticleVersion = { key: versionKey(current.id, current.contentHash), articleId: current.id, article: current, replacedAt: now.toISOString() };
    await db.articleVersions.put(version);
    await db.importedArticles.put(plan.next);
    // Only notes still as planned are rewritten: one edited meanwhile keeps the user's edit
    // (its stored quote re-anchors on load like any other).
    const stored = await db.annotations.bulkGet(plan.rewritten.map((a) => a.id));
    await db.annotations.bulkPut(plan.rewritten.filter((a, i) => stored[i]?.modified === a.modified));
    return true;
  });
  return written ? ok({ safetyBackup: safety.name, replacedAt: now.toISOString() }) : err({ reason: 'stale' });
}

const sameTarget = (a: StoredAnnotation, b: StoredAnnotation): boolean => JSON.stringify(a.target) === JSON.stringify(b.target);

/**
 * Undoes a committed update (the toast's and the dialog's "undo"), in one transaction: the old
 * text back under the same id, the notes' selectors as they were, the version entry the
 * update wrote removed. A note changed since the update (re-attached, edited) keeps its
 * change. Refused (false) when the article no longer holds the new text.
 */
export async function undoArticleUpdate(db: PizhuDb, plan: UpdatePlan, replacedAt: string): Promise<boolean> {
  return db.transaction('rw', [db.importedArticles, db.annotations, db.articleVersions], async () => {
    const current = await db.importedArticles.get(plan.next.id);
    if (!current || current.contentHash !== plan.next.contentHash) return false;
    await db.importedArticles.put(plan.existing);
    const key = versionKey(plan.existing.id, plan.existing.contentHash);
    if ((await db.articleVersions.get(key))?.replacedAt === replacedAt) await db.articleVersions.delete(key);
    const stored = await db.annotations.bulkGet(plan.rewritten.map((a) => a.id));
    await db.annotations.bulkPut(plan.before.filter((_, i) => {
      const now = stored[i];
      return now !== undefined && now.modified === plan.rewritten[i]!.modified && sameTarget(now, plan.rewritten[i]!);
    }));
    return true;
  });
}

/** Earlier texts of one article, newest first, live (the reader's "earlier versions"). */
export function useArticleVersions(articleId: string): readonly ArticleVersion[] | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => (await db.articleVersions.where('articleId').equals(articleId).sortBy('replacedAt')).reverse(), [db, articleId]);
}

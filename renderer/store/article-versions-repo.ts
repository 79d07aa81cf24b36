import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef } from 'react';
import { describeRange, resolveAll, type EarlierText } from '../../corpus/anchoring';
import { articleText, err, ok, type Result } from '../../corpus/model';
import type { Host } from '../host/host';
import { backUpNow } from './backup-repo';
import type { PizhuDb } from './db';
import type { ArticleVersion, ImportedArticle, StoredAnnotation } from './records';
import { useServices } from './services';
import { versionKey } from './version-key';

export { versionKey };

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
  const earlier: EarlierText[] = [
    { hash: existing.contentHash, text: oldText },
    ...versions.map((v) => ({ hash: v.article.contentHash, text: articleText(v.article.blocks) })),
  ];
  const results = resolveAll(
    text,
    next.contentHash,
    annotations.map((a) => a.target),
    earlier,
  );
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
    const samePlace =
      position.start === result.start && position.end === result.end && oldText.slice(position.start, position.end) === text.slice(result.start, result.end);
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
    const version: ArticleVersion = {
      key: versionKey(current.id, current.contentHash),
      articleId: current.id,
      article: current,
      replacedAt: now.toISOString(),
    };
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
    await db.annotations.bulkPut(
      plan.before.filter((_, i) => {
        const now = stored[i];
        return now !== undefined && now.modified === plan.rewritten[i]!.modified && sameTarget(now, plan.rewritten[i]!);
      }),
    );
    return true;
  });
}

/** Earlier texts of one article, newest first, live (the reader's "earlier versions"). */
export function useArticleVersions(articleId: string): readonly ArticleVersion[] | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => (await db.articleVersions.where('articleId').equals(articleId).sortBy('replacedAt')).reverse(), [db, articleId]);
}

/** Anything stored on an article's text: its target names the text it was made on. */
interface OnText {
  readonly target: { readonly contentHash: string };
}

const NO_EARLIER: readonly EarlierText[] = [];

/** Keys of the replaced versions these notes were made on (none when every note is on the current text). */
function neededVersionKeys(article: Pick<ImportedArticle, 'id' | 'contentHash'>, notes: readonly OnText[]): string[] {
  const hashes = new Set<string>();
  for (const note of notes) if (note.target.contentHash !== article.contentHash) hashes.add(note.target.contentHash);
  return [...hashes].sort().map((hash) => versionKey(article.id, hash));
}

async function readEarlierTexts(db: PizhuDb, keys: readonly string[]): Promise<EarlierText[]> {
  if (keys.length === 0) return [];
  const versions = await db.articleVersions.bulkGet([...keys]);
  return versions.flatMap((v) => (v ? [{ hash: v.article.contentHash, text: articleText(v.article.blocks) }] : []));
}

/**
 * The earlier texts anchoring needs for each article (`anchorArticle`'s `earlier`): only the
 * replaced versions some note was made on, read in one `bulkGet`. An article whose notes are all
 * on its current text costs nothing and is absent from the map (the notebook with thousands of
 * articles reads only what an update left behind).
 */
export async function loadEarlierTexts(
  db: PizhuDb,
  articles: readonly Pick<ImportedArticle, 'id' | 'contentHash'>[],
  notes: readonly { readonly target: { readonly source: string; readonly contentHash: string } }[],
): Promise<Map<string, readonly EarlierText[]>> {
  const byArticle = new Map<string, OnText[]>();
  for (const note of notes) {
    const list = byArticle.get(note.target.source);
    if (list) list.push(note);
    else byArticle.set(note.target.source, [note]);
  }
  const wanted = articles.flatMap((article) => neededVersionKeys(article, byArticle.get(article.id) ?? []).map((key) => [article.id, key] as const));
  const out = new Map<string, EarlierText[]>();
  if (wanted.length === 0) return out;
  const versions = await db.articleVersions.bulkGet(wanted.map(([, key]) => key));
  versions.forEach((v, i) => {
    if (!v) return;
    const articleId = wanted[i]![0];
    const earlier = { hash: v.article.contentHash, text: articleText(v.article.blocks) };
    const list = out.get(articleId);
    if (list) list.push(earlier);
    else out.set(articleId, [earlier]);
  });
  return out;
}

/**
 * Live: the earlier texts one article's notes were made on, for `anchorArticle` (the reader,
 * colleague notes, export). `[]` at once, with no read, when every note is on the current text;
 * `undefined` while the versions an update left behind are read, so a caller can wait instead of
 * placing a note by its selectors alone for a frame.
 */
export function useEarlierTexts(
  article: Pick<ImportedArticle, 'id' | 'contentHash'>,
  notes: readonly OnText[] | undefined,
): readonly EarlierText[] | undefined {
  const { db } = useServices();
  const keys = neededVersionKeys(article, notes ?? []);
  const joined = keys.join('\u0000');
  const loaded = useLiveQuery(() => readEarlierTexts(db, joined === '' ? [] : joined.split('\u0000')), [db, joined]);
  // The texts read last, while a changed set of notes reads again: a note re-attached (now on
  // the current text) needs nothing new, so the view does not blink for a read.
  const last = useRef<readonly EarlierText[]>(NO_EARLIER);
  if (keys.length === 0) return NO_EARLIER;
  if (loaded !== undefined) {
    last.current = loaded;
    return loaded;
  }
  const held = new Set(last.current.map((e) => versionKey(article.id, e.hash)));
  return keys.every((key) => held.has(key)) ? last.current : undefined;
}

const NO_EARLIER_BY_ARTICLE: ReadonlyMap<string, readonly EarlierText[]> = new Map();

/**
 * Live, for the notebook: per article, the earlier texts its notes were made on
 * (`loadEarlierTexts`). One pass over the notes finds the few whose text was replaced; with none
 * the same empty map at once and no read, so the notebook's memoised steps are not re-run.
 * `undefined` while the versions are read.
 */
export function useEarlierTextsByArticle(
  articles: readonly Pick<ImportedArticle, 'id' | 'contentHash'>[],
  notes: readonly (OnText & { readonly articleId: string })[] | undefined,
): ReadonlyMap<string, readonly EarlierText[]> | undefined {
  const { db } = useServices();
  // Once per change of the articles or notes, not on every render of the view.
  const joined = useMemo(() => {
    const hashById = new Map(articles.map((a) => [a.id, a.contentHash]));
    const keys = new Set<string>();
    for (const note of notes ?? []) {
      const current = hashById.get(note.articleId);
      if (current !== undefined && note.target.contentHash !== current) keys.add(versionKey(note.articleId, note.target.contentHash));
    }
    return [...keys].sort().join('\u0001');
  }, [articles, notes]);
  const loaded = useLiveQuery(async () => {
    if (joined === '') return NO_EARLIER_BY_ARTICLE;
    const versions = await db.articleVersions.bulkGet(joined.split('\u0001'));
    const out = new Map<string, EarlierText[]>();
    for (const v of versions) {
      if (!v) continue;
      const list = out.get(v.articleId) ?? [];
      list.push({ hash: v.article.contentHash, text: articleText(v.article.blocks) });
      out.set(v.articleId, list);
    }
    return out;
  }, [db, joined]);
  return joined === '' ? NO_EARLIER_BY_ARTICLE : loaded;
}

import { z } from 'zod/mini';
import { annotationSchema, quickAnnotation } from '../../corpus/backup';
import type { Article } from '../../corpus/model';
import { readStamps, type StampGroup } from './change-stamps';
import type { PizhuDb } from './db';
import type { StoredAnnotation, SummaryRecord } from './records';

/**
 * The notebook's first paint from one record. Chromium answers one database's requests one
 * after another, and reading 2,000 imported articles and 5,000 notes record by record takes
 * about half a second before the notebook can draw anything; one record of the same notes
 * takes a few tens of milliseconds. The summary is derived data: it holds what the notebook
 * shows (titles, notes, which notes are unanchored), is written only from data read under the
 * same change stamps that are still current, and is used only while they are — any write to
 * notes, articles or corrections, by any path, rewrites a stamp in its own transaction
 * (change-stamps.ts). The full read replaces it moments later.
 */
export interface NotebookSummary {
  /** Every article in the library's order: its id and its title as shown (corrections applied). */
  readonly articles: readonly { readonly id: string; readonly title: string }[];
  readonly annotations: readonly StoredAnnotation[];
  /** The notes shown as unanchored. */
  readonly unanchored: readonly string[];
}

/** A summary as read back: with the key of the corpus and stamps it is current for (see `stampKeyOf`). */
export interface StoredNotebookSummary extends NotebookSummary {
  readonly stampKey: string;
}

/** One string for a corpus and a set of stamps: equal keys, same data (what a writer compares to skip rewriting). */
export function stampKeyOf(corpus: string, stamps: Partial<Record<StampGroup, string>>): string {
  return [corpus, ...NOTEBOOK_SUMMARY_GROUPS.map((g) => stamps[g] ?? '')].join('\u0003');
}

const SUMMARY_KEY = 'notebook';
const SUMMARY_VERSION = 1;
export const NOTEBOOK_SUMMARY_GROUPS: readonly StampGroup[] = ['annotations', 'articles', 'corrections'];
/** Below this many notes the full read is quick enough: no summary is kept. */
export const NOTEBOOK_SUMMARY_MIN_NOTES = 200;

const summarySchema = z.object({
  version: z.literal(SUMMARY_VERSION),
  articles: z.array(z.object({ id: z.string(), title: z.string() })),
  annotations: z.array(z.unknown()),
  unanchored: z.array(z.string()),
});

/** Identifies the bundled corpus a summary was made with: an upgrade that changes a sample changes it. */
export function corpusKeyOf(bundled: readonly Pick<Article, 'id' | 'contentHash' | 'meta'>[]): string {
  return bundled.map((a) => `${a.id}\u0001${a.contentHash}\u0001${a.meta.title}`).join('\u0002');
}

/** A note as the annotations table holds it: the quick check accepts it, or else the schema does. */
function isStoredAnnotation(v: unknown): v is StoredAnnotation {
  if (!quickAnnotation(v) && !annotationSchema.safeParse(v).success) return false;
  return typeof v === 'object' && v !== null && 'articleId' in v && typeof v.articleId === 'string' && v.articleId !== '';
}

const sameStamps = (a: Partial<Record<StampGroup, string>>, b: Readonly<Record<string, string>>): boolean =>
  NOTEBOOK_SUMMARY_GROUPS.every((g) => a[g] !== undefined && a[g] === b[g]);

/**
 * The summary record and the current stamps, read in one read-only transaction (so they agree)
 * and answered as soon as both reads are: both requests go out at once, and the answer does not
 * wait for the transaction's "complete" event. At a cold start the full reads' results hold the
 * main thread for hundreds of milliseconds, and each event queued behind them — a second read
 * issued after the first, then "complete" — waited that long (timing marks: the record arrived
 * in 100 ms, the transaction's answer 450 ms later).
 */
function readRecordAndStamps(db: PizhuDb): Promise<{ record: SummaryRecord | undefined; stamps: Partial<Record<StampGroup, string>> }> {
  return new Promise((resolve, reject) => {
    db.transaction('r', [db.summaries, db.changeStamps], () =>
      Promise.all([db.summaries.get(SUMMARY_KEY), readStamps(db, NOTEBOOK_SUMMARY_GROUPS)]).then(([record, stamps]) => resolve({ record, stamps })),
    ).catch(reject);
  });
}

/**
 * The stored summary when it is current (its stamps are the stored ones, same corpus) and every
 * note in it passes the same check as a note read from its table; otherwise undefined, and
 * the notebook waits for the full read as before. Never throws.
 */
export async function readNotebookSummary(db: PizhuDb, corpus: string): Promise<StoredNotebookSummary | undefined> {
  try {
    const { record, stamps } = await readRecordAndStamps(db);
    if (!record || record.corpus !== corpus || !sameStamps(stamps, record.stamps)) return undefined;
    const parsed = summarySchema.safeParse(JSON.parse(record.json));
    if (!parsed.success) return undefined;
    const { annotations } = parsed.data;
    if (!annotations.every(isStoredAnnotation)) return undefined;
    return {
      articles: parsed.data.articles,
      annotations,
      unanchored: parsed.data.unanchored,
      stampKey: stampKeyOf(corpus, stamps),
    };
  } catch {
    return undefined;
  }
}

export type SummaryWrite = 'written' | 'stale' | 'too-few';

/**
 * Stores `summary`, derived from data read under `stamps`, if those are still the stored
 * stamps (checked in the writing transaction, so a write that lands in between wins).
 */
export async function writeNotebookSummary(
  db: PizhuDb,
  corpus: string,
  stamps: Partial<Record<StampGroup, string>>,
  summary: NotebookSummary,
): Promise<SummaryWrite> {
  // A summary kept from when there were more notes is already out of date: the writes that removed them moved the stamp.
  if (summary.annotations.length < NOTEBOOK_SUMMARY_MIN_NOTES) return 'too-few';
  const json = JSON.stringify({ version: SUMMARY_VERSION, ...summary });
  return db.transaction('rw', [db.summaries, db.changeStamps], async () => {
    const current = await readStamps(db, NOTEBOOK_SUMMARY_GROUPS);
    if (!sameStamps(stamps, current)) return 'stale';
    const kept: Record<string, string> = {};
    for (const g of NOTEBOOK_SUMMARY_GROUPS) kept[g] = current[g]!;
    await db.summaries.put({ key: SUMMARY_KEY, stamps: kept, corpus, json, written: new Date().toISOString() });
    return 'written';
  });
}

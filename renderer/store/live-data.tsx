import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { readStamps, type StampGroup } from './change-stamps';
import type { PizhuDb } from './db';
import { loadCorrections, type CorrectionsRead } from './meta-corrections-repo';
import type { StoredNotebookSummary } from './notebook-summary-repo';
import { checkRecords } from './read-back';
import type { ImportedArticle, StoredAnnotation } from './records';
import { useServices } from './services';

interface LiveData {
  readonly importedArticles: readonly ImportedArticle[] | undefined;
  readonly annotations: readonly StoredAnnotation[] | undefined;
  readonly corrections: CorrectionsRead | undefined;
  /** The notebook's one-record summary, read at start-up when the app opens on the notebook. */
  readonly notebookSummary: StoredNotebookSummary | undefined;
}

const LiveDataContext = createContext<LiveData | null>(null);

/**
 * Every imported article that passes its schema, oldest first (bad ones are listed, not shown).
 * Read from the table in key order and sorted here: reading through the `importedAt` index makes
 * IndexedDB look each record up from the index, noticeably slower for thousands of articles.
 */
const readImportedArticles = (db: PizhuDb) =>
  readStamped(db, 'articles', db.importedArticles, async () =>
    checkRecords(db, 'importedArticles', await db.importedArticles.toArray(), true).sort(byImportedAt),
  );
const byImportedAt = (a: ImportedArticle, b: ImportedArticle): number => (a.importedAt < b.importedAt ? -1 : a.importedAt > b.importedAt ? 1 : 0);
/** Every annotation that passes its schema (bad ones are listed, not shown). */
const readAnnotations = (db: PizhuDb) =>
  readStamped(db, 'annotations', db.annotations, async () => checkRecords(db, 'annotations', await db.annotations.toArray(), true));
const readCorrectionsStamped = (db: PizhuDb) => readStamped(db, 'corrections', db.metaCorrections, () => loadCorrections(db));

/** The change stamp each shared read was made under (same transaction), by the object it returned. */
const stampByRead = new WeakMap<object, string>();

/** Runs `read` and reads its group's change stamp in one transaction, and remembers the stamp for the result. */
async function readStamped<T extends object>(
  db: PizhuDb,
  group: StampGroup,
  table: PizhuDb['annotations'] | PizhuDb['importedArticles'] | PizhuDb['metaCorrections'],
  read: () => Promise<T>,
): Promise<T> {
  return db.transaction('r', [table, db.changeStamps], async () => {
    const [data, stamps] = await Promise.all([read(), readStamps(db, [group])]);
    const stamp = stamps[group];
    if (stamp !== undefined) stampByRead.set(data, stamp);
    return data;
  });
}

/**
 * One live query each for imported articles and all annotations, shared by every view: moving
 * from the library to the notebook reads nothing again (with 2,000 articles and 5,000
 * annotations, re-reading on each switch took longer than the 100 ms the notebook allows).
 */
export function LiveDataProvider({ children, notebookSummary }: { children: ReactNode; notebookSummary?: Promise<StoredNotebookSummary | undefined> }) {
  const { db } = useServices();
  const importedArticles = useLiveQuery(() => readImportedArticles(db), [db]);
  const annotations = useLiveQuery(() => readAnnotations(db), [db]);
  const corrections = useLiveQuery(() => readCorrectionsStamped(db), [db]);
  const [summary, setSummary] = useState<StoredNotebookSummary | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void notebookSummary?.then((read) => live && setSummary(read));
    return () => {
      live = false;
    };
  }, [notebookSummary]);
  const value = useMemo(
    () => ({ importedArticles, annotations, corrections, notebookSummary: summary }),
    [importedArticles, annotations, corrections, summary],
  );
  return <LiveDataContext.Provider value={value}>{children}</LiveDataContext.Provider>;
}

/**
 * The change stamps the shared data now shown were read under, by group; a group is missing
 * while it is read (or has no stamp yet). Derived data written with these stamps is valid
 * exactly as long as the stored stamps are unchanged.
 */
export function useSharedStamps(): Partial<Record<StampGroup, string>> {
  const shared = useContext(LiveDataContext);
  return useMemo(() => {
    const out: Partial<Record<StampGroup, string>> = {};
    const set = (group: StampGroup, data: object | undefined) => {
      const stamp = data ? stampByRead.get(data) : undefined;
      if (stamp !== undefined) out[group] = stamp;
    };
    set('annotations', shared?.annotations);
    set('articles', shared?.importedArticles);
    set('corrections', shared?.corrections);
    return out;
  }, [shared?.annotations, shared?.importedArticles, shared?.corrections]);
}

/** The notebook summary read at start-up (undefined when none was asked for, none was valid, or it is still being read). */
export function useNotebookSummary(): StoredNotebookSummary | undefined {
  return useContext(LiveDataContext)?.notebookSummary;
}

/** Imported articles, oldest first: shared when the provider is mounted, else read here. */
export function useSharedImportedArticles(): readonly ImportedArticle[] | undefined {
  const { db } = useServices();
  const shared = useContext(LiveDataContext);
  const own = useLiveQuery<readonly ImportedArticle[] | null>(() => (shared ? null : readImportedArticles(db)), [db, shared === null]);
  return shared ? shared.importedArticles : (own ?? undefined);
}

/** Every annotation: shared when the provider is mounted, else read here. */
export function useSharedAnnotations(): readonly StoredAnnotation[] | undefined {
  const { db } = useServices();
  const shared = useContext(LiveDataContext);
  const own = useLiveQuery<readonly StoredAnnotation[] | null>(() => (shared ? null : readAnnotations(db)), [db, shared === null]);
  return shared ? shared.annotations : (own ?? undefined);
}

/** The user's metadata corrections, validated: shared when the provider is mounted, else read here. */
export function useSharedCorrections(): CorrectionsRead | undefined {
  const { db } = useServices();
  const shared = useContext(LiveDataContext);
  const own = useLiveQuery<CorrectionsRead | null>(() => (shared ? null : loadCorrections(db)), [db, shared === null]);
  return shared ? shared.corrections : (own ?? undefined);
}

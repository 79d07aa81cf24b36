import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, type ReactNode } from 'react';
import type { PizhuDb } from './db';
import { loadCorrections, type CorrectionsRead } from './meta-corrections-repo';
import { checkRecords } from './read-back';
import type { ImportedArticle, StoredAnnotation } from './records';
import { useServices } from './services';

interface LiveData {
  readonly importedArticles: readonly ImportedArticle[] | undefined;
  readonly annotations: readonly StoredAnnotation[] | undefined;
  readonly corrections: CorrectionsRead | undefined;
}

const LiveDataContext = createContext<LiveData | null>(null);

/**
 * Every imported article that passes its schema, oldest first (bad ones are listed, not shown).
 * Read from the table in key order and sorted here: reading through the `importedAt` index makes
 * IndexedDB look each record up from the index, noticeably slower for thousands of articles.
 */
const readImportedArticles = async (db: PizhuDb) => checkRecords(db, 'importedArticles', await db.importedArticles.toArray(), true).sort(byImportedAt);
const byImportedAt = (a: ImportedArticle, b: ImportedArticle): number => (a.importedAt < b.importedAt ? -1 : a.importedAt > b.importedAt ? 1 : 0);
/** Every annotation that passes its schema (bad ones are listed, not shown). */
const readAnnotations = async (db: PizhuDb) => checkRecords(db, 'annotations', await db.annotations.toArray(), true);

/**
 * One live query each for imported articles and all annotations, shared by every view: moving
 * from the library to the notebook reads nothing again (with 2,000 articles and 5,000
 * annotations, re-reading on each switch took longer than the 100 ms the notebook allows).
 */
export function LiveDataProvider({ children }: { children: ReactNode }) {
  const { db } = useServices();
  const importedArticles = useLiveQuery(() => readImportedArticles(db), [db]);
  const annotations = useLiveQuery(() => readAnnotations(db), [db]);
  const corrections = useLiveQuery(() => loadCorrections(db), [db]);
  return <LiveDataContext.Provider value={{ importedArticles, annotations, corrections }}>{children}</LiveDataContext.Provider>;
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

import { useLiveQuery } from 'dexie-react-hooks';
import type { PizhuDb } from './db';
import { checkRecords } from './read-back';
import type { ReadingPosition } from './records';
import { useServices } from './services';

export async function saveReadingPosition(db: PizhuDb, position: ReadingPosition): Promise<void> {
  await db.readingPositions.put(position);
}

export async function readingPosition(db: PizhuDb, articleId: string): Promise<ReadingPosition | undefined> {
  const stored = await db.readingPositions.get(articleId);
  // A damaged position is listed for the user and ignored: the article opens at the top.
  return stored && checkRecords(db, 'readingPositions', [stored])[0];
}

/** Every remembered position by article id (for progress shown in the library). */
export function useReadingPositions(): ReadonlyMap<string, ReadingPosition> {
  const { db } = useServices();
  const all = useLiveQuery(async () => checkRecords(db, 'readingPositions', await db.readingPositions.toArray(), true), [db]);
  return new Map((all ?? []).map((p) => [p.articleId, p]));
}

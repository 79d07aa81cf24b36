import { useLiveQuery } from 'dexie-react-hooks';
import type { PizhuDb } from './db';
import type { ReadingPosition } from './records';
import { useServices } from './services';

export async function saveReadingPosition(db: PizhuDb, position: ReadingPosition): Promise<void> {
  await db.readingPositions.put(position);
}

export async function readingPosition(db: PizhuDb, articleId: string): Promise<ReadingPosition | undefined> {
  return db.readingPositions.get(articleId);
}

/** Every remembered position by article id (for progress shown in the library). */
export function useReadingPositions(): ReadonlyMap<string, ReadingPosition> {
  const { db } = useServices();
  const all = useLiveQuery(() => db.readingPositions.toArray(), [db]);
  return new Map((all ?? []).map((p) => [p.articleId, p]));
}

import type { Article } from '../../corpus/model';
import { purgeExpiredArticleTrash } from './article-trash-repo';
import { keepAnnotatedBundledTexts } from './bundled-texts';
import type { PizhuDb } from './db';

/**
 * The once-per-start chores nothing on screen waits for, loaded as a chunk of their own after
 * start-up: the samples' text as the notes saw it is kept (for when an upgrade changes it), and
 * removed articles older than 30 days go for good. Each is its own transaction; one failing
 * does not stop the other, and neither is shown (both run again at the next start).
 */
export async function runStartupChores(db: PizhuDb, bundled: readonly Article[]): Promise<void> {
  await Promise.allSettled([keepAnnotatedBundledTexts(db, bundled), purgeExpiredArticleTrash(db)]);
}

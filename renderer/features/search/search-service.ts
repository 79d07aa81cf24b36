import { buildIndex, loadIndex, searchDocFromArticle, type SearchIndex } from '../../../corpus/search';
import type { Article } from '../../../corpus/model';
import type { TeamNote } from '../../store/records';

/** The author filter's value for the user's own notes ('' is everyone, any other value a colleague's id). */
export const ME_AUTHOR = '\u0000me';

/** Whether a note hit passes the author filter; `colleague` is the colleague's note, absent for the user's own. O(1). */
export function keepsAuthor(filter: string, colleague: Pick<TeamNote, 'authorId'> | undefined): boolean {
  return filter === '' || (filter === ME_AUTHOR ? colleague === undefined : colleague?.authorId === filter);
}

/**
 * Loads the prebuilt index of the bundled corpus (written by `npm run build:corpus`); only
 * when it is missing or stale (another format, changed articles) is it rebuilt here.
 */
export async function loadBundledIndex(bundled: readonly Article[], baseUrl = './corpus/'): Promise<SearchIndex> {
  const docs = bundled.map(searchDocFromArticle);
  try {
    const response = await fetch(`${baseUrl}search-index.json`);
    if (response.ok) {
      const loaded = loadIndex(await response.text(), docs);
      if (loaded.ok) return loaded.value;
      console.warn(`Rebuilding the search index: ${loaded.error}`);
    }
  } catch {
    // Fall through to rebuilding: search must work even without the prebuilt file.
  }
  return buildIndex(docs);
}

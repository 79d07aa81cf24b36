import { useMemo } from 'react';
import { searchDocFromArticle, type SearchDoc } from '../../../corpus/search';
import { useImportedArticles } from '../../store/library-repo';
import type { ImportedArticle } from '../../store/records';

/**
 * Search documents for imported articles (the prebuilt index covers bundled ones only):
 * the hook for wiring imports into search with `addToIndex`. Same adapter as the build.
 */
export function importedSearchDocs(articles: readonly ImportedArticle[]): SearchDoc[] {
  return articles.map(searchDocFromArticle);
}

/** Live search documents of the imported articles; undefined while loading. */
export function useImportedSearchDocs(): readonly SearchDoc[] | undefined {
  const imported = useImportedArticles();
  return useMemo(() => (imported ? importedSearchDocs(imported) : undefined), [imported]);
}

import { describe, expect, it } from 'vitest';
import { buildSearchIndexJson, SEARCH_INDEX_MANIFEST } from '../../../build/search-index-file';
import { loadBundledArticles } from '../../../build/corpus-files';
import { loadIndex, search, searchDocFromArticle, SEARCH_INDEX_VERSION } from '../../../corpus/search';

describe('prebuilt search index file', () => {
  const articles = loadBundledArticles().map((o) => o.article);

  it('loads against the bundled articles and finds the issue examples', () => {
    const json = buildSearchIndexJson(articles);
    const loaded = loadIndex(json, articles.map(searchDocFromArticle));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    for (const q of ['营商环境', '数字经济', '1188']) expect(search(loaded.value, q).length, q).toBeGreaterThan(0);
    expect(search(loaded.value, '不存在的字符串xyz')).toEqual([]);
  });

  it('pins the format version for the manifest', () => {
    expect(SEARCH_INDEX_MANIFEST).toEqual({ format: 'pizhu-search-index', version: SEARCH_INDEX_VERSION, file: 'search-index.json' });
  });
});

/// <reference lib="webworker" />
/**
 * Builds the search index of imported articles off the main thread, so importing a large
 * briefing never freezes the UI. Receives Article[], answers with the serialized index.
 */
import type { Article } from '../../corpus/model';
import { buildIndex, searchDocFromArticle, serializeIndex } from '../../corpus/search';

self.onmessage = (event: MessageEvent<{ id: number; articles: Article[] }>) => {
  const { id, articles } = event.data;
  try {
    self.postMessage({ id, json: serializeIndex(buildIndex(articles.map(searchDocFromArticle))) });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};

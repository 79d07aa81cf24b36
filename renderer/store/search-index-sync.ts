import { useEffect, useRef } from 'react';
import { useLibrary } from './library-repo';
import { useServices } from './services';

/**
 * Keeps the app's one search index (store/search-index.ts) in step with the library: call once
 * from a component mounted for the app's whole life (the top bar's search button), so imported
 * articles are indexed at start-up and on every change, before the search dialog first opens.
 * The index code loads here, after first paint, not with the entry bundle; whichever load
 * answers first, the index is synced with the library as it is now, never an older list.
 */
export function useSearchIndexSync(): void {
  const services = useServices();
  const library = useLibrary();
  const latest = useRef(library);
  latest.current = library;
  const { articles, loaded } = library;
  useEffect(() => {
    void import('./search-index').then((m) => m.syncSearchIndex(services, latest.current.articles, latest.current.loaded));
  }, [services, articles, loaded]);
}

import { useEffect, useRef } from 'react';
import { whenIdle } from '../dom/when-idle';
import { useLibrary } from './library-repo';
import { useSharedAnnotations } from './live-data';
import { useServices } from './services';

/**
 * Keeps the app's one search index (store/search-index.ts) in step with the library: call once
 * from a component mounted for the app's whole life (the top bar's search button), so imported
 * articles are indexed at start-up and on every change, before the search dialog first opens.
 *
 * The index code loads here, not with the entry bundle, and only once start-up's reads are in
 * (the library and every annotation) and the page is idle: loading the bundled index takes the
 * main thread for about 100 ms, which would otherwise land between the data arriving and the
 * first view painting it. The search dialog loads the index itself if opened sooner. Whichever
 * load answers first, the index is synced with the library as it is now, never an older list.
 */
export function useSearchIndexSync(): void {
  const services = useServices();
  const library = useLibrary();
  const annotationsRead = useSharedAnnotations() !== undefined;
  const latest = useRef(library);
  latest.current = library;
  const { articles } = library;
  const settled = library.loaded && annotationsRead;
  useEffect(() => {
    if (!settled) return;
    const sync = () => void import('./search-index').then((m) => m.syncSearchIndex(services, latest.current.articles, latest.current.loaded));
    return whenIdle(sync, 1000);
  }, [services, articles, settled]);
}

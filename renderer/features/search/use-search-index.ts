import { useEffect, useMemo, useState } from 'react';
import type { Article } from '../../../corpus/model';
import { loadIndex, searchDocFromArticle, type SearchIndex } from '../../../corpus/search';
import { useLibrary } from '../../store/library-repo';
import { useServices } from '../../store/services';
import { withImported } from './search-service';

/** Appends a separately built segment (imported ids never collide with bundled ones). */
function combine(base: SearchIndex, extra: SearchIndex): SearchIndex {
  return { segments: [...base.segments, ...extra.segments], shadowed: base.shadowed };
}

let worker: Worker | undefined;
let nextId = 1;

function buildInWorker(articles: readonly Article[]): Promise<SearchIndex> {
  worker ??= new Worker(new URL('./index-worker.ts', import.meta.url), { type: 'module' });
  const id = nextId++;
  const w = worker;
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<{ id: number; json?: string; error?: string }>) => {
      if (event.data.id !== id) return;
      w.removeEventListener('message', onMessage);
      if (event.data.json === undefined) return reject(new Error(event.data.error ?? 'index worker failed'));
      const loaded = loadIndex(event.data.json, articles.map(searchDocFromArticle));
      if (loaded.ok) resolve(loaded.value);
      else reject(new Error(loaded.error));
    };
    w.addEventListener('message', onMessage);
    w.postMessage({ id, articles });
  });
}

/**
 * The search index: the prebuilt bundled one at once, plus imported articles indexed in a
 * Web Worker (on the main thread only where workers are unavailable).
 */
export function useSearchIndex(): SearchIndex {
  const { bundledIndex } = useServices();
  const { articles } = useLibrary();
  const imported = useMemo(() => articles.filter((a) => a.origin === 'imported'), [articles]);
  const [built, setBuilt] = useState<{ for: readonly Article[]; index: SearchIndex }>();
  useEffect(() => {
    if (imported.length === 0) return;
    let cancelled = false;
    const done = (index: SearchIndex) => !cancelled && setBuilt({ for: imported, index });
    if (typeof Worker === 'undefined') done(withImported(bundledIndex, imported));
    else buildInWorker(imported).then((extra) => done(combine(bundledIndex, extra)), () => done(withImported(bundledIndex, imported)));
    return () => {
      cancelled = true;
    };
  }, [bundledIndex, imported]);
  if (imported.length === 0) return bundledIndex;
  // Until the worker answers (milliseconds for a typical import) the previous index serves.
  return built?.index ?? bundledIndex;
}

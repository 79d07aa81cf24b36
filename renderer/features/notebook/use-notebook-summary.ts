import { useEffect } from 'react';
import type { Article } from '../../../corpus/model';
import type { PizhuDb } from '../../store/db';
import { useSharedStamps } from '../../store/live-data';
import { corpusKeyOf, stampKeyOf, writeNotebookSummary, type StoredNotebookSummary } from '../../store/notebook-summary-repo';
import type { StoredAnnotation } from '../../store/records';
import { useServices } from '../../store/services';

/** Quiet time before the summary is written: the list is painted and nothing has changed for this long. */
const WRITE_DELAY_MS = 1000;

/** Per database, the stamps of the summary last written or found current: not rewritten for the same data. */
const currentKeys = new WeakMap<PizhuDb, string>();

/**
 * Keeps the notebook's one-record summary in step with what the notebook shows, for the next
 * cold start: written a second after the full data are shown (and the unanchored notes
 * known), only when the data's stamps differ from the summary's.
 */
export function useKeepNotebookSummary(
  shown: { readonly annotations: readonly StoredAnnotation[]; readonly articles: readonly Article[]; readonly unanchored: ReadonlySet<string> } | undefined,
  read: StoredNotebookSummary | undefined,
): void {
  const { db, bundled } = useServices();
  const stamps = useSharedStamps();
  if (read && !currentKeys.has(db)) currentKeys.set(db, read.stampKey);
  useEffect(() => {
    if (!shown) return;
    const corpus = corpusKeyOf(bundled);
    const key = stampKeyOf(corpus, stamps);
    if (key === currentKeys.get(db)) return;
    const timer = setTimeout(() => {
      const summary = {
        articles: shown.articles.map((a) => ({ id: a.id, title: a.meta.title })),
        annotations: shown.annotations,
        unanchored: [...shown.unanchored],
      };
      writeNotebookSummary(db, corpus, stamps, summary).then(
        (result) => {
          if (result === 'written') currentKeys.set(db, key);
        },
        // A summary is only a head start: if it cannot be written the next start reads everything, as before.
        () => undefined,
      );
    }, WRITE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [db, bundled, stamps, shown]);
}

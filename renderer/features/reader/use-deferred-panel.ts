import { useDeferredValue } from 'react';
import type { StoredAnnotation } from '../../store/records';
import type { AnchoredAnnotation } from './use-anchors';

/**
 * What the side panel (a list item per annotation) shows: it renders after the highlights are
 * painted, so an article with a thousand highlights shows its text and colours first.
 */
export function useDeferredPanel(
  annotations: readonly StoredAnnotation[] | undefined,
  anchored: readonly AnchoredAnnotation[],
  orphans: readonly StoredAnnotation[],
) {
  const panelAnchored = useDeferredValue(anchored);
  const panelOrphans = useDeferredValue(orphans);
  // Until the store answers, and until the deferred panel has caught up with what it read, the
  // panel says it is loading: 10,000 annotations take seconds, and "none yet" would look like loss.
  const loading = annotations === undefined || (panelAnchored !== anchored && panelAnchored.length + panelOrphans.length === 0);
  return { loading, anchored: panelAnchored, orphans: panelOrphans };
}

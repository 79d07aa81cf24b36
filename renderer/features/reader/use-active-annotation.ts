import { useCallback, useState } from 'react';
import type { TextOffset } from '../../../corpus/model';
import type { AnchoredAnnotation } from './use-anchors';

/**
 * The reader's focus among its highlights: the active one (its toolbar open, its list item
 * marked) and the one whose note is being edited; jumping to a highlight or opening a note
 * marker makes it active.
 */
export function useActiveAnnotation(anchored: readonly AnchoredAnnotation[], scrollToOffset: (offset: TextOffset) => void) {
  const [activeId, setActiveId] = useState<string>();
  const [editingId, setEditingId] = useState<string>();
  const active = anchored.find((a) => a.annotation.id === activeId);
  const jumpTo = useCallback(
    (a: AnchoredAnnotation) => {
      setActiveId(a.annotation.id);
      scrollToOffset(a.start);
    },
    [scrollToOffset],
  );
  const openNote = useCallback((id: string) => {
    setActiveId(id);
    setEditingId(undefined);
  }, []);
  return { activeId, setActiveId, active, editingId, setEditingId, jumpTo, openNote };
}

import { useRef } from 'react';
import type { StoredAnnotation } from '../../store/records';
import type { AnchoredAnnotation } from './use-anchors';

/** A note deleted (elsewhere) while being edited here, with the place in the list it had. */
export interface VanishedNote {
  readonly annotation: StoredAnnotation;
  readonly index: number;
}

/**
 * The note being edited, as last seen: if another window deletes it, the panel keeps its editor
 * (and the text in it) where it was instead of letting it vanish. Undefined while the note exists.
 */
export function useVanishedNote(
  anchored: readonly AnchoredAnnotation[],
  orphans: readonly StoredAnnotation[],
  editingId: string | undefined,
): VanishedNote | undefined {
  const edited = useRef<VanishedNote>(undefined);
  const editedIndex = editingId === undefined ? -1 : anchored.findIndex((a) => a.annotation.id === editingId);
  const editedOrphan = editingId === undefined ? undefined : orphans.find((o) => o.id === editingId);
  if (editedIndex >= 0) edited.current = { annotation: anchored[editedIndex]!.annotation, index: editedIndex };
  else if (editedOrphan) edited.current = { annotation: editedOrphan, index: anchored.length };
  else if (edited.current?.annotation.id !== editingId) edited.current = undefined;
  return editedIndex < 0 && !editedOrphan ? edited.current : undefined;
}

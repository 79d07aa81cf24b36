import { useCallback, useEffect, useRef, type KeyboardEvent as ReactKeyboardEvent, type RefObject } from 'react';
import type { HighlightColor } from '../../../corpus/model';
import { extendSelectionByKey } from '../../dom/keyboard-selection';
import { topVisibleBlock } from '../../dom/reading-scroll';
import type { StoredAnnotation } from '../../store/records';
import { isTyping } from '../../ui/keyboard';
import { readerCommand } from './reader-keys';

export interface ReaderKeyActions {
  readonly hasSelection: boolean;
  /** The highlight the toolbar is open on, if any. */
  readonly active: StoredAnnotation | undefined;
  readonly undo: () => void;
  readonly highlight: (color: HighlightColor, withNote: boolean) => void;
  readonly recolor: (annotation: StoredAnnotation, color: HighlightColor) => void;
  readonly editNote: (annotation: StoredAnnotation) => void;
  readonly remove: (annotation: StoredAnnotation) => void;
  /** After Delete: no active highlight. */
  readonly deactivate: () => void;
  /** Escape: no active highlight, no selection. */
  readonly dismiss: () => void;
}

/**
 * The reader's single-key shortcuts on the whole window (see reader-keys.ts for the table),
 * and the article's own Shift+arrow selecting (returned: the article's onKeyDown).
 */
export function useReaderKeys(keys: ReaderKeyActions, bodyRef: RefObject<HTMLElement | null>, scrollRef: RefObject<HTMLElement | null>) {
  // One listener for the reader's lifetime, reading the latest state when a key arrives.
  const latest = useRef(keys);
  latest.current = keys;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const now = latest.current;
      const press = { key: e.key, ctrl: e.ctrlKey, meta: e.metaKey, alt: e.altKey, shift: e.shiftKey, typing: isTyping(e.target) };
      const command = readerCommand(press, { hasSelection: now.hasSelection, hasActive: now.active !== undefined });
      if (!command) return;
      if (command.kind !== 'dismiss') e.preventDefault();
      const { active } = now;
      switch (command.kind) {
        case 'undo':
          return now.undo();
        case 'highlight':
          return now.highlight(command.color, command.withNote);
        case 'recolor':
          return active && now.recolor(active, command.color);
        case 'edit-note':
          return active && now.editNote(active);
        case 'delete':
          if (active) now.remove(active);
          return now.deactivate();
        case 'dismiss':
          return now.dismiss();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return useCallback(
    (event: ReactKeyboardEvent<HTMLElement>) => {
      const body = bodyRef.current;
      const container = scrollRef.current;
      if (!body || !container || event.target !== event.currentTarget) return;
      if (extendSelectionByKey(body, event.nativeEvent, () => topVisibleBlock(container))) event.preventDefault();
    },
    [bodyRef, scrollRef],
  );
}

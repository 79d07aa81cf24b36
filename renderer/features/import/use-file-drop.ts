import { useCallback, useRef, useState, type DragEvent } from 'react';
import { sourceFromFile, type ImportSource } from './import-file';

export interface FileDrop {
  /** True while files are dragged over the drop target: show the overlay. */
  readonly dragging: boolean;
  readonly handlers: {
    readonly onDragEnter: (e: DragEvent) => void;
    readonly onDragOver: (e: DragEvent) => void;
    readonly onDragLeave: (e: DragEvent) => void;
    readonly onDrop: (e: DragEvent) => void;
  };
}

const carriesFiles = (e: DragEvent): boolean => [...e.dataTransfer.types].includes('Files');

/**
 * Drag-and-drop of files onto an element. Enter/leave fire for every child crossed, so a
 * depth counter decides when the drag really left. Text or links dragged from the page
 * itself are ignored.
 */
export function useFileDrop(onFiles: (sources: readonly ImportSource[]) => void): FileDrop {
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);
  const onDragEnter = useCallback((e: DragEvent) => {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    depth.current++;
    setDragging(true);
  }, []);
  const onDragOver = useCallback((e: DragEvent) => {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  }, []);
  const onDragLeave = useCallback((e: DragEvent) => {
    if (!carriesFiles(e)) return;
    depth.current = Math.max(0, depth.current - 1);
    if (depth.current === 0) setDragging(false);
  }, []);
  const onDrop = useCallback(
    (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth.current = 0;
      setDragging(false);
      onFiles([...e.dataTransfer.files].map(sourceFromFile));
    },
    [onFiles],
  );
  return { dragging, handlers: { onDragEnter, onDragOver, onDragLeave, onDrop } };
}

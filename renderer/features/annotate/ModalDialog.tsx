import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A modal on the platform's own `<dialog>`: `showModal()` traps focus, makes the page behind
 * inert and turns Escape into `onEscape` (never a silent close).
 */
export function ModalDialog({ title, children, onEscape, className = '' }: { title: string; children: ReactNode; onEscape: () => void; className?: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const escape = useRef(onEscape);
  useEffect(() => {
    escape.current = onEscape;
  }, [onEscape]);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    const onCancel = (e: Event) => {
      e.preventDefault();
      escape.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.close();
      before?.focus();
    };
  }, []);
  return (
    <dialog ref={ref} className={`dialog note-dialog ${className}`} aria-labelledby={titleId}>
      <h3 id={titleId}>{title}</h3>
      {children}
    </dialog>
  );
}

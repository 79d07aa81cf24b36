import { useEffect, useLayoutEffect, useRef, useState, type DialogHTMLAttributes, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';

const FOCUSABLE = [
  'button:not([disabled])',
  'a[href]',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
  '[contenteditable="true"]',
].join(', ');

/** The elements Tab visits inside `root`, in document order (hidden `<details>` content and `inert` parts left out). */
export function focusablesIn(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.closest('[inert], details:not([open]) > :not(summary)'));
}

export interface ModalProps extends Omit<DialogHTMLAttributes<HTMLDialogElement>, 'open' | 'onCancel' | 'onClose' | 'children'> {
  /** Called on Escape, and on a press on the backdrop when `closeOnBackdrop` is set. The owner unmounts the Modal to close it. */
  readonly onClose: () => void;
  readonly closeOnBackdrop?: boolean;
  readonly children: ReactNode;
}

/**
 * Every dialog of the app, on the platform's own `<dialog>` opened with `showModal()` (the page behind
 * is inert and drawn under `::backdrop`). Focus moves in on open — to the element its content focused
 * itself (`autoFocus`), else the first focusable one — Tab and Shift+Tab stay inside, Escape calls
 * `onClose` (a child that handles Escape itself calls `preventDefault()`), and focus returns to the
 * element that had it when the dialog opened.
 */
export function Modal({ onClose, closeOnBackdrop = false, className, children, onKeyDown, onMouseDown, role = 'dialog', ...rest }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  // Read during the first render, before any autoFocus inside the dialog takes focus.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  }, [onClose]);

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // Rendered `open` (non-modal) so that autoFocus inside works during the commit; now made modal.
    const focused =
      document.activeElement instanceof HTMLElement && dialog.contains(document.activeElement) && document.activeElement !== dialog
        ? document.activeElement
        : null;
    if (typeof dialog.showModal === 'function') {
      dialog.close();
      dialog.showModal();
    }
    (focused ?? focusablesIn(dialog)[0] ?? dialog).focus();
    const onCancel = (e: Event) => {
      e.preventDefault();
      close.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, [opener]);

  const keyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    onKeyDown?.(e);
    if (e.defaultPrevented) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close.current();
    } else if (e.key === 'Tab') {
      const all = focusablesIn(e.currentTarget);
      if (all.length === 0) {
        e.preventDefault();
        return;
      }
      const first = all[0]!;
      const last = all[all.length - 1]!;
      const active = document.activeElement;
      const inside = active instanceof HTMLElement && all.includes(active);
      if (e.shiftKey && (active === first || !inside)) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && (active === last || !inside)) {
        e.preventDefault();
        first.focus();
      }
    }
  };

  const mouseDown = (e: MouseEvent<HTMLDialogElement>) => {
    onMouseDown?.(e);
    if (!closeOnBackdrop || e.defaultPrevented || e.target !== e.currentTarget) return;
    // A press on ::backdrop targets the dialog itself, outside its box.
    const box = e.currentTarget.getBoundingClientRect();
    const outside = e.clientX < box.left || e.clientX > box.right || e.clientY < box.top || e.clientY > box.bottom;
    if (outside) close.current();
  };

  return (
    <dialog
      ref={ref}
      open
      role={role}
      aria-modal="true"
      tabIndex={-1}
      className={className ? `modal ${className}` : 'modal'}
      onKeyDown={keyDown}
      onMouseDown={mouseDown}
      {...rest}
    >
      {children}
    </dialog>
  );
}

import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { Modal } from '../../../renderer/ui/Modal';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
});

/** A page with an "Open" button that shows a three-button Modal; Escape or "Close" unmounts it. */
function Page({ autoFocusLast = false, keepOnEscape = false }: { autoFocusLast?: boolean; keepOnEscape?: boolean }) {
  const [open, setOpen] = useState(false);
  const [closes, setCloses] = useState(0);
  return (
    <main>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      <button type="button">Behind</button>
      <output>{closes}</output>
      {open && (
        <Modal
          aria-labelledby="t"
          onClose={() => {
            setCloses((n) => n + 1);
            setOpen(false);
          }}
        >
          <h2 id="t">Confirm</h2>
          <input
            aria-label="Name"
            onKeyDown={(e) => {
              if (keepOnEscape && e.key === 'Escape') e.preventDefault();
            }}
          />
          <button type="button">Middle</button>
          <button type="button" autoFocus={autoFocusLast} onClick={() => setOpen(false)}>
            Close
          </button>
        </Modal>
      )}
    </main>
  );
}

function render(props: { autoFocusLast?: boolean; keepOnEscape?: boolean } = {}) {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root!.render(<Page {...props} />));
  const button = (name: string) => [...document.querySelectorAll('button')].find((b) => b.textContent === name)!;
  const opener = button('Open');
  opener.focus();
  act(() => opener.click());
  return { button, opener };
}

const dialog = () => document.querySelector<HTMLElement>('[role="dialog"]');
const press = (key: string, init: KeyboardEventInit = {}) =>
  act(() => {
    (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
  });
const focusedName = () =>
  document.activeElement instanceof HTMLInputElement ? document.activeElement.getAttribute('aria-label') : document.activeElement?.textContent;

describe('Modal', () => {
  it('is a named modal dialog and moves focus to its first focusable element', () => {
    render();
    expect(dialog()?.tagName).toBe('DIALOG');
    expect(dialog()?.getAttribute('aria-modal')).toBe('true');
    expect(document.getElementById(dialog()!.getAttribute('aria-labelledby')!)?.textContent).toBe('Confirm');
    expect(focusedName()).toBe('Name');
  });

  it('keeps Tab and Shift+Tab inside: from the last element to the first and back', () => {
    const { button } = render();
    button('Close').focus();
    press('Tab');
    expect(focusedName()).toBe('Name');
    press('Tab', { shiftKey: true });
    expect(focusedName()).toBe('Close');
    // Tab between inner elements is left to the browser (not prevented).
    button('Middle').focus();
    const event = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    act(() => {
      button('Middle').dispatchEvent(event);
    });
    expect(event.defaultPrevented).toBe(false);
    // Focus that escaped to the page is pulled back in on the next Tab.
    button('Behind').focus();
    act(() => {
      dialog()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }));
    });
    expect(focusedName()).toBe('Name');
  });

  it('closes on Escape and returns focus to the opener', () => {
    render();
    press('Escape');
    expect(dialog()).toBeNull();
    expect(document.querySelector('output')?.textContent).toBe('1');
    expect(document.activeElement?.textContent).toBe('Open');
  });

  it('returns focus to the opener when closed by its own button, and honours autoFocus inside', () => {
    const { button } = render({ autoFocusLast: true });
    expect(focusedName()).toBe('Close');
    act(() => button('Close').click());
    expect(dialog()).toBeNull();
    expect(document.activeElement?.textContent).toBe('Open');
  });

  it('leaves Escape to a child that handles it (preventDefault) and stays open', () => {
    render({ keepOnEscape: true });
    press('Escape');
    expect(dialog()).not.toBeNull();
    expect(document.querySelector('output')?.textContent).toBe('0');
  });
});

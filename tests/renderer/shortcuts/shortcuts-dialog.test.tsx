import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../../electron/ipc/contract';
import { I18nProvider, type Lang } from '../../../renderer/ui/i18n';
import { isHelpKey, keyLabel, SHORTCUTS } from '../../../renderer/features/shortcuts/shortcuts';
import { ShortcutsDialog } from '../../../renderer/features/shortcuts/ShortcutsDialog';
import type { Host } from '../../../renderer/host/host';
import { ServicesProvider, type Services } from '../../../renderer/store/services';
import { waitFor } from '../support/wait-for';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  document.body.innerHTML = '';
});

function render(lang: Lang): (command: MenuCommand) => void {
  let menu: ((command: MenuCommand) => void) | undefined;
  const host = { onMenuCommand: (listener: (command: MenuCommand) => void) => ((menu = listener), () => (menu = undefined)) } as Partial<Host> as Host;
  const opener = document.createElement('button');
  opener.textContent = 'opener';
  document.body.append(opener);
  opener.focus();
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() =>
    root!.render(
      <ServicesProvider services={{ host } as Partial<Services> as Services}>
        <I18nProvider lang={lang}>
          <ShortcutsDialog />
        </I18nProvider>
      </ServicesProvider>,
    ),
  );
  return (command) => act(() => menu?.(command));
}

const dialog = () => document.querySelector<HTMLElement>('[role="dialog"]');
const dialogName = () => document.getElementById(dialog()?.getAttribute('aria-labelledby') ?? '')?.textContent;

describe('keyboard shortcuts dialog', () => {
  it('opens from the Help menu command, is named, lists every shortcut, closes on Escape and returns focus', async () => {
    const menu = render('zh-CN');
    menu('global-search');
    expect(dialog()).toBeNull();
    menu('shortcuts');
    await waitFor(() => dialog() !== null, 'the shortcuts dialog');
    expect(dialogName()).toBe('键盘快捷键');
    expect(dialog()!.querySelectorAll('tbody tr')).toHaveLength(SHORTCUTS.length);
    expect(dialog()!.contains(document.activeElement)).toBe(true);
    act(() => dialog()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(dialog()).toBeNull();
    expect(document.activeElement?.textContent).toBe('opener');
  });

  it('opens on ? outside text fields, in English', async () => {
    render('en');
    const input = document.createElement('input');
    document.body.append(input);
    act(() => input.dispatchEvent(new KeyboardEvent('keydown', { key: '?', shiftKey: true, bubbles: true })));
    expect(dialog()).toBeNull();
    act(() => window.dispatchEvent(new KeyboardEvent('keydown', { key: '?', shiftKey: true })));
    await waitFor(() => dialog() !== null, 'the shortcuts dialog');
    expect(dialogName()).toBe('Keyboard shortcuts');
    expect(dialog()!.textContent).toContain('Undo the last highlight, recolour or delete');
  });

  it.each([
    ['?', { key: '?', ctrlKey: false, metaKey: false, altKey: false }, true],
    ['Ctrl+?', { key: '?', ctrlKey: true, metaKey: false, altKey: false }, false],
    ['/', { key: '/', ctrlKey: false, metaKey: false, altKey: false }, false],
  ])('isHelpKey(%s)', (_name, event, expected) => {
    expect(isHelpKey(event)).toBe(expected);
  });

  it('prints Mod as Ctrl or ⌘', () => {
    expect([keyLabel('Mod', false), keyLabel('Mod', true), keyLabel('Enter', true)]).toEqual(['Ctrl', '⌘', 'Enter']);
  });
});

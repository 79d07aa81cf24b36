import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../../electron/ipc/contract';
import type { Host } from '../../../renderer/host/host';
import { ServicesProvider, type Services } from '../../../renderer/store/services';
import { isTyping, matchesKey } from '../../../renderer/ui/keyboard';
import { useCommand, type CommandTrigger } from '../../../renderer/ui/use-command';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
});

function Probe({ trigger, onRun }: { trigger: CommandTrigger; onRun: () => void }) {
  useCommand(trigger, onRun);
  return null;
}

function mount(trigger: CommandTrigger) {
  const runs: string[] = [];
  const listeners = new Set<(command: MenuCommand) => void>();
  const host = {
    onMenuCommand: (listener: (command: MenuCommand) => void) => (listeners.add(listener), () => listeners.delete(listener)),
  } as Partial<Host> as Host;
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() =>
    root!.render(
      <ServicesProvider services={{ host } as Partial<Services> as Services}>
        <Probe trigger={trigger} onRun={() => runs.push('run')} />
      </ServicesProvider>,
    ),
  );
  const menu = (command: MenuCommand) => act(() => listeners.forEach((l) => l(command)));
  const key = (init: KeyboardEventInit, target: EventTarget = window) => {
    const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
    act(() => {
      target.dispatchEvent(event);
    });
    return event;
  };
  return { runs, menu, key, listeners };
}

describe('useCommand', () => {
  it('runs on its key combination (Ctrl or ⌘, default prevented) and on its menu commands, not on others', () => {
    const { runs, menu, key } = mount({ key: { key: 'p', mod: true, shift: false }, menu: ['export-pdf', 'print'] });
    expect(key({ key: 'p', ctrlKey: true }).defaultPrevented).toBe(true);
    key({ key: 'P', metaKey: true });
    expect(runs).toHaveLength(2);
    expect(key({ key: 'p' }).defaultPrevented).toBe(false);
    key({ key: 'p', ctrlKey: true, shiftKey: true });
    key({ key: 'k', ctrlKey: true });
    expect(runs).toHaveLength(2);
    menu('print');
    menu('export-pdf');
    menu('global-search');
    expect(runs).toHaveLength(4);
  });

  it('a single-key shortcut with whileTyping: false stays out of text fields', () => {
    const { runs, key } = mount({ key: (e) => e.key === '?', whileTyping: false });
    const input = document.createElement('input');
    document.body.append(input);
    key({ key: '?' }, input);
    expect(runs).toHaveLength(0);
    key({ key: '?' });
    expect(runs).toHaveLength(1);
  });

  it('unsubscribes from the window and the menu when unmounted', () => {
    const { runs, key, listeners } = mount({ key: { key: 'f', mod: true }, menu: 'find-in-article' });
    act(() => root!.unmount());
    root = undefined;
    key({ key: 'f', ctrlKey: true });
    expect(listeners.size).toBe(0);
    expect(runs).toHaveLength(0);
  });
});

describe('keyboard helpers', () => {
  it('isTyping: inputs, textareas, selects and contenteditable, not buttons', () => {
    const make = (html: string) => {
      const host = document.createElement('div');
      host.innerHTML = html;
      return host.firstElementChild;
    };
    expect(isTyping(make('<input>'))).toBe(true);
    expect(isTyping(make('<textarea></textarea>'))).toBe(true);
    expect(isTyping(make('<select></select>'))).toBe(true);
    const editable = make('<div contenteditable="true"></div>') as HTMLElement;
    Object.defineProperty(editable, 'isContentEditable', { value: true });
    expect(isTyping(editable)).toBe(true);
    expect(isTyping(make('<button></button>'))).toBe(false);
    expect(isTyping(null)).toBe(false);
  });
  it('matchesKey: a modifier left out does not matter, one given must agree', () => {
    const e = { key: 'F', ctrlKey: false, metaKey: true, shiftKey: true, altKey: false };
    expect(matchesKey(e, { key: 'f', mod: true })).toBe(true);
    expect(matchesKey(e, { key: 'f', mod: true, shift: false })).toBe(false);
    expect(matchesKey(e, { key: 'f', mod: false })).toBe(false);
    expect(matchesKey(e, { key: 'g', mod: true })).toBe(false);
  });
});

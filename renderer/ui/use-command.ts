import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../electron/ipc/contract';
import { useServices } from '../store/services';
import { isTyping, matchesKey, type KeyCombo } from './keyboard';

export interface CommandTrigger {
  /** A key combination, or a test of the key press, handled on the window (its default prevented). */
  readonly key?: KeyCombo | ((e: KeyboardEvent) => boolean);
  /** Also fire when a text field has focus (default true; single-key shortcuts say false). */
  readonly whileTyping?: boolean;
  /** The native menu's command(s) for the same action (in Electron the menu owns some keys, e.g. Ctrl/Cmd+F). */
  readonly menu?: MenuCommand | readonly MenuCommand[];
}

/**
 * "Do this on a shortcut or a menu command": the one place views subscribe to both.
 * `run` may change every render; the listeners are set up once per trigger.
 */
export function useCommand({ key, whileTyping = true, menu }: CommandTrigger, run: () => void): void {
  const { host } = useServices();
  const latest = useRef({ run, key });
  useEffect(() => {
    latest.current = { run, key };
  });
  const hasKey = key !== undefined;
  useEffect(() => {
    if (!hasKey) return undefined;
    const onKey = (e: KeyboardEvent) => {
      const { key: k, run: fire } = latest.current;
      if (k === undefined || (!whileTyping && isTyping(e.target))) return;
      if (typeof k === 'function' ? !k(e) : !matchesKey(e, k)) return;
      e.preventDefault();
      fire();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [hasKey, whileTyping]);
  const menus = menu === undefined ? '' : typeof menu === 'string' ? menu : menu.join(' ');
  useEffect(() => {
    if (!menus) return undefined;
    const wanted = new Set(menus.split(' '));
    return host.onMenuCommand((command) => {
      if (wanted.has(command)) latest.current.run();
    });
  }, [host, menus]);
}

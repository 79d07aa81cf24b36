import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS, type MenuCommand } from '../../electron/ipc/contract';
import { buildMenuTemplate, type MenuOptions } from '../../electron/main/menu-template';

type Item = MenuItemConstructorOptions;

function flatten(items: readonly Item[]): Item[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

/** Clicks an item the way Electron would (our handlers ignore Electron's arguments). */
function press(item: Item): void {
  const click: unknown = item.click;
  if (typeof click === 'function') click();
}

function build(overrides: Partial<MenuOptions> = {}) {
  const sent: MenuCommand[] = [];
  let opened = 0;
  const template = buildMenuTemplate({
    locale: 'en-US',
    platform: 'linux',
    isDev: false,
    send: (command) => sent.push(command),
    openDataFolder: () => (opened += 1),
    ...overrides,
  });
  return { template, items: flatten(template), sent, opened: () => opened };
}

const byLabel = (items: readonly Item[], label: string): Item | undefined => items.find((i) => i.label === label);

describe('menu template', () => {
  it.each([
    ['linux', 'linux'],
    ['windows', 'win32'],
    ['macOS', 'darwin'],
  ] as const)('on %s every menu command is reachable', (_name, platform) => {
    const { items, sent } = build({ platform });
    for (const item of items) press(item);
    expect(new Set(sent)).toEqual(new Set(MENU_COMMANDS));
  });

  it.each([
    ['File', 'Import…', 'import'],
    ['File', 'Export PDF…', 'export-pdf'],
    ['File', 'Print…', 'print'],
    ['File', 'Meeting pack…', 'meeting-pack'],
    ['File', 'Export Markdown…', 'export-markdown'],
    ['File', 'Back up now', 'backup-now'],
    ['Edit', 'Find in article', 'find-in-article'],
    ['Edit', 'Search all', 'global-search'],
    ['View', 'Library', 'library'],
    ['View', 'Notebook', 'notebook'],
    ['Help', 'Keyboard shortcuts', 'shortcuts'],
    ['Help', 'About Pizhu', 'about'],
  ] as const)('%s › %s sends %s', (menu, label, command) => {
    const { template, sent } = build();
    const top = template.find((m) => String(m.label).replace('&', '') === menu);
    const submenu = Array.isArray(top?.submenu) ? top.submenu : [];
    const item = byLabel(submenu, label);
    expect(item).toBeDefined();
    if (item) press(item);
    expect(sent).toEqual([command]);
  });

  it.each([
    ['find in article', 'Find in article', 'CmdOrCtrl+F'],
    ['search all', 'Search all', 'CmdOrCtrl+K'],
    ['import', 'Import…', 'CmdOrCtrl+O'],
    ['print', 'Print…', 'CmdOrCtrl+P'],
  ])('%s has accelerator %s', (_name, label, accelerator) => {
    expect(byLabel(build().items, label)?.accelerator).toBe(accelerator);
  });

  it.each([
    ['zoom in', 'zoomIn'],
    ['zoom out', 'zoomOut'],
    ['reset zoom', 'resetZoom'],
    ['full screen', 'togglefullscreen'],
    ['quit', 'quit'],
    ['copy', 'copy'],
    ['paste', 'paste'],
  ])('has the %s role', (_name, role) => {
    expect(build().items.some((i) => i.role === role)).toBe(true);
  });

  it.each([
    ['packaged app', false, false],
    ['development', true, true],
  ])('developer tools in %s: %s', (_name, isDev, present) => {
    const { items } = build({ isDev });
    expect(items.some((i) => i.role === 'toggleDevTools')).toBe(present);
    expect(items.some((i) => i.role === 'reload')).toBe(present);
  });

  it('opens the data folder from Help', () => {
    const menu = build();
    const item = byLabel(menu.items, 'Open data folder');
    if (item) press(item);
    expect(menu.opened()).toBe(1);
  });

  it.each([
    ['simplified Chinese', 'zh-CN', '导入…', '文件(&F)'],
    ['traditional Chinese', 'zh-TW', '导入…', '文件(&F)'],
    ['bare zh', 'zh', '导入…', '文件(&F)'],
    ['English', 'en-US', 'Import…', '&File'],
    ['German falls back to English', 'de-DE', 'Import…', '&File'],
  ])('labels in %s', (_name, locale, importLabel, fileLabel) => {
    const { template, items } = build({ locale });
    expect(byLabel(items, importLabel)).toBeDefined();
    expect(template[0]?.label).toBe(fileLabel);
  });

  it('puts the app menu first on macOS', () => {
    expect(build({ platform: 'darwin' }).template[0]?.role).toBe('appMenu');
  });
});

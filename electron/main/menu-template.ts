import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../ipc/contract';
import { menuLabels } from './menu-labels';

export interface MenuOptions {
  /** The OS locale, e.g. `app.getLocale()`; decides the label language. */
  readonly locale: string;
  readonly platform: NodeJS.Platform;
  /** Unpackaged build: adds Reload and Developer tools. */
  readonly isDev: boolean;
  /** Forwards a command to the renderer (MENU_COMMAND_CHANNEL). */
  readonly send: (command: MenuCommand) => void;
  readonly openDataFolder: () => void;
}

type Item = MenuItemConstructorOptions;
const separator: Item = { type: 'separator' };

/**
 * The native menu as a plain template (pure; `Menu.buildFromTemplate` turns it into a menu).
 * App actions are not performed here: they are sent to the renderer as MenuCommand values,
 * so keyboard shortcuts and menus go through the same code path in Electron and the browser.
 */
export function buildMenuTemplate(options: MenuOptions): Item[] {
  const t = menuLabels(options.locale);
  const isMac = options.platform === 'darwin';
  const command = (label: string, cmd: MenuCommand, accelerator?: string): Item => ({
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    click: () => options.send(cmd),
  });

  const appMenu: Item[] = isMac
    ? [
        {
          role: 'appMenu',
          submenu: [
            command(t.about, 'about'),
            separator,
            command(t.settings, 'settings', 'CmdOrCtrl+,'),
            separator,
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            separator,
            { role: 'quit', label: t.quit },
          ],
        },
      ]
    : [];

  const file: Item = {
    label: t.file,
    submenu: [
      command(t.import, 'import', 'CmdOrCtrl+O'),
      separator,
      command(t.exportPdf, 'export-pdf', 'CmdOrCtrl+Shift+E'),
      command(t.print, 'print', 'CmdOrCtrl+P'),
      command(t.meetingPack, 'meeting-pack'),
      command(t.exportMarkdown, 'export-markdown'),
      separator,
      command(t.backupNow, 'backup-now'),
      ...(isMac ? [] : [separator, command(t.settings, 'settings', 'CmdOrCtrl+,'), separator, { role: 'quit', label: t.quit } satisfies Item]),
    ],
  };

  const edit: Item = {
    label: t.edit,
    submenu: [
      { role: 'undo', label: t.undo },
      { role: 'redo', label: t.redo },
      separator,
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { role: 'selectAll', label: t.selectAll },
      separator,
      command(t.findInArticle, 'find-in-article', 'CmdOrCtrl+F'),
      command(t.searchAll, 'global-search', 'CmdOrCtrl+K'),
    ],
  };

  const view: Item = {
    label: t.view,
    submenu: [
      command(t.library, 'library', 'CmdOrCtrl+1'),
      command(t.notebook, 'notebook', 'CmdOrCtrl+2'),
      separator,
      { role: 'zoomIn', label: t.zoomIn },
      { role: 'zoomOut', label: t.zoomOut },
      { role: 'resetZoom', label: t.resetZoom },
      separator,
      { role: 'togglefullscreen', label: t.toggleFullscreen },
      ...(options.isDev ? [separator, { role: 'reload', label: t.reload } satisfies Item, { role: 'toggleDevTools', label: t.devTools } satisfies Item] : []),
    ],
  };

  const windowMenu: Item[] = isMac ? [{ role: 'windowMenu', label: t.window }] : [];

  const help: Item = {
    role: 'help',
    label: t.help,
    submenu: [
      command(t.shortcuts, 'shortcuts', 'CmdOrCtrl+/'),
      { label: t.openDataFolder, click: () => options.openDataFolder() },
      ...(isMac ? [] : [separator, command(t.about, 'about')]),
    ],
  };

  return [...appMenu, file, edit, view, ...windowMenu, help];
}

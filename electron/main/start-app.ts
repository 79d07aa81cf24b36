import { app, dialog, ipcMain, Menu, protocol, session, shell, type BrowserWindow } from 'electron';
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { MENU_COMMAND_CHANNEL, OPEN_LINK_CHANNEL, type MenuCommand } from '../ipc/contract';
import { articleLinkFromArgv, isArticleLink } from './deep-link';
import { APP_ENTRY_URL, APP_SCHEME } from '../ipc/csp';
import { createAppProtocolHandler, APP_SCHEME_PRIVILEGES } from './app-protocol';
import { APP_ID, APP_NAME, BACKUPS_FOLDER, userDataPath } from './app-identity';
import { createBackupStore } from './handlers/backups';
import { createTeamServerSetting } from './handlers/team-server';
import type { OpenDialogRequest, SaveDialogRequest } from './handlers/file-dialogs';
import { denyPermissions, hardenWebContents } from './harden-web-contents';
import { createMainWindow } from './main-window-options';
import { buildMenuTemplate } from './menu-template';
import { isSafeExternalUrl } from './navigation-policy';
import { createPdfRenderer } from './pdf-window';
import { createPrintDocuments } from './print-documents';
import { createHandlers, registerHandlers } from './register-handlers';
import { guardUnload } from './unload-guard';

/** Paths of the built app, relative to dist/electron/main.cjs (also inside app.asar). */
export interface AppPaths {
  readonly rendererRoot: string;
  readonly preload: string;
}

export function appPaths(mainDir: string): AppPaths {
  return { rendererRoot: join(mainDir, '..', 'renderer'), preload: join(mainDir, 'preload.cjs') };
}

/** Only http(s) leaves the app, and only to the OS browser. */
function openExternal(url: string): Promise<void> {
  return isSafeExternalUrl(url) ? shell.openExternal(url) : Promise.resolve();
}

/**
 * Starts Pizhu. Called once, from `index.ts`. The order matters: identity and scheme
 * privileges must be set before `ready`, and the single-instance lock needs the final
 * userData path.
 */
export function startApp(paths: AppPaths): void {
  app.setName(APP_NAME);
  app.setPath('userData', userDataPath(app.getPath('appData')));
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  protocol.registerSchemesAsPrivileged([...APP_SCHEME_PRIVILEGES]);

  let mainWindow: BrowserWindow | undefined;
  const focusMainWindow = (): void => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  };
  // Passage links opened from other apps: queued until the window has loaded.
  let pendingLink = articleLinkFromArgv(process.argv);
  const openLink = (url: string | undefined): void => {
    if (!url) return;
    if (mainWindow && !mainWindow.isDestroyed() && !mainWindow.webContents.isLoading()) mainWindow.webContents.send(OPEN_LINK_CHANNEL, url);
    else pendingLink = url;
  };
  app.on('second-instance', (_event, argv) => {
    focusMainWindow();
    openLink(articleLinkFromArgv(argv));
  });
  app.on('open-url', (event, url) => {
    event.preventDefault();
    if (isArticleLink(url)) openLink(url);
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternal));
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    const printDocuments = createPrintDocuments();
    const teamServer = createTeamServerSetting({
      path: join(app.getPath('userData'), 'team-server.json'),
      readFile: (path) => fs.readFile(path, 'utf8'),
      writeFile: (path, text) => fs.writeFile(path, text, 'utf8'),
    });
    denyPermissions(session.defaultSession);
    protocol.handle(
      APP_SCHEME,
      createAppProtocolHandler({
        root: paths.rendererRoot,
        readFile: (path) => fs.readFile(path),
        virtualDocument: (pathname) => printDocuments.get(pathname),
        teamServer: () => teamServer.current(),
        onRefused: (url, reason) => console.warn(`[pizhu] refused ${url}: ${reason}`),
      }),
    );

    const parentWindow = (): BrowserWindow | undefined => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : undefined);
    const showSaveDialog = async (request: SaveDialogRequest): Promise<string | undefined> => {
      const options = {
        title: request.title,
        defaultPath: join(app.getPath('documents'), request.defaultName),
        filters: request.filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
      };
      const parent = parentWindow();
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled ? undefined : result.filePath;
    };
    const showOpenDialog = async (request: OpenDialogRequest): Promise<readonly string[]> => {
      const options: Electron.OpenDialogOptions = {
        title: request.title,
        filters: request.filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
        properties: request.multiSelections ? ['openFile', 'multiSelections'] : ['openFile'],
      };
      const parent = parentWindow();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    };

    registerHandlers(
      ipcMain,
      createHandlers({
        appInfo: {
          name: APP_NAME,
          version: app.getVersion(),
          platform: process.platform,
          userDataPath: app.getPath('userData'),
          locales: app.getPreferredSystemLanguages(),
        },
        backups: createBackupStore({ dir: join(app.getPath('userData'), BACKUPS_FOLDER), fs }),
        teamServer,
        files: {
          showSaveDialog,
          showOpenDialog,
          writeFile: (path, data) => fs.writeFile(path, data),
          stat: (path) => fs.stat(path),
          readFile: (path) => fs.readFile(path),
          renderPdf: createPdfRenderer(printDocuments),
        },
      }),
    );

    const send = (command: MenuCommand): void => {
      const target = parentWindow();
      if (target) target.webContents.send(MENU_COMMAND_CHANNEL, command);
    };
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({
          locale: app.getLocale(),
          platform: process.platform,
          isDev: !app.isPackaged,
          send,
          openDataFolder: () => void shell.openPath(app.getPath('userData')),
        }),
      ),
    );

    mainWindow = createMainWindow(paths.preload);
    mainWindow.once('ready-to-show', () => mainWindow?.show());
    const window = mainWindow;
    // An unsaved note cancels the unload in the page; the user decides in a native dialog.
    guardUnload(
      window.webContents,
      (options) => dialog.showMessageBoxSync(window, { ...options, buttons: [...options.buttons] }),
      () => app.getLocale(),
    );
    mainWindow.webContents.once('did-finish-load', () => {
      const link = pendingLink;
      pendingLink = undefined;
      openLink(link);
    });
    if (app.isPackaged) app.setAsDefaultProtocolClient(APP_SCHEME);
    void mainWindow.loadURL(APP_ENTRY_URL);
  });
}

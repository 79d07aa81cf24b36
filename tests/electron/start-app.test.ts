/**
 * Start-up wiring with a fake `electron` module: the order of the calls that must happen
 * before `ready`, and that every security hook is installed. (No Electron binary here.)
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls: string[] = [];
const state = { lock: true, ready: undefined as (() => void) | undefined, loaded: undefined as (() => void) | undefined };
const handlers = new Map<string, unknown>();
const appEvents = new Map<string, (...args: unknown[]) => void>();
const windows: Array<{ options: unknown; url?: string }> = [];

vi.mock('electron', () => {
  class FakeBrowserWindow {
    readonly webContents = {
      send: (channel: string, command: string) => calls.push(`send ${channel} ${command}`),
      once: (event: string, listener: () => void) => (event === 'did-finish-load' ? (state.loaded = listener) : undefined),
      isLoading: () => false,
      on: (event: string) => calls.push(`webContents.on ${event}`),
    };
    constructor(readonly options: unknown) {
      windows.push({ options });
      calls.push('new BrowserWindow');
    }
    once(): void {}
    isDestroyed = () => false;
    isMinimized = () => false;
    focus(): void {
      calls.push('focus');
    }
    loadURL(url: string): Promise<void> {
      const last = windows.at(-1);
      if (last) last.url = url;
      calls.push(`loadURL ${url}`);
      return Promise.resolve();
    }
  }
  return {
    app: {
      setName: (name: string) => calls.push(`setName ${name}`),
      getPath: (name: string) => (name === 'appData' ? '/home/u/.config' : name === 'userData' ? '/home/u/.config/Pizhu' : `/home/u/${name}`),
      setPath: (name: string, path: string) => calls.push(`setPath ${name} ${path}`),
      setAppUserModelId: (id: string) => calls.push(`setAppUserModelId ${id}`),
      requestSingleInstanceLock: () => (calls.push('requestSingleInstanceLock'), state.lock),
      quit: () => calls.push('quit'),
      on: (event: string, listener: (...args: unknown[]) => void) => (appEvents.set(event, listener), calls.push(`on ${event}`)),
      whenReady: () => new Promise<void>((resolve) => (state.ready = resolve)),
      getVersion: () => '0.1.0',
      getPreferredSystemLanguages: () => ['zh-CN'],
      getLocale: () => 'zh-CN',
      isPackaged: true,
      setAsDefaultProtocolClient: (scheme: string) => calls.push(`setAsDefaultProtocolClient ${scheme}`),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: Array<{ scheme: string }>) => calls.push(`registerSchemesAsPrivileged ${schemes.map((s) => s.scheme).join()}`),
      handle: (scheme: string) => calls.push(`protocol.handle ${scheme}`),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => calls.push('setPermissionRequestHandler'),
        setPermissionCheckHandler: () => calls.push('setPermissionCheckHandler'),
      },
    },
    ipcMain: { handle: (channel: string, listener: unknown) => handlers.set(channel, listener) },
    Menu: {
      buildFromTemplate: (template: unknown[]) => template,
      setApplicationMenu: (menu: unknown[]) => calls.push(`setApplicationMenu ${menu.length}`),
    },
    BrowserWindow: FakeBrowserWindow,
    dialog: {},
    shell: {},
  };
});

const { startApp } = await import('../../electron/main/start-app');

beforeEach(() => {
  calls.length = 0;
  handlers.clear();
  appEvents.clear();
  windows.length = 0;
  state.lock = true;
  state.ready = undefined;
  state.loaded = undefined;
});

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const paths = { rendererRoot: '/app/dist/renderer', preload: '/app/dist/electron/preload.cjs' };

describe('startApp', () => {
  it('fixes the identity and registers the scheme before ready, in that order', () => {
    startApp(paths);
    expect(calls.slice(0, 2)).toEqual(['setName Pizhu', 'setPath userData /home/u/.config/Pizhu']);
    const index = (call: string) => calls.findIndex((c) => c.startsWith(call));
    expect(index('setPath userData')).toBeLessThan(index('requestSingleInstanceLock'));
    expect(index('registerSchemesAsPrivileged pizhu')).toBeGreaterThan(-1);
    expect(calls).not.toContain('new BrowserWindow');
    expect(appEvents.has('web-contents-created')).toBe(true);
    expect(appEvents.has('second-instance')).toBe(true);
  });

  it('a second instance quits without opening a window', async () => {
    state.lock = false;
    startApp(paths);
    await flush();
    expect(calls).toContain('quit');
    expect(calls).not.toContain('registerSchemesAsPrivileged pizhu');
    expect(state.ready).toBeUndefined();
  });

  it('on ready: denies permissions, serves pizhu, registers every IPC channel, sets the menu, opens the app', async () => {
    startApp(paths);
    state.ready?.();
    await flush();
    expect(calls).toEqual(
      expect.arrayContaining([
        'setPermissionRequestHandler',
        'setPermissionCheckHandler',
        'protocol.handle pizhu',
        'new BrowserWindow',
        'webContents.on will-prevent-unload',
        'loadURL pizhu://app/index.html',
      ]),
    );
    expect(calls.some((c) => c.startsWith('setApplicationMenu'))).toBe(true);
    expect([...handlers.keys()].sort()).toEqual(
      ['countPdfPages', 'getAppInfo', 'listBackups', 'openFiles', 'readBackup', 'saveFile', 'savePdf', 'setTeamServer', 'writeBackup'].map((c) => `pizhu:${c}`),
    );
    expect(calls).toContain('setAsDefaultProtocolClient pizhu');
    expect(windows[0]?.options).toMatchObject({
      webPreferences: { preload: paths.preload, sandbox: true, contextIsolation: true, nodeIntegration: false },
    });
  });

  it('hands passage links from the OS to the renderer: from the start-up argv once loaded, and from a second instance', async () => {
    const argv = process.argv;
    process.argv = [...argv, 'pizhu://article/000_abc#p12'];
    try {
      startApp(paths);
    } finally {
      process.argv = argv;
    }
    state.ready?.();
    await flush();
    expect(calls).not.toContain('send pizhu:open-link pizhu://article/000_abc#p12');
    state.loaded?.();
    expect(calls).toContain('send pizhu:open-link pizhu://article/000_abc#p12');
    appEvents.get('second-instance')?.({}, ['/opt/Pizhu/pizhu', 'pizhu://article/imp-9#p3', 'javascript:alert(1)']);
    expect(calls).toContain('send pizhu:open-link pizhu://article/imp-9#p3');
    appEvents.get('second-instance')?.({}, ['/opt/Pizhu/pizhu', 'pizhu://app/../../etc/passwd']);
    expect(calls.filter((c) => c.startsWith('send pizhu:open-link'))).toHaveLength(2);
  });
});

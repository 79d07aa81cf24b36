import { ipcChannelName, MENU_COMMAND_CHANNEL, MENU_COMMANDS, OPEN_LINK_CHANNEL, type MenuCommand, type PizhuBridge } from '../ipc/contract';

/** The two `ipcRenderer` calls the bridge makes; injected so Node tests can fake them. */
export interface BridgeIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): void;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): void;
}

const isMenuCommand = (value: unknown): value is MenuCommand => typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);

/**
 * `window.pizhu`: one named function per contract channel plus `onMenuCommand`. Nothing
 * generic — the page can reach no channel that is not listed here, and never sees
 * `ipcRenderer` or the IPC event object. Results are trusted as the contract's types because
 * main builds them; main, not the preload, validates what goes the other way.
 */
export function createBridge(ipc: BridgeIpc): PizhuBridge {
  const call = <T>(channel: Parameters<typeof ipcChannelName>[0], ...args: unknown[]): Promise<T> => ipc.invoke(ipcChannelName(channel), ...args) as Promise<T>;
  return {
    getAppInfo: () => call('getAppInfo'),
    writeBackup: (json, request) => call('writeBackup', json, request),
    listBackups: () => call('listBackups'),
    readBackup: (name) => call('readBackup', name),
    saveFile: (request) => call('saveFile', request),
    savePdf: (request) => call('savePdf', request),
    countPdfPages: (request) => call('countPdfPages', request),
    openFiles: () => call('openFiles'),
    setTeamServer: (url) => call('setTeamServer', url),
    onMenuCommand: (listener) => {
      const wrapped = (_event: unknown, command: unknown): void => {
        if (isMenuCommand(command)) listener(command);
      };
      ipc.on(MENU_COMMAND_CHANNEL, wrapped);
      return () => ipc.removeListener(MENU_COMMAND_CHANNEL, wrapped);
    },
    onOpenLink: (listener) => {
      const wrapped = (_event: unknown, url: unknown): void => {
        if (typeof url === 'string' && url.startsWith('pizhu://article/')) listener(url);
      };
      ipc.on(OPEN_LINK_CHANNEL, wrapped);
      return () => ipc.removeListener(OPEN_LINK_CHANNEL, wrapped);
    },
  };
}

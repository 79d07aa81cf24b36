import { describe, expect, it } from 'vitest';
import { ipcChannelName, MENU_COMMAND_CHANNEL, type IpcChannel, type MenuCommand } from '../../electron/ipc/contract';
import { createBridge, type BridgeIpc } from '../../electron/preload/bridge';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpc() {
  const invoked: Array<[string, unknown[]]> = [];
  const listeners = new Map<string, Set<Listener>>();
  const ipc: BridgeIpc = {
    invoke: (channel, ...args) => {
      invoked.push([channel, args]);
      return Promise.resolve({ ok: true, value: channel });
    },
    on: (channel, listener) => void (listeners.get(channel) ?? listeners.set(channel, new Set()).get(channel))?.add(listener),
    removeListener: (channel, listener) => void listeners.get(channel)?.delete(listener),
  };
  const emit = (channel: string, ...args: unknown[]): void => listeners.get(channel)?.forEach((l) => l({ sender: 'secret' }, ...args));
  return { ipc, invoked, emit, listeners };
}

describe('preload bridge', () => {
  it('exposes exactly one named function per channel plus onMenuCommand and onOpenLink', () => {
    const bridge = createBridge(fakeIpc().ipc);
    expect(Object.keys(bridge).sort()).toEqual(
      [
        'getAppInfo',
        'writeBackup',
        'listBackups',
        'readBackup',
        'saveFile',
        'savePdf',
        'countPdfPages',
        'openFiles',
        'setTeamServer',
        'onMenuCommand',
        'onOpenLink',
      ].sort(),
    );
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
    expect(bridge).not.toHaveProperty('invoke');
    expect(bridge).not.toHaveProperty('send');
  });

  it.each<[string, IpcChannel, (b: ReturnType<typeof createBridge>) => Promise<unknown>, unknown[]]>([
    ['getAppInfo', 'getAppInfo', (b) => b.getAppInfo(), []],
    [
      'writeBackup',
      'writeBackup',
      (b) => b.writeBackup('{}', { checksum: '0123456789abcdef', pin: false }),
      ['{}', { checksum: '0123456789abcdef', pin: false }],
    ],
    ['listBackups', 'listBackups', (b) => b.listBackups(), []],
    ['readBackup', 'readBackup', (b) => b.readBackup('n.json'), ['n.json']],
    [
      'saveFile',
      'saveFile',
      (b) => b.saveFile({ suggestedName: 'a', content: 'b', mimeType: 'text/plain' }),
      [{ suggestedName: 'a', content: 'b', mimeType: 'text/plain' }],
    ],
    [
      'savePdf',
      'savePdf',
      (b) => b.savePdf({ html: 'h', suggestedName: 'a', pageSize: 'A4', lang: 'zh-CN' }),
      [{ html: 'h', suggestedName: 'a', pageSize: 'A4', lang: 'zh-CN' }],
    ],
    ['openFiles', 'openFiles', (b) => b.openFiles(), []],
    ['setTeamServer', 'setTeamServer', (b) => b.setTeamServer('wss://team.example.org'), ['wss://team.example.org']],
  ])('%s invokes pizhu:%s with its arguments only', async (_name, channel, call, args) => {
    const fake = fakeIpc();
    const result = await call(createBridge(fake.ipc));
    expect(fake.invoked).toEqual([[ipcChannelName(channel), args]]);
    expect(result).toEqual({ ok: true, value: ipcChannelName(channel) });
  });

  it('delivers known menu commands without the IPC event, drops unknown ones, and unsubscribes', () => {
    const fake = fakeIpc();
    const bridge = createBridge(fake.ipc);
    const received: MenuCommand[] = [];
    const received2: unknown[][] = [];
    const off = bridge.onMenuCommand((command, ...rest: unknown[]) => {
      received.push(command);
      received2.push(rest);
    });
    fake.emit(MENU_COMMAND_CHANNEL, 'import');
    fake.emit(MENU_COMMAND_CHANNEL, 'rm -rf');
    fake.emit(MENU_COMMAND_CHANNEL, { command: 'import' });
    off();
    fake.emit(MENU_COMMAND_CHANNEL, 'print');
    expect(received).toEqual(['import']);
    expect(received2).toEqual([[]]);
    expect(fake.listeners.get(MENU_COMMAND_CHANNEL)?.size).toBe(0);
  });
});

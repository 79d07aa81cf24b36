import { describe, expect, it } from 'vitest';
import { ok, type Result } from '../../corpus/model/result';
import { ipcChannelName, type IpcChannel } from '../../electron/ipc/contract';
import { guard, isTrustedSender, parseArgs, type GuardEvent, type IpcListener } from '../../electron/ipc/guards';
import { createHandlers, registerHandlers, type HandlerDeps } from '../../electron/main/register-handlers';

const fromApp: GuardEvent = { senderFrame: { url: 'pizhu://app/index.html#/reader/1' } };
const event = (url: string | null): GuardEvent => ({ senderFrame: url === null ? null : { url } });

describe('isTrustedSender', () => {
  it.each([
    ['app page', 'pizhu://app/index.html', true],
    ['app root', 'pizhu://app/', true],
    ['other pizhu host', 'pizhu://evil/index.html', false],
    ['credentials on the app host', 'pizhu://mallory@app/index.html', false],
    ['web page', 'https://example.com/', false],
    ['file page', 'file:///home/u/index.html', false],
    ['data url', 'data:text/html,<p>hi</p>', false],
    ['about:blank', 'about:blank', false],
    ['look-alike host', 'pizhu://app.evil/index.html', false],
    ['empty url', '', false],
    ['destroyed frame', null, false],
  ])('%s → %s', (_name, url, trusted) => expect(isTrustedSender(event(url))).toBe(trusted));
});

describe('guard: forged senders never reach the handler', () => {
  it.each([
    ['web page', 'https://attacker.example/'],
    ['file page', 'file:///tmp/x.html'],
    ['other app host', 'pizhu://print/x.html'],
    ['no frame', null],
  ])('%s', async (_name, url) => {
    let called = false;
    const listener = guard('listBackups', () => {
      called = true;
      return Promise.resolve(ok([]));
    });
    const result = await listener(event(url));
    expect(called).toBe(false);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^listBackups: refused: sender/);
  });
});

describe('parseArgs: malformed arguments name the field', () => {
  const goodSave = { suggestedName: 'notes.md', content: '# hi', mimeType: 'text/markdown' };
  const goodPdf = { html: '<p>x</p>', suggestedName: 'a.pdf', pageSize: 'A4', lang: 'zh-CN' };
  it.each<[string, IpcChannel, unknown[], RegExp]>([
    ['writeBackup without json', 'writeBackup', [], /^writeBackup: json: missing$/],
    ['writeBackup with a number', 'writeBackup', [42, { checksum: '0123456789abcdef', pin: false }], /^writeBackup: json: .*string/],
    ['writeBackup with an object', 'writeBackup', [{ a: 1 }, { checksum: '0123456789abcdef', pin: false }], /^writeBackup: json: /],
    ['writeBackup without its request', 'writeBackup', ['{}'], /^writeBackup: request: missing$/],
    [
      'writeBackup with a short checksum',
      'writeBackup',
      ['{}', { checksum: 'abc', pin: false }],
      /^writeBackup: request\.checksum: expected the 16 hex digits/,
    ],
    ['writeBackup with an unknown request field', 'writeBackup', ['{}', { checksum: '0123456789abcdef', pin: false, path: '/etc' }], /^writeBackup: request: /],
    [
      'writeBackup with extra argument',
      'writeBackup',
      ['{}', { checksum: '0123456789abcdef', pin: false }, 'x'],
      /^writeBackup: expected 2 argument\(s\) \(json, request\), got 3$/,
    ],
    ['readBackup path traversal', 'readBackup', ['../../etc/passwd'], /^readBackup: name: expected a backup file name/],
    ['readBackup with slash', 'readBackup', ['sub/pizhu-backup-2026-11-26T11-40-00-123Z.json'], /^readBackup: name: /],
    ['readBackup with backslash', 'readBackup', ['..\\pizhu-backup-2026-11-26T11-40-00-123Z.json'], /^readBackup: name: /],
    ['readBackup other extension', 'readBackup', ['pizhu-backup-2026-11-26T11-40-00-123Z.exe'], /^readBackup: name: /],
    ['readBackup null', 'readBackup', [null], /^readBackup: name: /],
    ['saveFile missing request', 'saveFile', [], /^saveFile: request: missing$/],
    ['saveFile wrong mime type', 'saveFile', [{ ...goodSave, mimeType: 'text/html' }], /^saveFile: request\.mimeType: /],
    [
      'saveFile name with path',
      'saveFile',
      [{ ...goodSave, suggestedName: '../../.bashrc' }],
      /^saveFile: request\.suggestedName: must not contain path separators/,
    ],
    ['saveFile empty name', 'saveFile', [{ ...goodSave, suggestedName: '' }], /^saveFile: request\.suggestedName: /],
    ['saveFile content not a string', 'saveFile', [{ ...goodSave, content: ['x'] }], /^saveFile: request\.content: /],
    ['saveFile unknown field', 'saveFile', [{ ...goodSave, path: '/etc/passwd' }], /^saveFile: request: .*path/],
    ['savePdf bad page size', 'savePdf', [{ ...goodPdf, pageSize: 'A3' }], /^savePdf: request\.pageSize: /],
    ['savePdf empty html', 'savePdf', [{ ...goodPdf, html: '' }], /^savePdf: request\.html: /],
    ['savePdf missing name', 'savePdf', [{ html: 'x', pageSize: 'A4', lang: 'zh-CN' }], /^savePdf: request\.suggestedName: /],
    ['savePdf as string', 'savePdf', ['<p>x</p>'], /^savePdf: request: /],
    ['countPdfPages without documents', 'countPdfPages', [{ htmls: [], pageSize: 'A4', lang: 'en' }], /^countPdfPages: request\.htmls: /],
    ['countPdfPages with a number', 'countPdfPages', [{ htmls: ['<p>x</p>', 7], pageSize: 'A4', lang: 'en' }], /^countPdfPages: request\.htmls\[1\]: /],
    [
      'countPdfPages with too many documents',
      'countPdfPages',
      [{ htmls: Array.from({ length: 65 }, () => 'x'), pageSize: 'A4', lang: 'en' }],
      /^countPdfPages: request\.htmls: /,
    ],
    ['getAppInfo with argument', 'getAppInfo', ['x'], /^getAppInfo: expected 0 argument\(s\), got 1$/],
    ['openFiles with a path', 'openFiles', ['/etc/passwd'], /^openFiles: /],
    ['listBackups with argument', 'listBackups', [1], /^listBackups: /],
    ['setTeamServer with a number', 'setTeamServer', [1234], /^setTeamServer: url: /],
    ['setTeamServer without an argument', 'setTeamServer', [], /^setTeamServer: /],
  ])('%s', (_name, channel, args, message) => {
    const result = parseArgs(channel, args);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it.each<[string, IpcChannel, unknown[]]>([
    ['writeBackup', 'writeBackup', ['{"items":[]}', { checksum: '0123456789abcdef', pin: true }]],
    ['readBackup', 'readBackup', ['pizhu-backup-2026-11-26T11-40-00-123Z.json']],
    ['saveFile', 'saveFile', [goodSave]],
    ['savePdf', 'savePdf', [goodPdf]],
    ['countPdfPages', 'countPdfPages', [{ htmls: ['<p>封面</p>', '<p>目录</p>'], pageSize: 'Letter', lang: 'en' }]],
    ['getAppInfo', 'getAppInfo', []],
  ])('accepts well-formed %s', (_name, channel, args) => {
    expect(parseArgs(channel, args)).toEqual({ ok: true, value: args });
  });
});

describe('guard: handler failures become Result errors', () => {
  it('catches a thrown error', async () => {
    const listener = guard('listBackups', () => Promise.reject(new Error('disk on fire')));
    expect(await listener(fromApp)).toEqual({ ok: false, error: 'listBackups: disk on fire' });
  });

  it('passes a valid call through', async () => {
    const listener = guard('readBackup', (name) => Promise.resolve(ok(`read ${name}`)));
    expect(await listener(fromApp, 'pizhu-backup-2026-11-26T11-40-00-123Z.json')).toEqual(ok('read pizhu-backup-2026-11-26T11-40-00-123Z.json'));
  });
});

describe('registerHandlers', () => {
  const unused = (): never => {
    throw new Error('not used in this test');
  };
  const deps: HandlerDeps = {
    appInfo: { name: 'Pizhu', version: '0.1.0', platform: 'linux', userDataPath: '/home/u/.config/Pizhu', locales: ['zh-CN'] },
    backups: { writeBackup: unused, listBackups: () => Promise.resolve(ok([])), readBackup: unused },
    files: { showSaveDialog: unused, showOpenDialog: unused, writeFile: unused, stat: unused, readFile: unused, renderPdf: unused },
    teamServer: { current: () => undefined, set: unused },
  };

  function registered(): Map<string, IpcListener> {
    const map = new Map<string, IpcListener>();
    registerHandlers({ handle: (channel, listener) => map.set(channel, listener) }, createHandlers(deps));
    return map;
  }

  it('registers exactly one guarded listener per contract channel', () => {
    const channels: IpcChannel[] = [
      'getAppInfo',
      'writeBackup',
      'listBackups',
      'readBackup',
      'saveFile',
      'savePdf',
      'countPdfPages',
      'openFiles',
      'setTeamServer',
    ];
    expect([...registered().keys()].sort()).toEqual(channels.map(ipcChannelName).sort());
  });

  it.each<[string, IpcChannel, unknown[]]>([
    ['getAppInfo from a web page', 'getAppInfo', []],
    ['listBackups from a web page', 'listBackups', []],
    ['readBackup from a web page', 'readBackup', ['pizhu-backup-2026-11-26T11-40-00-123Z.json']],
  ])('registered listeners check the sender: %s', async (_name, channel, args) => {
    const listener = registered().get(ipcChannelName(channel));
    const result: Result<unknown> | undefined = await listener?.(event('https://evil.example/'), ...args);
    expect(result?.ok).toBe(false);
  });

  it('answers getAppInfo for the app', async () => {
    const result = await registered().get(ipcChannelName('getAppInfo'))?.(fromApp);
    expect(result).toEqual(
      ok({ name: 'Pizhu', version: '0.1.0', host: 'electron', platform: 'linux', dataLocation: '/home/u/.config/Pizhu', locales: ['zh-CN'] }),
    );
  });
});

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILE_RULES, runSecurityScan, scanSource, scanTree, stripComments, TREE_RULES } from '../../build/security-scan';

const ROOT = join(import.meta.dirname, '..', '..');

/** A tree that satisfies every tree rule, so per-file snippets are judged alone. */
const GOOD_TREE = [
  "session.setPermissionRequestHandler((_w, _p, cb) => cb(false));",
  'session.setPermissionCheckHandler(() => false);',
  "contents.on('will-navigate', (e) => e.preventDefault());",
  "contents.setWindowOpenHandler(() => ({ action: 'deny' }));",
].join('\n');

describe('security scan: each file rule fires on a bad snippet', () => {
  it.each([
    ['node-integration', 'new BrowserWindow({ webPreferences: { nodeIntegration: true } });'],
    ['node-integration', 'const prefs = { nodeIntegrationInWorker: true };'],
    ['context-isolation-off', 'webPreferences: { contextIsolation: false }'],
    ['sandbox-off', 'webPreferences: { sandbox: false }'],
    ['web-security-off', 'webPreferences: { webSecurity:false }'],
    ['insecure-content', 'webPreferences: { allowRunningInsecureContent: true }'],
    ['webview-tag', 'webPreferences: { webviewTag: true }'],
    ['experimental-features', 'webPreferences: { experimentalFeatures: true }'],
    ['blink-features', "webPreferences: { enableBlinkFeatures: 'CSSVariables' }"],
    ['open-external-unchecked', "contents.setWindowOpenHandler(({ url }) => { void shell.openExternal(url); return { action: 'deny' }; });"],
    ['open-external-unchecked', 'hardenWebContents(contents, shell.openExternal);'],
    ['file-protocol-load', "win.loadURL('file:///app/index.html');"],
    ['file-protocol-load', "win.loadFile('dist/renderer/index.html');"],
    ['generic-ipc-exposure', "contextBridge.exposeInMainWorld('ipc', ipcRenderer);"],
    ['generic-ipc-exposure', "contextBridge.exposeInMainWorld('electron', { ipcRenderer });"],
    ['generic-ipc-exposure', 'const api = { invoke: (channel, ...args) => ipcRenderer.invoke(channel, ...args) };'],
    ['generic-ipc-exposure', 'const api = { send: (channel, data) => ipcRenderer.send(channel, data) };'],
    ['remote-module', "import remote from '@electron/remote';"],
  ])('%s: %s', (rule, snippet) => {
    const findings = scanTree([{ file: 'bad.ts', text: `${GOOD_TREE}\n${snippet}` }]);
    expect(findings.map((f) => f.rule)).toEqual([rule]);
    expect(findings[0]?.line).toBe(5);
  });

  it('every file rule has at least one bad snippet above', () => {
    // Keeps the table honest when a rule is added.
    expect(FILE_RULES.map((r) => r.rule).sort()).toEqual(
      [
        'blink-features',
        'context-isolation-off',
        'experimental-features',
        'file-protocol-load',
        'generic-ipc-exposure',
        'insecure-content',
        'node-integration',
        'open-external-unchecked',
        'remote-module',
        'sandbox-off',
        'web-security-off',
        'webview-tag',
      ].sort(),
    );
  });
});

describe('security scan: good code passes', () => {
  it.each([
    ['checked openExternal', 'return isSafeExternalUrl(url) ? shell.openExternal(url) : Promise.resolve();'],
    ['check on the line before', 'if (!isSafeExternalUrl(url)) return;\nawait shell.openExternal(url);'],
    ['secure preferences', 'webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true }'],
    ['named bridge', "contextBridge.exposeInMainWorld('pizhu', createBridge(ipcRenderer));"],
    ['app protocol load', "void win.loadURL('pizhu://app/index.html');"],
    ['bad setting only in a comment', '// never write sandbox: false here\n/* nodeIntegration: true */'],
    ['URL in a string is not a comment', "const u = 'https://example.com'; const prefs = { sandbox: true };"],
  ])('%s', (_name, snippet) => {
    expect(scanTree([{ file: 'good.ts', text: `${GOOD_TREE}\n${snippet}` }])).toEqual([]);
  });
});

describe('security scan: tree rules', () => {
  it.each(TREE_RULES.map((r) => [r.rule, r.required.source] as const))('%s fires when no file has it', (rule) => {
    const lines = GOOD_TREE.split('\n').filter((line) => {
      const treeRule = TREE_RULES.find((r) => r.rule === rule);
      return !treeRule?.required.test(line);
    });
    const findings = scanTree([{ file: 'a.ts', text: lines.join('\n') }]);
    expect(findings.map((f) => f.rule)).toContain(rule);
  });
});

describe('stripComments', () => {
  it.each([
    ['line comment', 'a // b\nc', 'a \nc'],
    ['block comment keeps lines', 'a /* b\nc */ d', 'a     \n     d'],
    ['slashes in strings kept', "'http://x' // y", "'http://x' "],
    ['escaped quote in string', "'it\\'s // not a comment'", "'it\\'s // not a comment'"],
  ])('%s', (_name, input, output) => expect(stripComments(input)).toBe(output));

  it('reports line numbers of the original source', () => {
    expect(scanSource('x.ts', '/*\n\n*/\nconst p = { sandbox: false };')[0]?.line).toBe(4);
  });
});

describe('security scan of the real electron/ tree', () => {
  it('has 0 HIGH findings', async () => {
    const result = await runSecurityScan(join(ROOT, 'electron'), ROOT);
    expect(result.scanned).toBeGreaterThan(10);
    expect(result.findings.HIGH).toEqual([]);
  });
});

import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createMainWindow, createPdfWindow } from '../../electron/main/main-window-options';
import { APP_ID, APP_NAME, USER_DATA_FOLDER, userDataPath } from '../../electron/main/app-identity';

// The windows are built by `new BrowserWindow({…})` with literal options (so Electronegativity
// can read them); outside Electron a stand-in records what it was given.
vi.mock('electron', () => ({
  BrowserWindow: class {
    constructor(readonly options: BrowserWindowConstructorOptions) {}
  },
}));
const optionsOf = (window: unknown): BrowserWindowConstructorOptions => (window as { options: BrowserWindowConstructorOptions }).options;
const mainWindowOptions = (preload: string) => optionsOf(createMainWindow(preload));
const pdfWindowOptions = () => optionsOf(createPdfWindow());

describe('main window webPreferences', () => {
  const prefs = mainWindowOptions('/app/dist/electron/preload.cjs').webPreferences;
  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['webviewTag', false],
    ['spellcheck', false],
  ] as const)('%s = %s', (key, value) => expect(prefs?.[key]).toBe(value));

  it('uses the bundled preload', () => expect(prefs?.preload).toBe('/app/dist/electron/preload.cjs'));
});

describe('PDF window webPreferences', () => {
  const prefs = pdfWindowOptions().webPreferences;
  it.each([
    ['javascript', false],
    ['sandbox', true],
    ['contextIsolation', true],
    ['nodeIntegration', false],
  ] as const)('%s = %s', (key, value) => expect(prefs?.[key]).toBe(value));
  it('has no preload', () => expect(prefs?.preload).toBeUndefined());
  it('is hidden', () => expect(pdfWindowOptions().show).toBe(false));
});

describe('app identity (fixed forever)', () => {
  it('keeps name, appId and userData folder', () => {
    expect(APP_NAME).toBe('Pizhu');
    expect(APP_ID).toBe('app.pizhu.reader');
    expect(USER_DATA_FOLDER).toBe('Pizhu');
    expect(userDataPath('/home/u/.config')).toBe('/home/u/.config/Pizhu');
  });
});

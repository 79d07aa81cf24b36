import { BrowserWindow } from 'electron';

/**
 * The main window. Security-relevant preferences are spelled out even where they equal
 * Electron's defaults, and written inside the `new BrowserWindow({…})` call itself, so a
 * reviewer and Electronegativity (`npm run security:scan`, which reads only literal options)
 * both see them.
 */
export function createMainWindow(preloadPath: string): BrowserWindow {
  return new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Pizhu 批注',
    backgroundColor: '#fbfaf7',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
    },
  });
}

/**
 * The hidden window that renders print HTML to PDF: no preload, no JavaScript, sandboxed; the
 * HTML is data from the renderer and must not run anything.
 */
export function createPdfWindow(): BrowserWindow {
  return new BrowserWindow({
    show: false,
    width: 900,
    height: 1200,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      images: true,
    },
  });
}

import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The main window's options. Security-relevant preferences are spelled out even where they
 * equal Electron's defaults, so a reviewer (and `build/security-scan.ts`) sees them.
 */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
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
  };
}

/**
 * Options for the hidden window that renders print HTML to PDF: no preload, no JavaScript,
 * sandboxed; the HTML is data from the renderer and must not run anything.
 */
export function pdfWindowOptions(): BrowserWindowConstructorOptions {
  return {
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
  };
}

/**
 * Preload entry (bundled to dist/electron/preload.cjs, runs sandboxed). Exposes the named
 * bridge, and nothing else, as `window.pizhu`.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld('pizhu', createBridge(ipcRenderer));

import type { PizhuBridge } from '../../electron/ipc/contract';

/**
 * Everything the renderer needs from the platform. In Electron it is the preload's bridge
 * (`window.pizhu`); in a plain browser, `createBrowserHost`. The UI only sees this interface.
 */
export type Host = PizhuBridge;

declare global {
  interface Window {
    /** Set by Electron's preload; absent in a browser. */
    readonly pizhu?: PizhuBridge;
  }
}

/** The Electron bridge when running in Electron, otherwise undefined. */
export function electronBridge(): PizhuBridge | undefined {
  return typeof window !== 'undefined' ? window.pizhu : undefined;
}

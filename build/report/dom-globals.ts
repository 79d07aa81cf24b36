/**
 * The DOM the format extractors expect (DOMParser for HTML and Word, `window` for
 * DOMPurify), provided by jsdom so `npm run corpus:report` runs the app's own import code
 * in Node. Installed once, before the extractors are imported.
 */
import { JSDOM } from 'jsdom';

export function installDomGlobals(): void {
  if (typeof globalThis.DOMParser !== 'undefined') return;
  const { window } = new JSDOM('<!doctype html><html><body></body></html>');
  const g = globalThis as Record<string, unknown>;
  for (const name of ['window', 'document', 'DOMParser', 'Node', 'Element', 'HTMLElement', 'NodeFilter', 'DocumentFragment', 'XMLSerializer']) {
    g[name] = name === 'window' ? window : (window as unknown as Record<string, unknown>)[name];
  }
}

import { defineConfig, normalizePath } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { metaContentSecurityPolicy } from './electron/ipc/csp';

const ROOT = normalizePath(fileURLToPath(new URL('./', import.meta.url)));
/** Pizhu's own source folders: modules that run nothing at import time (the entry and CSS aside). */
const OWN_SOURCES = ['corpus/', 'renderer/', 'electron/'].map((dir) => ROOT + dir);

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** The renderer: built into dist/renderer, served by pizhu://app in Electron and by the preview server in a browser. */
export default defineConfig({
  root: 'renderer',
  base: './',
  // build:corpus writes corpus/generated/corpus/*.json; served as ./corpus/*.json.
  publicDir: '../corpus/generated',
  plugins: [
    react(),
    {
      // One CSP for every host: the policy the Electron protocol and preview server send as a
      // header, also as a <meta> tag (see metaContentSecurityPolicy for the two differences).
      name: 'pizhu-csp-meta',
      transformIndexHtml: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: metaContentSecurityPolicy() },
          injectTo: 'head-prepend',
        },
      ],
    },
  ],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      // Our modules only declare things (functions, constants, zod schemas): none is imported for
      // what it does on load — the one bare import is the stylesheet. Saying so lets Rollup drop
      // a module whose exports nobody uses even when it builds schemas at the top level, which it
      // otherwise keeps "in case" (barrels such as corpus/backup/index.ts pulled every schema and
      // the W3C export into the first paint: entry 216 → 199 kB gzip).
      treeshake: { moduleSideEffects: (id) => id.endsWith('.css') || !OWN_SOURCES.some((dir) => id.startsWith(dir)) },
      output: {
        // pdf.js ships its worker as `.mjs`; a module worker must be served with a JavaScript
        // MIME type (strict MIME checking), and not every host maps `.mjs` (the preview server
        // sent application/octet-stream and the PDF import failed). A `.js` name is served as
        // JavaScript everywhere.
        assetFileNames: (asset) => (asset.names.some((n) => n.endsWith('.mjs')) ? 'assets/[name]-[hash].js' : 'assets/[name]-[hash][extname]'),
      },
    },
  },
  worker: { format: 'es' },
});

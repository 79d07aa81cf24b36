import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The renderer: built into dist/renderer, served by pizhu://app in Electron and by the preview server in a browser. */
export default defineConfig({
  root: 'renderer',
  base: './',
  // build:corpus writes corpus/generated/corpus/*.json; served as ./corpus/*.json.
  publicDir: '../corpus/generated',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
  },
  worker: { format: 'es' },
});

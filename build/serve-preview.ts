/**
 * `npm run preview`: serves the built app at http://127.0.0.1:5178 for any browser.
 * The port is part of the IndexedDB origin: keep it fixed, or the notes written at
 * another port are not visible (they are not lost; go back to the old port).
 */
import { join } from 'node:path';
import { ROOT } from './corpus-files';
import { startStaticServer } from './static-server';

export const PREVIEW_PORT = 5178;

const port = Number(process.env.PORT ?? PREVIEW_PORT);
startStaticServer(join(ROOT, 'dist', 'renderer'), port).then(
  () => console.log(`Pizhu 批注 is running at http://127.0.0.1:${port}/  (Ctrl+C to stop)`),
  (error: Error) => {
    console.error(`Could not start the preview server on port ${port}: ${error.message}`);
    process.exit(1);
  },
);

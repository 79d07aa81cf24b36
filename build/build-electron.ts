/**
 * Bundles the Electron main process and preload into dist/electron (`npm run build:electron`).
 * One file each: the sandboxed preload cannot `require` our modules, and a single main file
 * starts faster from app.asar. `electron` stays external — Electron provides it at run time.
 */
import { build, type BuildOptions } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The two bundles, as esbuild options (exported for the test that checks them). */
export function electronBuilds(root: string): BuildOptions[] {
  const common: BuildOptions = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['electron'],
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
  };
  return [
    // Electron 41 ships Node 24; node22 keeps the output conservative.
    { ...common, entryPoints: [join(root, 'electron/main/index.ts')], outfile: join(root, 'dist/electron/main.cjs'), target: 'node22' },
    { ...common, entryPoints: [join(root, 'electron/preload/index.ts')], outfile: join(root, 'dist/electron/preload.cjs'), target: 'chrome130' },
  ];
}

export async function buildElectron(root: string): Promise<void> {
  for (const options of electronBuilds(root)) {
    await build(options);
    console.log(`built ${String(options.outfile)}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildElectron(ROOT).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

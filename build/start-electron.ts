/**
 * `npm start`'s last step: runs the built app in Electron. npm install skips Electron's
 * download (.npmrc ignore-scripts), so the binary is fetched here on first use; where that is
 * impossible (offline machines, this CI) we say how to use the browser preview instead.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export const NO_ELECTRON_MESSAGE = 'Electron could not be downloaded here; open the same app in a browser: npm run preview → http://127.0.0.1:5178';

/** File checks `electronBinaryPath` makes; injectable for tests. */
export interface BinaryLookupIo {
  exists(path: string): boolean;
  readText(path: string): string;
}

const NODE_IO: BinaryLookupIo = { exists: existsSync, readText: (path) => readFileSync(path, 'utf8') };

/**
 * The Electron executable that `require('electron')` would return, if it is installed:
 * node_modules/electron/path.txt names it relative to node_modules/electron/dist.
 */
export function electronBinaryPath(electronDir: string, io: BinaryLookupIo = NODE_IO): string | undefined {
  const pathFile = join(electronDir, 'path.txt');
  if (!io.exists(pathFile)) return undefined;
  const relative = io.readText(pathFile).trim();
  if (relative === '') return undefined;
  const binary = join(electronDir, 'dist', relative);
  return io.exists(binary) ? binary : undefined;
}

/** Runs Electron's own installer (the postinstall npm skipped). True when it succeeded. */
function downloadElectron(electronDir: string): boolean {
  console.log('Downloading the Electron binary (first start only)…');
  // Progress goes to the terminal; on failure, one line of why instead of the installer's stack trace.
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: ['ignore', 'inherit', 'pipe'], cwd: electronDir, encoding: 'utf8' });
  if (result.status !== 0) {
    const reason =
      (result.stderr ?? '')
        .split('\n')
        .find((line) => /error/i.test(line))
        ?.trim() ?? `exit code ${result.status}`;
    console.error(`The Electron download failed: ${reason}`);
  }
  return result.status === 0;
}

export function startElectron(root: string): void {
  const electronDir = join(root, 'node_modules', 'electron');
  let binary = electronBinaryPath(electronDir);
  if (binary === undefined && existsSync(join(electronDir, 'install.js')) && downloadElectron(electronDir)) {
    binary = electronBinaryPath(electronDir);
  }
  if (binary === undefined) {
    console.error(NO_ELECTRON_MESSAGE);
    process.exit(1);
  }
  // ELECTRON_RUN_AS_NODE would turn the app into a plain Node process; never inherit it.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, [root], { stdio: 'inherit', env });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  startElectron(ROOT);
}

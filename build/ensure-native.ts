/**
 * The team server stores its data with better-sqlite3, a native addon. Install scripts are off in
 * this project (.npmrc: Electron's would download a binary), so the addon is compiled here, once,
 * from the source npm installed (node-gyp with Node's own headers; no download), when it is missing.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

function loads(): boolean {
  try {
    const Database = createRequire(import.meta.url)('better-sqlite3') as new (path: string) => { close(): void };
    new Database(':memory:').close();
    return true;
  } catch {
    return false;
  }
}

if (!loads()) {
  process.stderr.write('better-sqlite3: compiling the native addon (once, about a minute)…\n');
  execFileSync('npm', ['rebuild', 'better-sqlite3', '--ignore-scripts=false'], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (!loads()) {
    process.stderr.write('better-sqlite3 still does not load: python3, make and g++ are needed to compile it.\n');
    process.exit(1);
  }
}

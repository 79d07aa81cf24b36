import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronBuilds } from '../../build/build-electron';
import { electronBinaryPath, NO_ELECTRON_MESSAGE } from '../../build/start-electron';

describe('electronBinaryPath', () => {
  const dir = '/repo/node_modules/electron';
  it.each([
    ['installed', { [join(dir, 'path.txt')]: 'electron', [join(dir, 'dist', 'electron')]: '' }, join(dir, 'dist', 'electron')],
    ['no path.txt (install script skipped)', {}, undefined],
    ['path.txt but no dist', { [join(dir, 'path.txt')]: 'electron' }, undefined],
    ['empty path.txt', { [join(dir, 'path.txt')]: '  ' }, undefined],
    [
      'macOS layout',
      { [join(dir, 'path.txt')]: 'Electron.app/Contents/MacOS/Electron', [join(dir, 'dist', 'Electron.app/Contents/MacOS/Electron')]: '' },
      join(dir, 'dist', 'Electron.app/Contents/MacOS/Electron'),
    ],
  ])('%s', (_name, files: Record<string, string>, expected) => {
    const io = { exists: (p: string) => p in files, readText: (p: string) => files[p] ?? '' };
    expect(electronBinaryPath(dir, io)).toBe(expected);
  });

  it('tells the user about the browser preview', () => {
    expect(NO_ELECTRON_MESSAGE).toContain('npm run preview → http://127.0.0.1:5178');
  });
});

describe('electronBuilds', () => {
  const builds = electronBuilds('/repo');
  it.each([
    ['main', 0, '/repo/electron/main/index.ts', '/repo/dist/electron/main.cjs'],
    ['preload', 1, '/repo/electron/preload/index.ts', '/repo/dist/electron/preload.cjs'],
  ])('%s bundle: cjs for node, electron external', (_name, index, entry, out) => {
    const build = builds[index];
    expect(build?.entryPoints).toEqual([entry]);
    expect(build?.outfile).toBe(out);
    expect(build?.format).toBe('cjs');
    expect(build?.platform).toBe('node');
    expect(build?.bundle).toBe(true);
    expect(build?.external).toEqual(['electron']);
  });
});

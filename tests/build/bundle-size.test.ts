/**
 * The renderer's entry chunk (what loads before first paint), gzipped, read from the built
 * dist (`PIZHU_DIST` or dist/renderer; skipped with the reason when it is not built).
 *
 * Issue 15's goal is 150 kB (`ENTRY_GZIP_BUDGET`). Today's entry is ~217 kB (views other than
 * the library, the search dialog and the English catalog load on first use; lunr is gone): React DOM
 * (~66 kB), Dexie (~32 kB) and zod (~25 kB, settings/record schemas read at start) alone are
 * ~125 kB, so the goal needs route-level lazy loading and zod off the start path (see the
 * README's "Bundle size"). Until then the ceiling below stops the entry from growing, and
 * `PIZHU_BUNDLE_GOAL=1` runs the 150 kB check itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENTRY_GZIP_BUDGET, measureBundle } from '../../build/bundle-size';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = process.env.PIZHU_DIST ?? join(ROOT, 'dist', 'renderer');
/** Today's entry (217 kB gzip: lunr out, views, search dialog and English lazy) plus a little room; lower it as chunks move out. */
const ENTRY_GZIP_CEILING = 225 * 1024;
const sizes = measureBundle(DIST);
const kB = (n: number): string => `${(n / 1024).toFixed(1)} kB`;

describe('renderer bundle size', () => {
  it.skipIf(sizes === null)(
    `entry chunk stays under ${kB(ENTRY_GZIP_CEILING)} gzipped (no growth while the ${kB(ENTRY_GZIP_BUDGET)} goal is open) — skipped when ${DIST} is not built`,
    () => {
      const entry = sizes!.entry;
      console.info(`[bundle] entry ${entry.file}: ${kB(entry.bytes)} raw, ${kB(entry.gzipBytes)} gzip; all JS ${kB(sizes!.totalGzipBytes)} gzip`);
      expect(entry.gzipBytes).toBeLessThan(ENTRY_GZIP_CEILING);
      // Static imports load before first paint too: they count with the entry.
      const firstPaint = entry.gzipBytes + sizes!.staticImports.reduce((n, c) => n + c.gzipBytes, 0);
      expect(firstPaint).toBeLessThan(ENTRY_GZIP_CEILING);
    },
  );

  it.skipIf(sizes === null || process.env.PIZHU_BUNDLE_GOAL !== '1')(`entry chunk is under the ${kB(ENTRY_GZIP_BUDGET)} goal (PIZHU_BUNDLE_GOAL=1)`, () => {
    const firstPaint = sizes!.entry.gzipBytes + sizes!.staticImports.reduce((n, c) => n + c.gzipBytes, 0);
    expect(firstPaint).toBeLessThan(ENTRY_GZIP_BUDGET);
  });

  it.skipIf(sizes === null)('first paint carries one language: the English catalog is a chunk of its own, loaded on first use', () => {
    const read = (file: string): string => readFileSync(join(DIST, file), 'utf8');
    const english = 'Offline briefing reader';
    const startFiles = [sizes!.entry.file, ...sizes!.staticImports.map((c) => c.file)];
    expect(startFiles.filter((f) => read(f).includes(english))).toEqual([]);
    expect(sizes!.all.filter((c) => read(c.file).includes(english)).length).toBe(1);
  });

  it.skipIf(sizes === null)('the entry is the module script of index.html, and lunr (benchmark only) is in no chunk or worker', () => {
    expect(sizes!.all.map((c) => c.file)).toContain(sizes!.entry.file);
    expect(sizes!.entry.gzipBytes).toBeLessThan(sizes!.entry.bytes);
    // A string literal of lunr's Pipeline.load that survives minification.
    const withLunr = sizes!.all.filter((c) => readFileSync(join(DIST, c.file), 'utf8').includes('Cannot load unregistered function'));
    expect(withLunr.map((c) => c.file)).toEqual([]);
  });
});

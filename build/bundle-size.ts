/**
 * Sizes of the built renderer (issue 15: the entry chunk under 150 kB gzipped): the chunk
 * `index.html` loads first, everything it imports statically (`modulepreload` links and its
 * `import` statements of other chunks), and every JavaScript file in `assets/`, each raw and
 * gzipped (zlib level 9, like the size a server or package compresses to).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The goal for the entry chunk, gzip bytes. */
export const ENTRY_GZIP_BUDGET = 150 * 1024;

export interface ChunkSize {
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

export interface BundleSizes {
  readonly entry: ChunkSize;
  /** Chunks the entry imports statically (loaded before first paint), entry excluded. */
  readonly staticImports: readonly ChunkSize[];
  /** Every .js in assets/ (lazy chunks and workers included), largest first. */
  readonly all: readonly ChunkSize[];
  readonly totalGzipBytes: number;
}

function sizeOf(dist: string, file: string): ChunkSize {
  const bytes = readFileSync(join(dist, file));
  return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
}

/** Measures a built renderer directory (`dist/renderer` or a `vite build --outDir`); null when it is not built. */
export function measureBundle(dist: string): BundleSizes | null {
  const html = join(dist, 'index.html');
  if (!existsSync(html)) return null;
  const entryFile = /<script type="module"[^>]*src="\.\/([^"]+)"/.exec(readFileSync(html, 'utf8'))?.[1];
  if (!entryFile) throw new Error(`${html}: no module script`);
  const entry = sizeOf(dist, entryFile);
  const code = readFileSync(join(dist, entryFile), 'utf8');
  // Static imports of sibling chunks: `import … from "./x.js"` (dynamic `import("./x.js")` excluded).
  const statics = new Set<string>();
  for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{][^'"]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) statics.add(`assets/${m[1]}`);
  const assets = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
  const all = assets.map((f) => sizeOf(dist, `assets/${f}`)).sort((a, b) => b.gzipBytes - a.gzipBytes);
  return {
    entry,
    staticImports: [...statics].filter((f) => f !== entryFile).map((f) => sizeOf(dist, f)),
    all,
    totalGzipBytes: all.reduce((n, c) => n + c.gzipBytes, 0),
  };
}

/**
 * `npm run build:corpus`: bundled articles → clean article model JSON + manifest, served to
 * the renderer as ./corpus/*.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Article } from '../corpus/model';
import { GENERATED_DIR, loadBundledArticles } from './corpus-files';
import { SEARCH_INDEX_FILE, SEARCH_INDEX_MANIFEST, buildSearchIndexJson } from './search-index-file';

export const MANIFEST_FORMAT_VERSION = 1;

/**
 * Writes the generated corpus: `articles.json` (Article[]) and `manifest.json`.
 * The prebuilt search index belongs here too: build it from `articles`, write it next to
 * them and record its format version in the manifest.
 */
export function writeCorpus(articles: readonly Article[], dir = GENERATED_DIR): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'articles.json'), JSON.stringify(articles));
  writeFileSync(join(dir, SEARCH_INDEX_FILE), buildSearchIndexJson(articles));
  const manifest = {
    formatVersion: MANIFEST_FORMAT_VERSION,
    searchIndex: SEARCH_INDEX_MANIFEST,
    articles: articles.map((a) => ({ id: a.id, title: a.meta.title, contentHash: a.contentHash })),
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
}

function main(): void {
  const started = performance.now();
  const articles = loadBundledArticles().map((o) => o.article);
  writeCorpus(articles);
  const ms = Math.round(performance.now() - started);
  console.log(`build:corpus: ${articles.length} articles → corpus/generated/corpus (${ms} ms)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();

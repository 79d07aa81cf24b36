/**
 * `npm run build:corpus`: bundled articles → clean article model JSON + manifest, served to
 * the renderer as ./corpus/*.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENERATED_DIR, loadBundledArticles } from './corpus-files';

function main(): void {
  const started = performance.now();
  const outputs = loadBundledArticles();
  const articles = outputs.map((o) => o.article);
  mkdirSync(GENERATED_DIR, { recursive: true });
  writeFileSync(join(GENERATED_DIR, 'articles.json'), JSON.stringify(articles));
  const manifest = {
    formatVersion: 1,
    articles: articles.map((a) => ({ id: a.id, title: a.meta.title, contentHash: a.contentHash })),
  };
  writeFileSync(join(GENERATED_DIR, 'manifest.json'), JSON.stringify(manifest, null, 2));
  const ms = Math.round(performance.now() - started);
  console.log(`build:corpus: ${articles.length} articles → corpus/generated/corpus (${ms} ms)`);
}

main();

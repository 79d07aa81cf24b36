import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { normalizeArticle, type NormalizeOutput } from '../corpus/normalize';

export const ROOT = resolve(import.meta.dirname, '..');
export const ARTICLES_DIR = join(ROOT, 'corpus', 'articles');
/** Served to the renderer as `./corpus/…` (vite publicDir). */
export const GENERATED_DIR = join(ROOT, 'corpus', 'generated', 'corpus');

const ARTICLE_EXTENSIONS = ['.txt', '.md'];

/** Bundled article files, sorted by name so ids and order are stable. */
export function listArticleFiles(dir = ARTICLES_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => ARTICLE_EXTENSIONS.some((ext) => f.endsWith(ext)))
    .sort();
}

/** Reads and normalizes every bundled article (sidecar `<name>.meta.json` applied). */
export function loadBundledArticles(dir = ARTICLES_DIR): NormalizeOutput[] {
  return listArticleFiles(dir).map((fileName) => {
    const text = readFileSync(join(dir, fileName), 'utf8');
    const sidecar = join(dir, fileName.replace(/\.[^.]+$/, '.meta.json'));
    const meta = existsSync(sidecar) ? (JSON.parse(readFileSync(sidecar, 'utf8')) as Record<string, unknown>) : undefined;
    return normalizeArticle({ fileName, text, origin: 'bundled', ...(meta ? { meta } : {}) });
  });
}

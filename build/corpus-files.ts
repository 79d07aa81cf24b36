import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { err, ok, type ArticleMeta, type Result } from '../corpus/model';
import { decodeText, normalizeArticle, parseSidecar, type NormalizeOutput } from '../corpus/normalize';

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

/** `<name>.meta.json` next to `<name>.txt`. */
export function sidecarName(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '.meta.json');
}

/**
 * Reads one bundled article: decodes its bytes (any supported encoding), validates its
 * sidecar if present, normalizes. Errors name the file and the reason or field.
 */
export function loadArticleFile(dir: string, fileName: string): Result<NormalizeOutput> {
  const decoded = decodeText(new Uint8Array(readFileSync(join(dir, fileName))));
  if (!decoded.ok) return err(`${fileName}: ${decoded.error}`);
  const sidecar = sidecarName(fileName);
  let meta: Partial<ArticleMeta> | undefined;
  if (existsSync(join(dir, sidecar))) {
    const parsed = parseSidecar(sidecar, readFileSync(join(dir, sidecar), 'utf8'));
    if (!parsed.ok) return parsed;
    meta = parsed.value;
  }
  return ok(normalizeArticle({ fileName, text: decoded.value.text, origin: 'bundled', ...(meta ? { meta } : {}) }));
}

/**
 * Reads and normalizes every bundled article (sidecars applied). A bad file or sidecar is
 * a build error: throws with the message naming the file and field.
 */
export function loadBundledArticles(dir = ARTICLES_DIR): NormalizeOutput[] {
  return listArticleFiles(dir).map((fileName) => {
    const loaded = loadArticleFile(dir, fileName);
    if (!loaded.ok) throw new Error(`build:corpus: ${loaded.error}`);
    return loaded.value;
  });
}

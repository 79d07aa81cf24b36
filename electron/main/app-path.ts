import { isAbsolute, relative, resolve, sep } from 'node:path';
import { err, ok, type Result } from '../../corpus/model/result';
import { APP_HOST, APP_SCHEME } from '../ipc/csp';

/** The file served for `pizhu://app/` itself. */
export const APP_INDEX_FILE = 'index.html';

/**
 * Matches `pizhu://<host><path>` on the RAW request URL. We look at the raw text on purpose:
 * WHATWG URL parsing silently collapses `..` and `%2e%2e` segments, which would hide an
 * escape attempt instead of refusing it.
 */
const RAW_URL = new RegExp(`^${APP_SCHEME}://([^/?#]*)([^?#]*)`, 'i');

/**
 * Maps an app URL to a file under `root` (the built renderer folder), or says why not.
 * Refuses anything that could leave `root` or confuse a file system: other schemes or hosts,
 * `.`/`..` segments (plain or percent-encoded), backslashes, null bytes, drive letters, empty
 * segments (`//etc`), hidden files and malformed percent-encoding.
 */
export function resolveAppPath(root: string, url: string): Result<string> {
  const match = RAW_URL.exec(url);
  if (!match) return err(`not an ${APP_SCHEME}:// URL: ${url}`);
  const [, host = '', rawPath = ''] = match;
  if (host.toLowerCase() !== APP_HOST) return err(`unknown host "${host}" in ${url}`);
  if (/\\|%5c|\0|%00/i.test(rawPath)) return err(`backslash or null byte in path: ${url}`);

  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return err(`malformed percent-encoding in path: ${url}`);
  }
  if (/[\\\0]/.test(decoded)) return err(`backslash or null byte in path: ${url}`);

  const relativePath = decoded === '' || decoded === '/' ? APP_INDEX_FILE : decoded.slice(1);
  const segments = relativePath.split('/');
  for (const segment of segments) {
    if (segment === '') return err(`empty path segment (absolute path?) in ${url}`);
    if (segment.startsWith('.')) return err(`dot segment or hidden file "${segment}" in ${url}`);
    if (segment.includes(':')) return err(`drive letter or colon in segment "${segment}" in ${url}`);
  }

  const rootDir = resolve(root);
  const file = resolve(rootDir, ...segments);
  // Belt and braces: whatever the checks above missed, the result must stay inside root.
  const inside = relative(rootDir, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside) || !file.startsWith(rootDir + sep)) {
    return err(`path escapes the app folder: ${url}`);
  }
  return ok(file);
}

import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppPath } from '../../electron/main/app-path';

const ROOT = resolve('/srv/pizhu/dist/renderer');

describe('resolveAppPath', () => {
  it.each([
    ['root serves index.html', 'pizhu://app/', 'index.html'],
    ['bare origin serves index.html', 'pizhu://app', 'index.html'],
    ['index.html', 'pizhu://app/index.html', 'index.html'],
    ['nested asset', 'pizhu://app/assets/index-abc123.js', 'assets/index-abc123.js'],
    ['corpus json', 'pizhu://app/corpus/articles.json', 'corpus/articles.json'],
    ['query string ignored', 'pizhu://app/index.html?v=2', 'index.html'],
    ['fragment ignored', 'pizhu://app/index.html#/reader/000', 'index.html'],
    ['percent-encoded CJK name', 'pizhu://app/fonts/%E6%80%9D%E6%BA%90.woff2', 'fonts/思源.woff2'],
    ['upper-case host', 'pizhu://APP/index.html', 'index.html'],
  ])('serves %s', (_name, url, expected) => {
    const result = resolveAppPath(ROOT, url);
    expect(result).toEqual({ ok: true, value: join(ROOT, expected) });
  });

  it.each([
    ['parent segment', 'pizhu://app/../secret.txt', /dot segment/],
    ['parent segment in the middle', 'pizhu://app/assets/../../etc/passwd', /dot segment/],
    ['percent-encoded dots', 'pizhu://app/%2e%2e/secret.txt', /dot segment/],
    ['upper-case percent-encoded dots', 'pizhu://app/%2E%2E/%2E%2E/etc/passwd', /dot segment/],
    ['mixed encoded dot', 'pizhu://app/.%2e/secret.txt', /dot segment/],
    ['single dot segment', 'pizhu://app/./index.html', /dot segment/],
    ['encoded slash then dots', 'pizhu://app/assets%2f..%2f..%2fsecret', /dot segment/],
    ['backslash', 'pizhu://app/..\\..\\secret.txt', /backslash/],
    ['encoded backslash', 'pizhu://app/..%5c..%5csecret.txt', /backslash/],
    ['null byte', 'pizhu://app/index.html%00.png', /null byte/],
    ['raw null byte', 'pizhu://app/index.html\0.png', /null byte/],
    ['absolute path (double slash)', 'pizhu://app//etc/passwd', /empty path segment/],
    ['encoded absolute path', 'pizhu://app/%2fetc%2fpasswd', /empty path segment/],
    ['windows drive letter', 'pizhu://app/C:/Windows/win.ini', /drive letter/],
    ['hidden file', 'pizhu://app/.env', /hidden file/],
    ['other host', 'pizhu://evil/index.html', /unknown host/],
    ['empty host', 'pizhu:///index.html', /unknown host/],
    ['host with port', 'pizhu://app:8080/index.html', /unknown host/],
    ['host with credentials', 'pizhu://user@app/index.html', /unknown host/],
    ['other scheme', 'file:///etc/passwd', /not an pizhu/],
    ['https', 'https://app/index.html', /not an pizhu/],
    ['malformed percent-encoding', 'pizhu://app/%E6%80.js', /malformed/],
    ['trailing slash (directory)', 'pizhu://app/assets/', /empty path segment/],
  ])('refuses %s', (_name, url, reason) => {
    const result = resolveAppPath(ROOT, url);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(reason);
  });
});

import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from '../../electron/main/app-protocol';
import { mimeTypeFor } from '../../electron/main/mime-types';
import { CONTENT_SECURITY_POLICY } from '../../electron/ipc/csp';

let root = '';
let outside = '';

beforeAll(async () => {
  const base = await mkdtemp(join(tmpdir(), 'pizhu-protocol-'));
  root = join(base, 'renderer');
  outside = join(base, 'secret.txt');
  await mkdir(join(root, 'assets'), { recursive: true });
  await mkdir(join(root, 'corpus'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Pizhu</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'export {};');
  await writeFile(join(root, 'assets', 'app.css'), 'body{}');
  await writeFile(join(root, 'corpus', 'articles.json'), '[]');
  await writeFile(outside, 'secret');
});

const handler = (virtual: Record<string, string> = {}) =>
  createAppProtocolHandler({ root, readFile: (path) => readFile(path), virtualDocument: (pathname) => virtual[pathname] });

describe('app protocol handler', () => {
  it.each([
    ['index at root', 'pizhu://app/', 200, 'text/html; charset=utf-8'],
    ['script', 'pizhu://app/assets/app.js', 200, 'text/javascript; charset=utf-8'],
    ['stylesheet', 'pizhu://app/assets/app.css', 200, 'text/css; charset=utf-8'],
    ['corpus json', 'pizhu://app/corpus/articles.json', 200, 'application/json; charset=utf-8'],
    ['missing file', 'pizhu://app/assets/nope.js', 404, 'text/plain; charset=utf-8'],
    ['encoded backslash escape', 'pizhu://app/..%5csecret.txt', 403, 'text/plain; charset=utf-8'],
    ['other host', 'pizhu://other/index.html', 403, 'text/plain; charset=utf-8'],
  ])('%s → %i with CSP and nosniff', async (_name, url, status, type) => {
    const response = await handler()(new Request(url));
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each([
    ['raw parent segment', 'pizhu://app/../secret.txt'],
    ['raw encoded dots', 'pizhu://app/%2e%2e/secret.txt'],
    ['encoded slash', 'pizhu://app/..%2fsecret.txt'],
  ])('refuses a %s that reaches the handler un-normalized', async (_name, url) => {
    const response = await handler()({ method: 'GET', url });
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('secret');
  });

  it('serves the file body', async () => {
    const response = await handler()(new Request('pizhu://app/corpus/articles.json'));
    expect(await response.text()).toBe('[]');
  });

  it('refuses POST', async () => {
    const response = await handler()(new Request('pizhu://app/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });

  it('serves a registered print document before the file system', async () => {
    const response = await handler({ '/__print/abc.html': '<p>print</p>' })(new Request('pizhu://app/__print/abc.html'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<p>print</p>');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['html', 'a/index.html', 'text/html; charset=utf-8'],
    ['upper-case extension', 'A.JS', 'text/javascript; charset=utf-8'],
    ['woff2', 'f.woff2', 'font/woff2'],
    ['svg', 'i.svg', 'image/svg+xml'],
    ['unknown', 'x.bin', 'application/octet-stream'],
    ['no extension', 'README', 'application/octet-stream'],
  ])('%s', (_name, path, type) => expect(mimeTypeFor(path)).toBe(type));
});

describe('CONTENT_SECURITY_POLICY', () => {
  it.each([
    ['no inline script', /script-src 'self'(;|$)/],
    ['no remote connections', /connect-src 'self'(;|$)/],
    ['no plugins', /object-src 'none'/],
    ['no framing', /frame-ancestors 'none'/],
    ['no base tag', /base-uri 'none'/],
  ])('%s', (_name, pattern) => expect(CONTENT_SECURITY_POLICY).toMatch(pattern));

  it('never allows unsafe-eval or a remote host', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});

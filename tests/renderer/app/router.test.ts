import { describe, expect, it } from 'vitest';
import { parseRoute, routeFromPizhuLink, routeHash, type Route } from '../../../renderer/ui/router';

describe('routes in the URL hash', () => {
  it.each<[string, string, Route]>([
    ['empty hash is the library', '', { name: 'library' }],
    ['library', '#/library', { name: 'library' }],
    ['reader', '#/read/000_abc', { name: 'reader', articleId: '000_abc' }],
    ['reader at a block', '#/read/000_abc?b=b12', { name: 'reader', articleId: '000_abc', block: 'b12' }],
    ['reader with a find query', '#/read/000_abc?q=%E6%95%B0%E5%AD%97', { name: 'reader', articleId: '000_abc', find: '数字' }],
    ['reader at a paragraph', '#/read/000_abc?p=12', { name: 'reader', articleId: '000_abc', para: 12 }],
    ['a bad paragraph number is ignored', '#/read/000_abc?p=-3', { name: 'reader', articleId: '000_abc' }],
    ['reader without an id falls back', '#/read/', { name: 'library' }],
    ['notebook', '#/notebook', { name: 'notebook' }],
    ['figures for one article', '#/figures?a=000_abc', { name: 'figures', articleId: '000_abc' }],
    ['unknown places are the library', '#/nowhere', { name: 'library' }],
  ])('%s', (_name, hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it.each<[string, Route]>([
    ['reader with everything', { name: 'reader', articleId: 'imp-ab12', block: 'b3', find: '营商 环境', para: 4 }],
    ['settings', { name: 'settings' }],
    ['meeting pack', { name: 'pack' }],
  ])('%s survives a round trip', (_name, route) => {
    expect(parseRoute(routeHash(route))).toEqual(route);
  });

  it.each<[string, string, Route | undefined]>([
    ['passage link from a Markdown export', 'pizhu://article/000_abc#p12', { name: 'reader', articleId: '000_abc', para: 12 }],
    ['article link', 'pizhu://article/imp-1f', { name: 'reader', articleId: 'imp-1f' }],
    ['the app origin is not an article link', 'pizhu://app/index.html', undefined],
    ['other schemes are not', 'https://example.com/article/x', undefined],
    ['broken escapes are refused', 'pizhu://article/%E0%A4%A#p1', undefined],
  ])('%s', (_name, href, route) => {
    expect(routeFromPizhuLink(href)).toEqual(route);
  });
});

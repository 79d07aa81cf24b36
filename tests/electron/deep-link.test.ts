import { describe, expect, it } from 'vitest';
import { articleLinkFromArgv, isArticleLink } from '../../electron/main/deep-link';

describe('passage links handed over by the OS', () => {
  it.each([
    ['a passage link', 'pizhu://article/000_d183bd2552e90b6e#p12', true],
    ['an article link', 'pizhu://article/imp-1f2e', true],
    ['the app origin', 'pizhu://app/index.html', false],
    ['a path escape', 'pizhu://article/../../etc/passwd', false],
    ['a script URL', 'javascript:alert(1)', false],
    ['a web link', 'https://example.com/article/x', false],
    ['a query string', 'pizhu://article/x?evil=1', false],
    ['an oversized id', `pizhu://article/${'x'.repeat(300)}`, false],
  ])('%s', (_name, url, expected) => {
    expect(isArticleLink(url)).toBe(expected);
  });

  it('finds the link among the other command-line arguments', () => {
    expect(articleLinkFromArgv(['/opt/Pizhu/pizhu', '--no-sandbox', 'pizhu://article/abc#p3'])).toBe('pizhu://article/abc#p3');
    expect(articleLinkFromArgv(['/opt/Pizhu/pizhu', 'pizhu://app/x'])).toBeUndefined();
  });
});

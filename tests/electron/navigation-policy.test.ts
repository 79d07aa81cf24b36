import { describe, expect, it } from 'vitest';
import { allowNavigation, allowPermission, decideWindowOpen, isSafeExternalUrl } from '../../electron/main/navigation-policy';

describe('allowNavigation', () => {
  it.each([
    ['app page', 'pizhu://app/index.html', true],
    ['app page with hash', 'pizhu://app/index.html#/reader/1', true],
    ['other pizhu host', 'pizhu://evil/index.html', false],
    ['credentials on app host', 'pizhu://x@app/index.html', false],
    ['https site', 'https://example.com/', false],
    ['file url', 'file:///etc/passwd', false],
    ['javascript url', 'javascript:alert(1)', false],
    ['data url', 'data:text/html,<script>1</script>', false],
    ['garbage', 'not a url', false],
  ])('%s', (_name, url, allowed) => expect(allowNavigation(url)).toBe(allowed));
});

describe('window.open', () => {
  it.each([
    ['https link opens externally', 'https://www.gov.cn/', true],
    ['http link opens externally', 'http://example.com/a?b=c', true],
    ['file url stays closed', 'file:///C:/Windows/System32/calc.exe', false],
    ['javascript url stays closed', 'javascript:alert(1)', false],
    ['custom scheme stays closed', 'ms-msdt:/id PCWDiagnostic', false],
    ['smb share stays closed', 'smb://host/share', false],
    ['credentials in url stay closed', 'https://user:pass@example.com/', false],
    ['app url is not external', 'pizhu://app/index.html', false],
  ])('%s', (_name, url, external) => {
    expect(decideWindowOpen(url)).toEqual({ action: 'deny', openExternally: external });
    expect(isSafeExternalUrl(url)).toBe(external);
  });
});

describe('permissions', () => {
  it.each([
    ['media', 'pizhu://app/'],
    ['geolocation', 'pizhu://app/'],
    ['notifications', 'pizhu://app/'],
    ['clipboard-read', 'pizhu://app/'],
    ['openExternal', 'pizhu://app/'],
    ['fullscreen', 'https://example.com/'],
  ])('denies %s for %s', (permission, origin) => expect(allowPermission(permission, origin)).toBe(false));
});

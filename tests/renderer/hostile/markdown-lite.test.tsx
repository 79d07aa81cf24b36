import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { MarkdownLite, safeLinkHref } from '../../../renderer/ui/MarkdownLite';
import { hostileDomFindings, XSS_PAYLOADS } from '../../e2e/support/payloads';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function render(text: string): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  act(() => root.render(<MarkdownLite text={text} />));
  return host;
}

/** Characters MarkdownLite may consume as syntax; a payload without them must come out verbatim. */
const MARKDOWN_SYNTAX = /[*`[\]]|^\s*(?:[-*•]\s|\d+[.)、])/m;

describe('MarkdownLite renders hostile notes as inert text', () => {
  it('has at least 200 distinct payloads to try, most of them checked verbatim', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(200);
    expect(new Set(XSS_PAYLOADS).size).toBe(XSS_PAYLOADS.length);
    expect(XSS_PAYLOADS.filter((p) => !MARKDOWN_SYNTAX.test(p)).length).toBeGreaterThanOrEqual(150);
  });

  it.each(XSS_PAYLOADS.map((p, i) => [i, p] as const))('payload %i: no script, handler or script URL in the DOM', (_i, payload) => {
    const host = render(payload);
    // jsdom runs no inline scripts, but it does follow some URLs (raw '<iframe src=javascript:…>' reached fetch): a cheap extra check.
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
    expect(hostileDomFindings(host)).toEqual([]);
    expect(host.querySelector('script, iframe, img, svg, style, object, embed, form, input, textarea, video, audio, base, meta, link')).toBeNull();
    for (const a of Array.from(host.querySelectorAll('a'))) {
      expect(new URL(a.href).protocol).toMatch(/^(?:https?|mailto):$/);
      expect(a.rel).toBe('noopener noreferrer');
    }
    // A refused link stays visible as the text the author typed, scheme and all.
    if (/\]\((?:javascript|vbscript|data):/i.test(payload)) expect(host.textContent).toMatch(/\]\((?:javascript|vbscript|data):/i);
    if (!MARKDOWN_SYNTAX.test(payload)) expect(host.textContent).toBe(payload.split(/\r?\n/).filter((l) => l.trim() !== '').join(''));
    host.remove();
  });

  it.each([
    ['javascript', 'javascript:window.__pwned=1'],
    ['upper case', 'JAVASCRIPT:window.__pwned=1'],
    ['leading space', ' javascript:window.__pwned=1'],
    ['tab inside the scheme', 'java\tscript:window.__pwned=1'],
    ['newline inside the scheme', 'java\nscript:window.__pwned=1'],
    ['vbscript', 'vbscript:msgbox(1)'],
    ['data html', 'data:text/html,<script>window.__pwned=1</script>'],
    ['data base64', 'data:text/html;base64,PHNjcmlwdD4='],
    ['file', 'file:///etc/passwd'],
    ['blob', 'blob:http://127.0.0.1/x'],
    ['protocol-relative', '//127.0.0.1:1/x'],
    ['relative', '../x'],
    ['percent-encoded scheme', '%6Aavascript:1'],
    ['entity-encoded scheme', '&#106;avascript:1'],
    ['pizhu app scheme', 'pizhu://app/index.html'],
  ])('safeLinkHref refuses %s', (_name, href) => {
    expect(safeLinkHref(href)).toBeUndefined();
  });

  it.each([
    ['https', 'https://example.org/a?b=<c>', 'https://example.org/a?b=%3Cc%3E'],
    ['http', 'http://example.org/', 'http://example.org/'],
    ['mailto', 'mailto:a@example.org', 'mailto:a@example.org'],
  ])('safeLinkHref keeps %s', (_name, href, expected) => {
    expect(safeLinkHref(href)).toBe(expected);
  });
});

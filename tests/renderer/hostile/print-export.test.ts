import { describe, expect, it } from 'vitest';
import { printHeaderTemplate, renderArticlePrintHtml } from '../../../corpus/export';
import { articleText, textOffset } from '../../../corpus/model';
import { hostileDomFindings, XSS_PAYLOADS } from '../../e2e/support/payloads';
import { article, articleNote, highlight } from '../export/fixtures';

const COLOR_NAMES = { yellow: '重点', green: '数据', blue: '疑问', pink: '风险', purple: '观点' } as const;
const body = (html: string) => new DOMParser().parseFromString(html, 'text/html').body;

describe('the scanner is not vacuous', () => {
  it('flags most payloads when they are injected as raw HTML', () => {
    const flagged = XSS_PAYLOADS.filter((payload) => {
      // An inert document (nothing runs or loads): the DOM a naive innerHTML renderer would build.
      return hostileDomFindings(body(payload)).length > 0;
    });
    expect(flagged.length).toBeGreaterThanOrEqual(120);
  });
});

describe('print HTML and its header carry hostile titles, notes and tags as text', () => {
  it.each(XSS_PAYLOADS.map((p, i) => [i, p] as const))('payload %i', (_i, payload) => {
    const a = article('hostile', payload, ['第一段文字，用来高亮。', '第二段文字，也可以高亮。']);
    const text = articleText(a.blocks);
    const withNote = highlight(a, '第一段文字', payload, [payload.slice(0, 30)]);
    const orphan = {
      ...highlight(a, '第二段文字', payload),
      id: 'orphan',
      target: { ...withNote.target, selector: [{ ...withNote.target.selector[0], exact: payload }, withNote.target.selector[1]] as const },
    };
    const html = renderArticlePrintHtml({
      article: a,
      annotations: [
        {
          annotation: withNote,
          start: textOffset(text.indexOf('第一段文字')),
          end: textOffset(text.indexOf('第一段文字') + 5),
          status: 'exact-position',
          score: 1,
        },
      ],
      orphans: [orphan],
      articleNotes: [articleNote('hostile', payload, [payload.slice(0, 20)])],
      colorNames: COLOR_NAMES,
      lang: 'zh-CN',
      pageSize: 'A4',
      generatedAt: '2026-01-01T00:00:00.000Z',
    });
    const printed = body(html);
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
    expect(hostileDomFindings(printed)).toEqual([]);
    const header = body(printHeaderTemplate(payload));
    expect(hostileDomFindings(header)).toEqual([]);
    // The title is printed as the characters the author typed (whitespace aside).
    const visible = (s: string) =>
      Array.from(s)
        .filter((c) => c > ' ' && c !== '\uFFFE' && c !== '\uFFFF')
        .join('');
    expect(visible(printed.textContent ?? '')).toContain(visible(payload).slice(0, 40));
  });
});

import fc from 'fast-check';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { blockStarts, textOffset, type Article, type Block } from '../../../corpus/model';
import { createTextMap } from '../../../renderer/dom/text-map';
import { I18nProvider, type Lang } from '../../../renderer/ui/i18n';
import { ArticleBody } from '../../../renderer/features/reader/ArticleBody';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// jsdom has no CSS.escape; the text map only puts it inside a quoted attribute selector, where
// escaping quotes and backslashes is what matters.
beforeAll(() => {
  if (typeof globalThis.CSS?.escape !== 'function') vi.stubGlobal('CSS', { escape: (value: string) => value.replace(/["\\]/g, '\\$&') });
});

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
});

/** An article of a title and paragraphs, each paragraph optionally flagged as cut off by the source. */
function articleOf(paragraphs: readonly { text: string; cut: boolean }[]): Article {
  const blocks: Block[] = [
    { id: 'b1', kind: 'title', text: '标题', level: 1, source: { startLine: 1, endLine: 1 } },
    ...paragraphs.map(({ text, cut }, i): Block => ({
      id: `b${i + 2}`,
      kind: 'paragraph',
      text,
      para: i + 1,
      source: { startLine: i + 2, endLine: i + 2 },
      ...(cut ? { cut: true as const } : {}),
    })),
  ];
  return {
    id: 'a',
    origin: 'imported',
    meta: { title: '标题', authors: [], places: [] },
    blocks,
    contentHash: 'h',
    wordCount: 1,
    original: blocks.map((b) => b.text).join('\n'),
    fileName: 'a.txt',
  };
}

function render(article: Article, lang: Lang = 'zh-CN', showParaNumbers = true): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() =>
    root!.render(
      <I18nProvider lang={lang}>
        <ArticleBody article={article} showParaNumbers={showParaNumbers} />
      </I18nProvider>,
    ),
  );
  return container.querySelector<HTMLElement>('.article-body')!;
}

const CUT = '唯有顺应时代，京龄独占数处';

describe('the gap marker after a cut paragraph', () => {
  it.each([
    { lang: 'zh-CN' as const, label: '原文在此中断' },
    { lang: 'en' as const, label: 'The source breaks off here' },
  ])('$lang: one marker per cut paragraph, named "$label", after the paragraph and outside it', ({ lang, label }) => {
    const body = render(
      articleOf([
        { text: '完整的一段。', cut: false },
        { text: CUT, cut: true },
      ]),
      lang,
    );
    const markers = [...body.querySelectorAll<HTMLElement>('[role="img"]')].filter((m) => m.getAttribute('aria-label') === label);
    expect(markers).toHaveLength(1);
    const marker = markers[0]!;
    expect(marker.title).toBe(label);
    expect(marker.closest('[data-block-id]')).toBeNull();
    expect(marker.previousElementSibling?.getAttribute('data-block-id')).toBe('b3');
    // No text node: what it shows is CSS, so copying or reading the DOM text never picks it up.
    expect(marker.textContent).toBe('');
    expect(body.querySelector('[data-block-id="b3"]')!.textContent).toBe(CUT);
  });

  it('the text map of a cut paragraph is exactly its clean text, with or without paragraph numbers', () => {
    for (const numbers of [true, false]) {
      const article = articleOf([
        { text: CUT, cut: true },
        { text: '下一段。', cut: false },
      ]);
      const body = render(article, 'zh-CN', numbers);
      const map = createTextMap(body, article.blocks);
      const [, start, next] = blockStarts(article.blocks);
      expect(map.rangeOf(start!, textOffset(start! + CUT.length))?.toString()).toBe(CUT);
      const element = body.querySelector('[data-block-id="b2"]')!;
      expect(map.offsetOf(element.firstChild!, CUT.length)).toBe(start! + CUT.length);
      // A point on the marker itself is outside the article text.
      expect(map.offsetOf(body.querySelector('.cut-marker')!, 0)).toBeUndefined();
      // The next paragraph still starts where the clean text says it does.
      expect(map.rangeOf(next!, textOffset(next! + 3))?.toString()).toBe('下一段');
      act(() => root?.unmount());
      root = undefined;
      document.body.innerHTML = '';
    }
  });

  it("property: markers never shift any block's text or offsets, and appear exactly after cut paragraphs", () => {
    const paragraph = fc.record({
      text: fc.string({ unit: fc.constantFrom('经', '济', '，', '。', 'a', '1', ' '), minLength: 1, maxLength: 12 }),
      cut: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 6 }), (paragraphs) => {
        const article = articleOf(paragraphs);
        const body = render(article);
        const map = createTextMap(body, article.blocks);
        const starts = blockStarts(article.blocks);
        article.blocks.forEach((block, i) => {
          expect(map.rangeOf(starts[i]!, textOffset(starts[i]! + block.text.length))?.toString()).toBe(block.text);
        });
        const markedIds = [...body.querySelectorAll('.cut-marker')].map((m) => m.previousElementSibling?.getAttribute('data-block-id'));
        expect(markedIds).toEqual(article.blocks.filter((b) => b.cut).map((b) => b.id));
        act(() => root?.unmount());
        root = undefined;
        document.body.innerHTML = '';
      }),
      { numRuns: 40 },
    );
  });
});

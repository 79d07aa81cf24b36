import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article, RemovedText } from '../../../corpus/model';
import { I18nProvider, translator } from '../../../renderer/ui/i18n';
import { removalReason, RemovedTextList } from '../../../renderer/features/reader/RemovedTextList';
import { normalizeArticle } from '../../../corpus/normalize';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const article = (text: string): Article => normalizeArticle({ fileName: 'a.txt', text, origin: 'imported' }).article;

let container: HTMLDivElement | undefined;
afterEach(() => container?.remove());

describe('what the cleaner removed, shown in the reader', () => {
  it('lists every removed piece with its line and reason, collapsed until asked', async () => {
    const a = article(['某市召开经济工作会议', '', '本报记者 王明', '', '会议部署了明年的工作。', '', '责任编辑：李华', '', '分享到：'].join('\n'));
    expect(a.removed?.map((r) => [r.line, r.text, r.kind, r.detail])).toEqual([
      [7, '责任编辑：李华', 'residue', 'editor'],
      [9, '分享到：', 'residue', 'share'],
    ]);
    container = document.body.appendChild(document.createElement('div'));
    await act(async () =>
      createRoot(container!).render(
        <I18nProvider lang="zh-CN">
          <RemovedTextList article={a} />
        </I18nProvider>,
      ),
    );
    const button = container.querySelector('button')!;
    expect(button.textContent).toBe('清理时移除了 2 处原文，查看');
    expect(container.querySelectorAll('li')).toHaveLength(0);
    await act(async () => button.click());
    expect([...container.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['第 7 行 编辑署名责任编辑：李华', '第 9 行 分享栏或二维码分享到：']);
    // Outside the text: the offset map skips it.
    expect(container.querySelector('section')?.hasAttribute('data-pizhu-ignore')).toBe(true);
  });

  it('shows nothing when nothing was removed', async () => {
    container = document.body.appendChild(document.createElement('div'));
    await act(async () =>
      createRoot(container!).render(
        <I18nProvider lang="en">
          <RemovedTextList article={article('# 标题\n\n正文。')} />
        </I18nProvider>,
      ),
    );
    expect(container.innerHTML).toBe('');
  });

  it.each([
    [{ line: 3, text: '- 2 -', kind: 'extraction', detail: 'page-number (p. 2)' }, 'page number'],
    [{ line: 0, text: '网站首页', kind: 'extraction', detail: 'navigation' }, 'web navigation'],
    [{ line: 5, text: '盟。', kind: 'fragment' }, 'broken word fragment'],
    [{ line: 5, text: 'x', kind: 'extraction', detail: 'symbol-glyph' }, 'page furniture (symbol-glyph)'],
  ] satisfies [RemovedText, string][])('reason for %o', (removed, reason) => {
    expect(removalReason(translator('en'), removed)).toBe(reason);
  });
});

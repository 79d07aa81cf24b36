import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleText, type Article } from '../../corpus/model';
import { AppSession, builtArticles } from './support/app';
import { dragSelect, paintedTexts } from './support/select-text';
import { selectorsFor } from './support/selectors';

const LIST = '7263万元、7364万元、7398万元';

/**
 * A note made on an earlier version of the article, where the list read `7398亿元`: in the
 * current text its 亿元 has no place (the unit was corrected), so it must be listed as
 * unanchored — never moved to a neighbouring 万元.
 */
function noteOnEarlierVersion(article: Article, id: string) {
  const text = articleText(article.blocks);
  const earlier = text.replace(LIST, '7263万元、7364万元、7398亿元');
  const start = earlier.indexOf('7398亿元') + 4;
  const time = '2026-11-30T08:00:00.000Z';
  return {
    id,
    kind: 'highlight',
    articleId: article.id,
    target: { source: article.id, contentHash: 'earlier-version', selector: selectorsFor(earlier, start, start + 2) },
    body: { note: '核对单位', tags: [] },
    color: 'yellow',
    created: time,
    modified: time,
    revision: 1,
  };
}

async function seed(page: Page, annotation: unknown): Promise<void> {
  await page.evaluate(async (record) => {
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('pizhu');
      open.onsuccess = () => {
        const tx = open.result.transaction('annotations', 'readwrite');
        tx.objectStore('annotations').put(record);
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
      open.onerror = () => reject(open.error);
    });
  }, annotation);
}

describe('re-anchoring: an unanchored note is shown, offered its nearest places, re-attached, undone', () => {
  const session = new AppSession();
  beforeAll(() => session.serve());
  afterAll(() => session.dispose());

  it('lists the note as unanchored (zh), attaches it via a candidate and via a selection, undo puts it back', async () => {
    const article = builtArticles().find((a) => articleText(a.blocks).includes(LIST))!;
    expect(article).toBeDefined();
    const page = await session.open();
    await page.getByRole('link', { name: article.meta.title }).first().waitFor();
    await seed(page, noteOnEarlierVersion(article, 'orphan-1'));
    await page.goto(`${session.baseUrl}#/read/${encodeURIComponent(article.id)}`);
    await page.reload();
    const body = page.getByRole('article', { name: article.meta.title });
    await body.waitFor();

    const panel = page.getByRole('complementary', { name: '批注' });
    const orphans = panel.getByRole('region', { name: /未定位的批注/ });
    await expect.poll(() => orphans.isVisible()).toBe(true);
    await expect.poll(() => orphans.getByText('核对单位').isVisible()).toBe(true);
    // Not painted anywhere: no neighbouring 万元 took it.
    expect(await paintedTexts(page, 'pizhu-yellow')).toEqual([]);
    await page.screenshot({ path: '/tmp/pizhu-reanchor-zh.png' });

    // The nearest place is the corrected unit of the same item: attach there.
    const candidates = orphans.getByRole('list', { name: '可能的位置' });
    const first = candidates.getByRole('listitem').first();
    await expect.poll(() => first.innerText()).toContain('7398万元');
    await first.getByRole('button', { name: '定位到这里' }).click();
    await expect.poll(() => paintedTexts(page, 'pizhu-yellow')).toEqual(['万元']);
    await expect.poll(() => orphans.isVisible()).toBe(false);

    // Undo from the toast: unanchored again.
    await page.getByRole('button', { name: '撤销' }).last().click();
    await expect.poll(() => orphans.isVisible()).toBe(true);
    await expect.poll(() => paintedTexts(page, 'pizhu-yellow')).toEqual([]);

    // Select the right text, then "re-attach to selection".
    const block = article.blocks.find((b) => b.text.includes(LIST))!;
    await dragSelect(page, body.locator(`[data-block-id="${block.id}"]`), '7398万元');
    await orphans.getByRole('button', { name: '重新定位到所选文字' }).click();
    await expect.poll(() => paintedTexts(page, 'pizhu-yellow')).toEqual(['7398万元']);
    await expect.poll(() => orphans.isVisible()).toBe(false);
    await page.screenshot({ path: '/tmp/pizhu-reanchor-zh-attached.png' });
  });
});

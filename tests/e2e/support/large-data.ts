/**
 * Many annotations on one article, written straight into the app's IndexedDB: the data set of
 * the large-data e2e test and the `largeData` benchmark (issue 13, item 6).
 */
import type { Page } from 'playwright-core';
import { describeRange } from '../../../corpus/anchoring';
import { articleText, COLORS, type Article } from '../../../corpus/model';
import type { StoredAnnotation } from '../../../renderer/store/records';

const TAGS = ['待核实', '数据', '会议', '口径'];

/**
 * `count` highlights spread evenly over the article (overlapping once there are more than
 * characters), every 10th with a note and every 25th with a tag. Ids start at `from`, so a
 * second call adds to a first one instead of replacing it.
 */
export function manyAnnotations(article: Article, count: number, from = 0): StoredAnnotation[] {
  const text = articleText(article.blocks);
  return Array.from({ length: count }, (_, k) => {
    const i = from + k;
    const start = Math.floor((((i * 7919) % count) / count) * (text.length - 30));
    const end = start + 4 + (i % 20);
    const { quote, position } = describeRange(text, start, end);
    const time = new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
    return {
      id: `large-${i}`,
      kind: 'highlight',
      articleId: article.id,
      target: { source: article.id, contentHash: article.contentHash, selector: [quote, position] },
      body: { note: i % 10 === 0 ? `第 ${i} 条笔记：核对口径` : '', tags: i % 25 === 0 ? [TAGS[i % TAGS.length]!] : [] },
      color: COLORS[i % COLORS.length]!,
      created: time,
      modified: time,
    };
  });
}

/** Writes annotations into the app's own database (the app must have created it first). */
export async function seedAnnotations(page: Page, annotations: readonly StoredAnnotation[]): Promise<void> {
  await page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('pizhu');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('annotations', 'readwrite');
          for (const row of rows) tx.objectStore('annotations').put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    annotations,
  );
}

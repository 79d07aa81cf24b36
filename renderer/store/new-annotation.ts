import { describeRange } from '../../corpus/anchoring';
import { articleText, type Article, type HighlightColor } from '../../corpus/model';
import type { StoredAnnotation } from './records';

/** A new highlight on clean-text [start, end) of the article, with both W3C selectors. */
export function newAnnotation(article: Article, start: number, end: number, color: HighlightColor, now: Date, id: string): StoredAnnotation {
  const { quote, position } = describeRange(articleText(article.blocks), start, end);
  const time = now.toISOString();
  return {
    id,
    kind: 'highlight',
    articleId: article.id,
    target: { source: article.id, contentHash: article.contentHash, selector: [quote, position] },
    body: { note: '', tags: [] },
    color,
    created: time,
    modified: time,
    revision: 1,
  };
}

/** Tags as people type them: trimmed, no leading #, no duplicates, order kept. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/^#+/, '').trim().slice(0, 64);
    if (tag && !seen.has(tag)) {
      seen.add(tag);
      out.push(tag);
    }
  }
  return out;
}

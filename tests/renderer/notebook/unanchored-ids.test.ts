import { describe, expect, it } from 'vitest';
import { contentHash, articleText, type Article, type Block } from '../../../corpus/model';
import { newAnnotation } from '../../../renderer/store/new-annotation';
import { unanchoredIds, type UnanchoredCache } from '../../../renderer/features/notebook/notebook-model';

const block = (id: string, text: string): Block => ({ id, kind: 'paragraph', text, para: 1 }) as Block;

function article(texts: readonly string[]): Article {
  const blocks = texts.map((t, i) => block(`b${i}`, t));
  return { id: 'a1', blocks, contentHash: contentHash(articleText(blocks)), meta: { title: 't' } } as unknown as Article;
}

describe('unanchoredIds (the notebook marks orphans)', () => {
  const before = article(['科技支出分别为7263万元、7364万元、7398万元；争取省、市科技专项资金。', '第二段文字保持不变，用于定位。']);
  const text = articleText(before.blocks);
  const at = (needle: string) => text.indexOf(needle);
  const onUnit = newAnnotation(before, at('7398万元') + 4, at('7398万元') + 6, 'yellow', new Date(0), 'unit');
  const onSecond = newAnnotation(before, at('第二段'), at('第二段') + 6, 'green', new Date(0), 'second');

  it.each([
    ['text unchanged: nothing is unanchored', before, []],
    [
      'the unit corrected: only the note on it',
      article(['科技支出分别为7263万元、7364万元、7398亿元；争取省、市科技专项资金。', '第二段文字保持不变，用于定位。']),
      ['unit'],
    ],
    [
      'a paragraph added on top: both still attach',
      article(['新增导语。', '科技支出分别为7263万元、7364万元、7398万元；争取省、市科技专项资金。', '第二段文字保持不变，用于定位。']),
      [],
    ],
  ] as const)('%s', (_name, current, expected) => {
    const byId = new Map([[current.id, current]]);
    expect([...unanchoredIds([onUnit, onSecond], byId)].sort()).toEqual([...expected]);
  });

  it('an annotation whose article was removed is not judged here (the notebook says "article removed")', () => {
    expect(unanchoredIds([onUnit], new Map()).size).toBe(0);
  });

  it('with a cache: the same marks, and an article is anchored again only when its text or notes changed', () => {
    const corrected = article(['科技支出分别为7263万元、7364万元、7398亿元；争取省、市科技专项资金。', '第二段文字保持不变，用于定位。']);
    const other = { ...article(['另一篇文章的正文，完全不同。']), id: 'a2' } as Article;
    const onOther = { ...newAnnotation(before, at('第二段'), at('第二段') + 6, 'blue', new Date(0), 'other'), articleId: 'a2' };
    const byId = new Map<string, Article>([
      [corrected.id, corrected],
      [other.id, other],
    ]);
    const cache: UnanchoredCache = new Map();
    const first = unanchoredIds([onUnit, onSecond, onOther], byId, cache);
    expect([...first].sort()).toEqual(['other', 'unit']);
    const a1 = cache.get('a1');
    const a2 = cache.get('a2');

    // Nothing changed: both verdicts reused as they were.
    expect([...unanchoredIds([onUnit, onSecond, onOther], byId, cache)].sort()).toEqual(['other', 'unit']);
    expect(cache.get('a1')).toBe(a1);
    expect(cache.get('a2')).toBe(a2);

    // The note on a1 re-attached (new target): a1 anchored again, a2 untouched.
    const reattached = { ...onUnit, target: { ...onUnit.target, contentHash: corrected.contentHash } };
    expect([...unanchoredIds([reattached, onSecond, onOther], byId, cache)].sort()).toEqual(['other']);
    expect(cache.get('a1')).not.toBe(a1);
    expect(cache.get('a2')).toBe(a2);

    // a2 now holds the very text the note was made on: attached by position, its verdict forgotten.
    const restored = { ...before, id: 'a2' } as Article;
    expect([
      ...unanchoredIds(
        [reattached, onSecond, onOther],
        new Map([
          [corrected.id, corrected],
          [restored.id, restored],
        ]),
        cache,
      ),
    ]).toEqual([]);
    expect(cache.has('a2')).toBe(false);
  });
});

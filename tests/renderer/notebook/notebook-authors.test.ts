import { describe, expect, it } from 'vitest';
import { contentHash, articleText, type Article, type Block } from '../../../corpus/model';
import { newAnnotation } from '../../../renderer/store/new-annotation';
import {
  buildEntries,
  entryAuthors,
  filterEntries,
  groupEntries,
  matchesAuthor,
  type NotebookFilter,
} from '../../../renderer/features/notebook/notebook-model';
import type { StoredAnnotation, TeamNote } from '../../../renderer/store/records';

function article(id: string, title: string, texts: readonly string[]): Article {
  const blocks: Block[] = texts.map((text, i) => ({ id: `b${i + 1}`, kind: 'paragraph', text, source: { startLine: i + 1, endLine: i + 1 } }));
  return {
    id,
    origin: 'bundled',
    meta: { title, authors: [], places: [] },
    blocks,
    contentHash: contentHash(articleText(blocks)),
    wordCount: 0,
    original: texts.join('\n'),
    fileName: `${id}.txt`,
  };
}

const A = article('a', '赣江新区', ['全年实现地区生产总值1188亿元。', '数字经济核心产业营收增长12%。']);
const B = article('b', '南昌', ['规上工业增加值同比增长10.8%。']);
function mine(a: Article, quote: string, note: string, id: string): StoredAnnotation {
  const start = articleText(a.blocks).indexOf(quote);
  const base = newAnnotation(a, start, start + quote.length, 'yellow', new Date(Date.UTC(2026, 0, 1)), id);
  return { ...base, body: { note, tags: [] } };
}
function theirs(a: Article, quote: string, note: string, authorId: string, authorName: string, annotationId: string): TeamNote {
  const { articleId: _articleId, ...annotation } = mine(a, quote, note, annotationId);
  return { id: `pack/${authorId}/${annotationId}`, articleId: a.id, packId: 'pack', authorId, authorName, annotation };
}

const own = [mine(A, '1188亿元', '我的判断', 'x1'), mine(B, '同比增长10.8%', '我的疑问', 'x2')];
// Li Na's note has the same annotation id as one of mine (made on another machine): it must not collide.
const colleagues = [theirs(A, '数字经济核心产业', '李娜：口径要核实', 'u-li', '李娜', 'x1'), theirs(B, '规上工业', '王强的意见', 'u-wang', '王强', 'w1')];
const all: NotebookFilter = { colors: [], text: '' };

describe('notebook: filter by author', () => {
  it('without colleagues nothing changes: no authors, every entry is mine', () => {
    const entries = buildEntries(own, [A, B]);
    expect(entryAuthors(entries)).toEqual([]);
    expect(entries.every((e) => e.author === undefined)).toBe(true);
    expect(filterEntries(entries, { ...all, author: { kind: 'me' } })).toHaveLength(2);
  });

  it('lists colleagues’ notes next to mine in reading order, each under its team id with its author', () => {
    const entries = buildEntries(own, [A, B], colleagues);
    expect(entries.map((e) => e.annotation.body.note)).toEqual(['我的判断', '李娜：口径要核实', '王强的意见', '我的疑问']);
    expect(new Set(entries.map((e) => e.annotation.id)).size).toBe(4);
    const li = entries.find((e) => e.author?.name === '李娜')!;
    expect(li.annotation.id).toBe('pack/u-li/x1');
    expect(li.annotation.articleId).toBe('a');
    expect(li.article?.title).toBe('赣江新区');
    expect(entryAuthors(entries).map((a) => a.name)).toEqual(['李娜', '王强']);
  });

  it('keeps only mine, only one colleague, or everyone; combines with the text filter', () => {
    const entries = buildEntries(own, [A, B], colleagues);
    const notes = (f: NotebookFilter) => filterEntries(entries, f).map((e) => e.annotation.body.note);
    expect(notes({ ...all, author: { kind: 'me' } })).toEqual(['我的判断', '我的疑问']);
    expect(notes({ ...all, author: { kind: 'colleague', id: 'u-li' } })).toEqual(['李娜：口径要核实']);
    expect(notes({ ...all, author: { kind: 'colleague', id: 'u-wang' }, text: '意见' })).toEqual(['王强的意见']);
    expect(notes({ ...all, author: { kind: 'colleague', id: 'u-wang' }, text: '口径' })).toEqual([]);
    expect(notes({ ...all, author: { kind: 'colleague', id: 'nobody' } })).toEqual([]);
    expect(notes(all)).toHaveLength(4);
  });

  it('groups colleagues’ notes with mine under their article', () => {
    const groups = groupEntries(filterEntries(buildEntries(own, [A, B], colleagues), all), 'article');
    expect(groups.map((g) => [g.id, g.entries.length])).toEqual([
      ['article:a', 2],
      ['article:b', 2],
    ]);
  });

  it('matchesAuthor: absent filter keeps everyone', () => {
    expect(matchesAuthor(undefined, undefined)).toBe(true);
    expect(matchesAuthor({ id: 'u', name: 'U' }, undefined)).toBe(true);
    expect(matchesAuthor({ id: 'u', name: 'U' }, { kind: 'me' })).toBe(false);
    expect(matchesAuthor(undefined, { kind: 'colleague', id: 'u' })).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { putPackArticle, readPack, removePackArticle, writePackInfo } from '../../../corpus/sync/pack-doc';
import { articleText, contentHash, type Article } from '../../../corpus/model';
import { article as sample } from '../../renderer/export/fixtures';

/** An imported article whose hash is real (the pack checks it). */
const article = (id: string, title: string, paragraphs: string[]): Article => {
  const a = sample(id, title, paragraphs);
  return { ...a, origin: 'imported', contentHash: contentHash(articleText(a.blocks)) };
};

const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
};

describe('a shared pack', () => {
  const one = article('imp-1', '陕西能源转型', ['煤电装机下降。', '新能源占比过半。']);
  const two = article('imp-2', 'Heilongjiang grain', ['Output rose 2.1 percent.']);

  it('carries its articles whole, in order, to a colleague', () => {
    const mine = new Y.Doc();
    const theirs = new Y.Doc();
    writePackInfo(mine, { title: '3月18日例会', created: '2026-03-17T09:00:00.000Z' });
    putPackArticle(mine, one);
    putPackArticle(mine, two);
    sync(mine, theirs);
    const read = readPack(theirs);
    expect(read.info).toEqual({ title: '3月18日例会', created: '2026-03-17T09:00:00.000Z' });
    expect(read.articles).toEqual([one, two]);
    expect(read.invalid).toEqual([]);
  });

  it('the same article added on two laptops at once is listed once', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    putPackArticle(a, one);
    putPackArticle(b, one);
    sync(a, b);
    expect(readPack(a).articles.map((x) => x.id)).toEqual(['imp-1']);
  });

  it('removal reaches everyone', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    putPackArticle(a, one);
    putPackArticle(a, two);
    sync(a, b);
    removePackArticle(b, 'imp-1');
    sync(a, b);
    expect(readPack(a).articles.map((x) => x.id)).toEqual(['imp-2']);
  });

  it('refuses an article whose text does not match its hash, or that claims another id', () => {
    const doc = new Y.Doc();
    putPackArticle(doc, one);
    const articles = doc.getMap('articles');
    articles.set('imp-1', { ...one, blocks: [{ ...one.blocks[0]!, text: '篡改过的文字' }, ...one.blocks.slice(1)] });
    articles.set('imp-3', { ...two });
    const read = readPack(doc);
    expect(read.articles).toEqual([]);
    expect(read.invalid.map((i) => i.id).sort()).toEqual(['imp-1', 'imp-3']);
    expect(read.invalid.find((i) => i.id === 'imp-1')!.problem).toMatch(/contentHash/);
    expect(read.invalid.find((i) => i.id === 'imp-3')!.problem).toMatch(/stored under/);
  });
});

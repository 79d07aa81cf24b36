/**
 * The app's one search index (issue 15): imported articles are searchable once synced,
 * re-imports replace their old text, trash removes at once and restore brings back, corrected
 * titles are re-indexed, and a failing build loses nothing else. The builder is injected so
 * each test controls when a build finishes.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../corpus/model';
import { buildIndex, search, type SearchIndex } from '../../../corpus/search';
import { buildOnMainThread, MAX_SEGMENTS, SearchIndexStore, type IndexBuilder } from '../../../renderer/store/search-index';
import { makeArticle } from '../../corpus/export/fixtures';

const bundledDoc = makeArticle('bundled-1', [
  ['title', '赣江新区年度报告'],
  ['paragraph', '赣江新区数字经济增长。'],
]);
const bundled = buildIndex([{ articleId: bundledDoc.id, title: bundledDoc.meta.title, contentHash: bundledDoc.contentHash, blocks: bundledDoc.blocks }]);

const imported = (id: string, text: string, title = `标题 ${id}`): Article => makeArticle(id, [['paragraph', text]], { title });
const found = (index: SearchIndex, query: string): string[] =>
  search(index, query)
    .map((h) => h.articleId)
    .sort();

/** A builder whose builds finish only when the test says so. */
function manualBuilder(): { build: IndexBuilder; finish: () => Promise<void>; calls: (readonly Article[])[] } {
  const waiting: (() => void)[] = [];
  const calls: (readonly Article[])[] = [];
  return {
    calls,
    build: (articles) => {
      calls.push(articles);
      return new Promise<void>((resolve) => waiting.push(resolve)).then(() => buildOnMainThread(articles));
    },
    finish: async () => {
      for (const resolve of waiting.splice(0)) resolve();
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

describe('SearchIndexStore', () => {
  it('is not ready until the library has loaded and its imported articles are indexed; then finds them', async () => {
    const builder = manualBuilder();
    const store = new SearchIndexStore(bundled, builder.build);
    expect(store.getSnapshot().ready).toBe(false);
    void store.syncLibrary([], false);
    expect(store.getSnapshot().ready).toBe(false);
    void store.syncLibrary([imported('imp-1', '鄱阳湖湿地保护条例全文。')], true);
    expect(store.getSnapshot().ready).toBe(false);
    expect(found(store.getSnapshot().index, '湿地保护')).toEqual([]);
    await builder.finish();
    await store.idle();
    expect(store.getSnapshot().ready).toBe(true);
    expect(found(store.getSnapshot().index, '湿地保护')).toEqual(['imp-1']);
    expect(found(store.getSnapshot().index, '数字经济')).toEqual(['bundled-1']);
  });

  it('an empty library is ready at once, without building', async () => {
    const builder = manualBuilder();
    const store = new SearchIndexStore(bundled, builder.build);
    await store.syncLibrary([], true);
    expect(store.getSnapshot().ready).toBe(true);
    expect(builder.calls).toHaveLength(0);
  });

  it('indexes only what changed: a new import builds that article alone, an unchanged library builds nothing', async () => {
    const builder = manualBuilder();
    const store = new SearchIndexStore(bundled, builder.build);
    const a = imported('a', '第一篇关于航运物流。');
    const p1 = store.syncLibrary([a], true);
    await builder.finish();
    await p1;
    const b = imported('b', '第二篇关于冷链仓储。');
    const p2 = store.syncLibrary([a, b], true);
    await builder.finish();
    await p2;
    await store.syncLibrary([a, b], true);
    expect(builder.calls.map((c) => c.map((x) => x.id))).toEqual([['a'], ['b']]);
    expect(found(store.getSnapshot().index, '冷链')).toEqual(['b']);
    expect(found(store.getSnapshot().index, '航运')).toEqual(['a']);
  });

  it('a re-import (new text) replaces the old text; a corrected title is re-indexed', async () => {
    const store = new SearchIndexStore(bundled, buildOnMainThread);
    await store.syncLibrary([imported('doc', '旧版本提到滕王阁。')], true);
    await store.syncLibrary([imported('doc', '新版本提到八一广场。')], true);
    expect(found(store.getSnapshot().index, '滕王阁')).toEqual([]);
    expect(found(store.getSnapshot().index, '八一广场')).toEqual(['doc']);
    await store.syncLibrary([imported('doc', '新版本提到八一广场。', '更正后的题目绳金塔')], true);
    expect(found(store.getSnapshot().index, '绳金塔')).toEqual(['doc']);
  });

  it('trash removes at once — even while that article is still being indexed — and restore brings it back', async () => {
    const builder = manualBuilder();
    const store = new SearchIndexStore(bundled, builder.build);
    const keep = imported('keep', '保留的文章写着庐山云雾。');
    const gone = imported('gone', '将被删除的文章写着井冈山。');
    void store.syncLibrary([keep, gone], true);
    void store.syncLibrary([keep], true); // trashed before the first build finished
    await builder.finish();
    await store.idle();
    expect(found(store.getSnapshot().index, '井冈山')).toEqual([]);
    expect(found(store.getSnapshot().index, '庐山云雾')).toEqual(['keep']);
    const restored = store.syncLibrary([keep, gone], true);
    expect(store.getSnapshot().ready).toBe(false);
    await builder.finish();
    await restored;
    expect(found(store.getSnapshot().index, '井冈山')).toEqual(['gone']);
    void store.syncLibrary([keep], true);
    expect(found(store.getSnapshot().index, '井冈山')).toEqual([]);
    expect(store.getSnapshot().ready).toBe(true);
  });

  it('upsert and remove serve sources outside the library, and a library sync leaves them alone', async () => {
    const store = new SearchIndexStore(bundled, buildOnMainThread);
    await store.syncLibrary([], true);
    await store.upsert([imported('shared-1', '同事分享的文章谈到景德镇陶瓷。')]);
    expect(found(store.getSnapshot().index, '景德镇')).toEqual(['shared-1']);
    await store.syncLibrary([imported('lib-1', '文库里的文章谈到婺源。')], true);
    expect(found(store.getSnapshot().index, '景德镇')).toEqual(['shared-1']);
    store.remove(['shared-1']);
    expect(found(store.getSnapshot().index, '景德镇')).toEqual([]);
    expect(found(store.getSnapshot().index, '婺源')).toEqual(['lib-1']);
  });

  it(`merges import segments after ${MAX_SEGMENTS}, with every article still found exactly once`, async () => {
    const store = new SearchIndexStore(bundled, buildOnMainThread);
    const library: Article[] = [];
    for (let i = 0; i < MAX_SEGMENTS * 2 + 1; i++) {
      library.push(imported(`n${i}`, `编号文章${i}号共同词汇南昌。`));
      await store.syncLibrary([...library], true);
    }
    const index = store.getSnapshot().index;
    expect(index.segments.length).toBeLessThanOrEqual(MAX_SEGMENTS + 2);
    expect(found(index, '共同词汇')).toEqual(library.map((a) => a.id).sort());
    expect(found(index, `编号文章${MAX_SEGMENTS * 2}号`)).toEqual([`n${MAX_SEGMENTS * 2}`]);
  });

  it('a failing build leaves the rest searchable and the index ready; the article is retried when it changes', async () => {
    let fail = true;
    const store = new SearchIndexStore(bundled, (articles) =>
      fail && articles.some((a) => a.id === 'bad') ? Promise.reject(new Error('boom')) : buildOnMainThread(articles),
    );
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      await store.syncLibrary([imported('ok', '能搜到的文章有滕王阁。')], true);
      await store.syncLibrary([imported('ok', '能搜到的文章有滕王阁。'), imported('bad', '失败的文章有八一桥。')], true);
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(1);
    expect(store.getSnapshot().ready).toBe(true);
    expect(found(store.getSnapshot().index, '滕王阁')).toEqual(['ok']);
    fail = false;
    await store.syncLibrary([imported('ok', '能搜到的文章有滕王阁。'), imported('bad', '修好的文章有八一桥。')], true);
    expect(found(store.getSnapshot().index, '八一桥')).toEqual(['bad']);
  });
});

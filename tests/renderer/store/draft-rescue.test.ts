import { beforeEach, describe, expect, it } from 'vitest';
import { adoptRescuedDrafts, forgetRescuedDraft, rescueDraft } from '../../../renderer/store/draft-rescue';
import type { NoteDraft } from '../../../renderer/store/records';
import { freshDatabases } from '../support/fresh-db';

const freshDb = freshDatabases();
const draft = (over: Partial<NoteDraft> = {}): NoteDraft => ({
  id: 'n1#s1',
  noteId: 'n1',
  articleId: 'a1',
  note: '关窗前最后几个字',
  tags: ['会议'],
  baseRevision: 2,
  updated: '2026-12-02T05:00:01.000Z',
  ...over,
});

describe('rescued drafts (kept synchronously as the page goes away)', () => {
  beforeEach(() => localStorage.clear());

  it.each([
    ['no stored draft: the copy is written', undefined, true, '关窗前最后几个字'],
    ['an older stored draft: the newer copy wins', draft({ note: '旧', updated: '2026-12-02T05:00:00.000Z' }), true, '关窗前最后几个字'],
    ['the same draft already stored: nothing written', draft(), false, '关窗前最后几个字'],
    ['a newer stored draft: it stays', draft({ note: '更新的', updated: '2026-12-02T05:00:09.000Z' }), false, '更新的'],
  ])('%s', async (_name, stored, written, expected) => {
    const db = freshDb();
    if (stored) await db.drafts.put(stored);
    rescueDraft(draft());
    expect(await adoptRescuedDrafts(db)).toBe(written ? 1 : 0);
    expect((await db.drafts.get('n1#s1'))?.note).toBe(expected);
    expect(localStorage.length).toBe(0);
  });

  it('a draft written, saved or discarded leaves no copy to bring back', async () => {
    const db = freshDb();
    rescueDraft(draft());
    forgetRescuedDraft('n1#s1');
    expect(await adoptRescuedDrafts(db)).toBe(0);
    expect(await db.drafts.count()).toBe(0);
  });

  it.each([
    ['not JSON', '{"id":'],
    ['the wrong shape', JSON.stringify({ id: 'n1#s1', note: 5 })],
    ['a key that is not its id', JSON.stringify(draft({ id: 'other#s' }))],
  ])('a copy that is %s is left alone and never written', async (_name, text) => {
    const db = freshDb();
    localStorage.setItem('pizhu-draft-rescue:n1#s1', text);
    expect(await adoptRescuedDrafts(db)).toBe(0);
    expect(await db.drafts.count()).toBe(0);
    expect(localStorage.getItem('pizhu-draft-rescue:n1#s1')).toBe(text);
  });
});

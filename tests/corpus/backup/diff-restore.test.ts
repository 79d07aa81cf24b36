import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffRestoreData, type BackedUpArticle, type BackupData } from '../../../corpus/backup';
import { normalizeArticle } from '../../../corpus/normalize';

const article = (title: string, body = `${title}的正文。`): BackedUpArticle =>
  normalizeArticle({ fileName: `${title}.txt`, text: `# ${title}\n\n${body}`, origin: 'imported' }).article;
const withId = (a: BackedUpArticle, id: string): BackedUpArticle => ({ ...a, id });
const trashed = (a: BackedUpArticle, at: string) => ({ id: `${a.id}@${at}`, article: a, annotations: [], articleNotes: [], deletedAt: at });

const data = (over: Partial<BackupData> = {}): BackupData => ({
  annotations: [],
  articleNotes: [],
  importedArticles: [],
  settings: {},
  readingPositions: [],
  ...over,
});

const A = withId(article('甲'), 'imp-a');
const B = withId(article('乙'), 'imp-b');
const A2 = withId(article('甲', '甲的更正后的正文。'), 'imp-a');
const T = '2026-11-20T00:00:00.000Z';

describe('diffRestoreData', () => {
  it.each<[string, BackupData, BackupData, Partial<ReturnType<typeof diffRestoreData>>]>([
    ['nothing differs', data({ importedArticles: [A] }), data({ importedArticles: [A] }), { articles: [], settings: [] }],
    [
      'an article only in the backup comes back, one only here goes',
      data({ importedArticles: [A] }),
      data({ importedArticles: [B] }),
      {
        articles: [
          { kind: 'added', id: 'imp-b', title: '乙' },
          { kind: 'removed', id: 'imp-a', title: '甲' },
        ],
      },
    ],
    [
      'the same id with another text',
      data({ importedArticles: [A] }),
      data({ importedArticles: [A2] }),
      { articles: [{ kind: 'text-changed', id: 'imp-a', title: '甲' }] },
    ],
    [
      'trash entries appear and disappear by entry, old versions and deleted notes are counted',
      data({ articleTrash: [trashed(A, T)] }),
      data({ articleTrash: [trashed(B, T)], articleVersions: [{ key: 'imp-a:1', articleId: 'imp-a', article: A, replacedAt: T }] }),
      {
        articleTrash: [
          { kind: 'added', id: `imp-b@${T}`, title: '乙' },
          { kind: 'removed', id: `imp-a@${T}`, title: '甲' },
        ],
        articleVersions: { now: 0, then: 1 },
        trash: { now: 0, then: 0 },
      },
    ],
    [
      'settings the backup sets to another value, whatever the key order; ones it lacks stay and are not listed',
      data({ settings: { 'ui.language': 'zh-CN', 'colors.names': { yellow: '要点', pink: '疑问' }, 'reader.fontSize': 18 } }),
      data({ settings: { 'ui.language': 'en', 'colors.names': { pink: '疑问', yellow: '要点' }, 'ui.appearance': null } }),
      { settings: ['ui.appearance', 'ui.language'] },
    ],
  ])('%s', (_name, current, incoming, expected) => {
    expect(diffRestoreData(current, incoming)).toMatchObject(expected);
  });

  it('restoring the data over itself changes nothing, and added/removed are the set differences (property)', () => {
    const pool = [A, B, withId(article('丙'), 'imp-c'), withId(article('丁'), 'imp-d')];
    const subset = fc.subarray(pool);
    fc.assert(
      fc.property(subset, subset, (now, then) => {
        const same = diffRestoreData(data({ importedArticles: now }), data({ importedArticles: now }));
        expect(same.articles).toEqual([]);
        const changes = diffRestoreData(data({ importedArticles: now }), data({ importedArticles: then })).articles;
        const ids = (kind: string) => changes.filter((c) => c.kind === kind).map((c) => c.id);
        expect(ids('added')).toEqual(then.filter((a) => !now.includes(a)).map((a) => a.id));
        expect(ids('removed')).toEqual(now.filter((a) => !then.includes(a)).map((a) => a.id));
      }),
    );
  });
});

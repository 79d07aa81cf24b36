import { describe, expect, it } from 'vitest';
import { searchNotes } from '../../../corpus/search';
import type { Annotation, ArticleNote } from '../../../corpus/model';

function highlight(id: string, exact: string, note: string, tags: string[], modified = '2025-01-01T00:00:00Z'): Annotation {
  return {
    id,
    kind: 'highlight',
    target: {
      source: 'a1',
      contentHash: 'h',
      selector: [
        { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start: 0, end: exact.length },
      ],
    },
    body: { note, tags },
    color: 'yellow',
    created: modified,
    modified,
  };
}

const articleNote: ArticleNote = {
  id: 'n-article',
  kind: 'article-note',
  articleId: 'a2',
  body: { note: '整体看，营商环境改善明显', tags: ['总结'] },
  created: '2025-02-01T00:00:00Z',
  modified: '2025-02-01T00:00:00Z',
};

const NOTES = [
  highlight('n-quote', '优化营商环境', '', []),
  highlight('n-note', '招商引资', '与营商环境有关，营商环境是关键', ['招商']),
  highlight('n-tag', '数字经济', '值得关注', ['ＡＩ', '重点']),
  articleNote,
];

describe('searchNotes', () => {
  it.each([
    ['matches quote, note and article notes; most hits, then most recent, first', '营商环境', ['n-note', 'n-article', 'n-quote']],
    ['tags, NFKC-folded', 'ai', ['n-tag']],
    ['AND across fields', '招商 关键', ['n-note']],
    ['exclude', '营商环境 -招商', ['n-article', 'n-quote']],
    ['nowhere', '量子', []],
    ['bad input', '.*[(', []],
    ['only spaces', '   ', []],
  ])('%s', (_name, query, expected) => {
    expect(searchNotes(NOTES, query).map((h) => h.noteId)).toEqual(expected);
  });

  it('labels results as notes and says where they matched', () => {
    expect(searchNotes(NOTES, '招商')).toEqual([
      { label: 'note', noteId: 'n-note', articleId: 'a1', kind: 'highlight', fields: ['tags', 'quote'], hitCount: 2 },
    ]);
    expect(searchNotes(NOTES, '总结')[0]).toMatchObject({ label: 'note', articleId: 'a2', kind: 'article-note', fields: ['tags'] });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changedFields, countChanges, diffAnnotations, diffArticleNotes } from '../../../corpus/backup/diff-annotations';
import type { Annotation, ArticleNote } from '../../../corpus/model';

const base = (id: string, over: { note?: string; tags?: string[]; color?: Annotation['color']; start?: number; source?: string } = {}): Annotation => ({
  id,
  kind: 'highlight',
  target: {
    source: over.source ?? 'a1',
    contentHash: '0000000000000001',
    selector: [
      { type: 'TextQuoteSelector', exact: `引文${id}`, prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start: over.start ?? 0, end: (over.start ?? 0) + 4 },
    ],
  },
  body: { note: over.note ?? '', tags: over.tags ?? [] },
  color: over.color ?? 'yellow',
  created: '2026-11-01T00:00:00.000Z',
  modified: '2026-11-01T00:00:00.000Z',
});

/** The same record with its keys in another order (as IndexedDB may return it). */
const reordered = (a: Annotation): Annotation => {
  const { modified, created, color, body, target, kind, id } = a;
  return { modified, created, color, body: { tags: body.tags, note: body.note }, target, kind, id };
};

describe('changedFields', () => {
  it.each<[string, Annotation, Annotation, string[]]>([
    ['note edited', base('x', { note: '旧' }), base('x', { note: '新' }), ['note']],
    ['tag added', base('x'), base('x', { tags: ['待核实'] }), ['tags']],
    ['colour changed', base('x'), base('x', { color: 'pink' }), ['color']],
    ['re-anchored', base('x'), base('x', { start: 9 }), ['anchor']],
    ['note and colour', base('x', { note: 'a' }), base('x', { note: 'b', color: 'blue' }), ['note', 'color']],
    ['only the time', base('x'), { ...base('x'), modified: '2026-11-02T00:00:00.000Z' }, []],
  ])('%s', (_name, before, after, fields) => {
    expect(changedFields(before, after)).toEqual(fields);
  });
});

describe('diffAnnotations', () => {
  it.each<[string, Annotation[], Annotation[], boolean, [string, string][]]>([
    ['nothing changed (key order ignored)', [base('a'), base('b')], [reordered(base('b')), reordered(base('a'))], true, []],
    ['a note edited after the backup is replaced by the old text', [base('a', { note: '改过的' })], [base('a', { note: '原来的' })], true, [['replaced', 'a']]],
    ['an annotation made after the backup is removed by a restore', [base('a'), base('b', { start: 5 })], [base('a')], true, [['removed', 'b']]],
    ['an import never removes', [base('a'), base('b')], [base('a')], false, []],
    ['one deleted since the backup comes back', [], [base('a')], true, [['added', 'a']]],
    [
      'sorted by article, then position',
      [],
      [base('z', { source: 'a2', start: 1 }), base('y', { start: 9 }), base('x', { start: 2 })],
      false,
      [
        ['added', 'x'],
        ['added', 'y'],
        ['added', 'z'],
      ],
    ],
  ])('%s', (_name, current, incoming, removesMissing, expected) => {
    const changes = diffAnnotations(current, incoming, { removesMissing });
    expect(changes.map((c) => [c.kind, c.kind === 'removed' ? c.before.id : c.after.id])).toEqual(expected);
  });

  it('a replaced entry carries both texts', () => {
    const [change] = diffAnnotations([base('a', { note: '新写的' })], [base('a', { note: '备份里的' })], { removesMissing: true });
    expect(change).toMatchObject({ kind: 'replaced', before: { body: { note: '新写的' } }, after: { body: { note: '备份里的' } }, fields: ['note'] });
  });

  const annotation = fc
    .record({
      id: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      note: fc.constantFrom('', '一', '二'),
      color: fc.constantFrom<Annotation['color']>('yellow', 'pink'),
      start: fc.nat(20),
    })
    .map((r) => base(r.id, r));
  const uniqueList = fc.uniqueArray(annotation, { selector: (a) => a.id, maxLength: 5 });

  it('property: applying the changes to the current set gives the incoming set (restore), and nothing is listed twice', () => {
    fc.assert(
      fc.property(uniqueList, uniqueList, (current, incoming) => {
        const changes = diffAnnotations(current, incoming, { removesMissing: true });
        const result = new Map(current.map((a) => [a.id, a]));
        for (const c of changes) {
          if (c.kind === 'removed') result.delete(c.before.id);
          else result.set(c.after.id, c.after);
        }
        expect([...result.values()].sort((x, y) => x.id.localeCompare(y.id))).toEqual([...incoming].sort((x, y) => x.id.localeCompare(y.id)));
        const ids = changes.map((c) => (c.kind === 'removed' ? c.before.id : c.after.id));
        expect(new Set(ids).size).toBe(ids.length);
        const counts = countChanges(changes);
        expect(counts.added + counts.replaced + counts.removed).toBe(changes.length);
      }),
    );
  });

  it('property: a set compared with itself has no changes', () => {
    fc.assert(
      fc.property(uniqueList, (list) => {
        expect(diffAnnotations(list, list.map(reordered), { removesMissing: true })).toEqual([]);
      }),
    );
  });
});

describe('diffArticleNotes', () => {
  const note = (id: string, text: string, articleId = 'a1', created = '2026-11-01T00:00:00.000Z'): ArticleNote => ({
    id,
    kind: 'article-note',
    articleId,
    body: { note: text, tags: [] },
    created,
    modified: created,
  });

  it.each<[string, ArticleNote[], ArticleNote[], boolean, string[]]>([
    ['nothing differs', [note('n1', '甲')], [{ ...note('n1', '甲'), body: { tags: [], note: '甲' } }], true, []],
    ['text edited', [note('n1', '甲')], [note('n1', '乙')], false, ['replaced n1 甲→乙']],
    ['new note', [], [note('n1', '甲')], false, ['added n1']],
    ['missing from an import: kept', [note('n1', '甲')], [], false, []],
    ['missing from a restore: removed', [note('n1', '甲')], [], true, ['removed n1']],
    [
      'sorted by article, then by when written',
      [],
      [note('n3', 'c', 'b1'), note('n2', 'b', 'a1', '2026-11-03T00:00:00.000Z'), note('n1', 'a', 'a1', '2026-11-02T00:00:00.000Z')],
      false,
      ['added n1', 'added n2', 'added n3'],
    ],
  ])('%s', (_name, current, incoming, removesMissing, expected) => {
    const shown = diffArticleNotes(current, incoming, { removesMissing }).map((c) =>
      c.kind === 'replaced'
        ? `replaced ${c.after.id} ${c.before.body.note}→${c.after.body.note}`
        : `${c.kind} ${c.kind === 'added' ? c.after.id : c.before.id}`,
    );
    expect(shown).toEqual(expected);
  });

  it('a restore over the same notes changes nothing; counts add up to the set differences', () => {
    const notes = fc.uniqueArray(fc.record({ id: fc.constantFrom('n1', 'n2', 'n3', 'n4', 'n5'), text: fc.string({ maxLength: 4 }) }), {
      selector: (n) => n.id,
    });
    fc.assert(
      fc.property(notes, notes, (a, b) => {
        const current = a.map((n) => note(n.id, n.text));
        const incoming = b.map((n) => note(n.id, n.text));
        expect(diffArticleNotes(current, current, { removesMissing: true })).toEqual([]);
        const counts = countChanges(diffArticleNotes(current, incoming, { removesMissing: true }));
        const before = new Set(a.map((n) => n.id));
        const after = new Set(b.map((n) => n.id));
        expect(counts.added).toBe([...after].filter((id) => !before.has(id)).length);
        expect(counts.removed).toBe([...before].filter((id) => !after.has(id)).length);
        expect(counts.replaced).toBe(b.filter((n) => before.has(n.id) && a.find((m) => m.id === n.id)!.text !== n.text).length);
      }),
    );
  });
});

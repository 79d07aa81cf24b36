import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { changedAnnotationIds, deleteAnnotation, readAnnotations, unpublishAll, writeAnnotation } from '../../../corpus/sync/annotation-doc';
import { applyTextChange } from '../../../corpus/sync/text-change';
import type { Annotation } from '../../../corpus/model';

const annotation = (id: string, note = '', tags: string[] = [], color: Annotation['color'] = 'yellow'): Annotation => ({
  id,
  kind: 'highlight',
  target: {
    source: 'article-1',
    contentHash: 'h',
    selector: [
      { type: 'TextQuoteSelector', exact: '粮食产量', prefix: '全省', suffix: '再创新高' },
      { type: 'TextPositionSelector', start: 10, end: 14 },
    ],
  },
  body: { note, tags: [...tags].sort() },
  color,
  created: '2026-03-01T08:00:00.000Z',
  modified: '2026-03-01T08:00:00.000Z',
  revision: 1,
});

/** Two-way sync of two documents (what the server does between laptops). */
function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

const noteOf = (doc: Y.Doc, id: string) => readAnnotations(doc).annotations.find((a) => a.id === id)?.body.note;

describe('text changes', () => {
  it.each([
    ['', '新批注'],
    ['需要核实', '需要进一步核实'],
    ['需要核实数据', '核实'],
    ['abc', ''],
    ['同比增长𠀋%', '同比增长𠀊%'],
    ['𠀋', '𠀊𠀋'],
  ])('%j → %j', (from, to) => {
    const doc = new Y.Doc();
    const text = doc.getText('t');
    text.insert(0, from);
    applyTextChange(text, from, to);
    expect(text.toString()).toBe(to);
  });

  it('turns any text into any other', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (from, to) => {
        const doc = new Y.Doc();
        const text = doc.getText('t');
        text.insert(0, from);
        applyTextChange(text, from, to);
        expect(text.toString()).toBe(to);
      }),
    );
  });
});

describe('annotations in a Y document', () => {
  it('round-trips an annotation exactly', () => {
    const doc = new Y.Doc();
    const a = annotation('a1', '**要点**：数据待核实', ['会议', '待核实']);
    writeAnnotation(doc, a);
    expect(readAnnotations(doc).annotations).toEqual([a]);
  });

  it('two laptops editing different parts of one note offline keep both edits', () => {
    const laptop = new Y.Doc();
    const desktop = new Y.Doc();
    writeAnnotation(laptop, annotation('a1', '产量数据需要核实。'));
    sync(laptop, desktop);
    writeAnnotation(laptop, annotation('a1', '粮食产量数据需要核实。'));
    writeAnnotation(desktop, annotation('a1', '产量数据需要与统计局核实。'));
    sync(laptop, desktop);
    expect(noteOf(laptop, 'a1')).toBe('粮食产量数据需要与统计局核实。');
    expect(noteOf(desktop, 'a1')).toBe(noteOf(laptop, 'a1'));
  });

  it('tags added on two laptops are both kept; a removal removes only that tag', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    writeAnnotation(a, annotation('a1', '', ['会议']));
    sync(a, b);
    writeAnnotation(a, annotation('a1', '', ['会议', '数据']));
    writeAnnotation(b, annotation('a1', '', ['政策']));
    sync(a, b);
    // 李 removed 会议 and added 政策 while 张 added 数据: all three intentions hold.
    expect(readAnnotations(a).annotations[0]!.body.tags).toEqual(['政策', '数据']);
  });

  it('a deleted note never comes back: not from an offline edit, nor from re-saving an old copy', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    writeAnnotation(a, annotation('a1', '原文'));
    sync(a, b);
    deleteAnnotation(a, 'a1', '2026-03-02T00:00:00.000Z');
    writeAnnotation(b, annotation('a1', '离线时改的', ['离线']));
    sync(a, b);
    expect(readAnnotations(a).annotations).toEqual([]);
    expect(readAnnotations(b).annotations).toEqual([]);
    // The old laptop's app still has the note and saves it again: refused, and it is told why.
    expect(writeAnnotation(b, annotation('a1', '再存一次'))).toBe('deleted-elsewhere');
    sync(a, b);
    expect(readAnnotations(a).annotations).toEqual([]);
  });

  it('unpublishing removes every note from a colleague’s copy without tombstones, so publishing again brings them back', () => {
    const mine = new Y.Doc();
    const colleague = new Y.Doc();
    writeAnnotation(mine, annotation('a1', '公开过'));
    writeAnnotation(mine, annotation('a2'));
    deleteAnnotation(mine, 'a3', '2026-03-02T00:00:00.000Z');
    sync(mine, colleague);
    unpublishAll(mine);
    sync(mine, colleague);
    expect(readAnnotations(colleague).annotations).toEqual([]);
    // The deletion stays a deletion; the unpublished notes were not deleted.
    expect([...readAnnotations(colleague).deleted]).toEqual(['a3']);
    expect(writeAnnotation(mine, annotation('a1', '又公开了'))).toBe('written');
    sync(mine, colleague);
    expect(noteOf(colleague, 'a1')).toBe('又公开了');
  });

  it('an entry that is not a valid annotation is reported with its field, not shown', () => {
    const doc = new Y.Doc();
    writeAnnotation(doc, annotation('good'));
    const bad = new Y.Map<unknown>();
    doc.getMap('annotations').set('bad', bad);
    bad.set('kind', 'highlight');
    bad.set('color', 'ultraviolet');
    const read = readAnnotations(doc);
    expect(read.annotations.map((a) => a.id)).toEqual(['good']);
    expect(read.invalid).toHaveLength(1);
    expect(read.invalid[0]!.id).toBe('bad');
    expect(read.invalid[0]!.problem).toMatch(/color/);
  });

  it('names the ids a transaction changed, top-level and nested', () => {
    const doc = new Y.Doc();
    writeAnnotation(doc, annotation('a1', 'x'));
    writeAnnotation(doc, annotation('a2', 'y'));
    const seen: Set<string>[] = [];
    doc.getMap('annotations').observeDeep((events) => seen.push(changedAnnotationIds(events)));
    writeAnnotation(doc, annotation('a2', 'yz'));
    deleteAnnotation(doc, 'a1', '2026-03-02T00:00:00.000Z');
    writeAnnotation(doc, annotation('a3'));
    expect(seen.map((s) => [...s])).toEqual([['a2'], ['a1'], ['a3']]);
  });
});

type Op =
  | { kind: 'create'; replica: number; id: number; note: string }
  | { kind: 'edit'; replica: number; id: number; at: number; text: string }
  | { kind: 'tags'; replica: number; id: number; tags: string[] }
  | { kind: 'colour'; replica: number; id: number; color: Annotation['color'] }
  | { kind: 'delete'; replica: number; id: number }
  | { kind: 'deliver'; from: number; to: number };

const REPLICAS = 3;
const IDS = 4;
const replica = fc.integer({ min: 0, max: REPLICAS - 1 });
const id = fc.integer({ min: 0, max: IDS - 1 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), replica, id, note: fc.string({ maxLength: 6 }) }),
  fc.record({ kind: fc.constant('edit' as const), replica, id, at: fc.nat(20), text: fc.string({ minLength: 1, maxLength: 4 }) }),
  fc.record({ kind: fc.constant('tags' as const), replica, id, tags: fc.uniqueArray(fc.constantFrom('会议', '数据', '政策'), { maxLength: 3 }) }),
  fc.record({ kind: fc.constant('colour' as const), replica, id, color: fc.constantFrom<Annotation['color']>('yellow', 'green', 'blue', 'pink', 'purple') }),
  fc.record({ kind: fc.constant('delete' as const), replica, id }),
  fc.record({ kind: fc.constant('deliver' as const), from: replica, to: replica }),
);

describe('three devices, any order of offline edits and deliveries', () => {
  it('converge to the same annotations, with every deleted note gone for good', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const docs = Array.from({ length: REPLICAS }, () => new Y.Doc());
        const deletedIds = new Set<string>();
        const current = (d: number, key: string) => readAnnotations(docs[d]!).annotations.find((a) => a.id === key);
        for (const o of ops) {
          if (o.kind === 'deliver') {
            if (o.from !== o.to) Y.applyUpdate(docs[o.to]!, Y.encodeStateAsUpdate(docs[o.from]!, Y.encodeStateVector(docs[o.to]!)));
            continue;
          }
          const doc = docs[o.replica]!;
          const key = `a${o.id}`;
          const existing = current(o.replica, key);
          switch (o.kind) {
            case 'create':
              if (!existing) writeAnnotation(doc, annotation(key, o.note));
              break;
            case 'edit':
              if (existing) {
                const note = existing.body.note;
                const at = Math.min(o.at, note.length);
                writeAnnotation(doc, { ...existing, body: { ...existing.body, note: note.slice(0, at) + o.text + note.slice(at) } });
              }
              break;
            case 'tags':
              if (existing) writeAnnotation(doc, { ...existing, body: { ...existing.body, tags: [...o.tags].sort() } });
              break;
            case 'colour':
              if (existing) writeAnnotation(doc, { ...existing, color: o.color });
              break;
            case 'delete':
              if (existing) {
                deleteAnnotation(doc, key, '2026-03-02T00:00:00.000Z');
                deletedIds.add(key);
              }
              break;
          }
        }
        for (let round = 0; round < 2; round++) for (let i = 0; i < REPLICAS; i++) for (let j = 0; j < REPLICAS; j++) if (i !== j) sync(docs[i]!, docs[j]!);
        const reads = docs.map((d) => readAnnotations(d));
        for (const r of reads) {
          expect(r.invalid).toEqual([]);
          expect(r.annotations).toEqual(reads[0]!.annotations);
          for (const a of r.annotations) expect(deletedIds.has(a.id)).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});

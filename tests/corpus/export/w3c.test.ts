import { describe, expect, it } from 'vitest';
import { annotationIri, fromAnnotationCollection, toAnnotationCollection } from '../../../corpus/export/w3c';
import { formatImportError } from '../../../corpus/backup/import-error';
import { makeAnnotation, makeArticle } from './fixtures';

const article = makeArticle('a/1', [['paragraph', '发展数字经济是把握新一轮科技革命的战略选择。']]);
const plain = makeAnnotation(article, '6f1c2b8e-3d4a-4b5c-9d6e-7f8a9b0c1d2e', 2, 6, { color: 'green' });
const noted = makeAnnotation(article, 'local-2', 7, 12, { color: 'purple', note: '第一行\n第二行', tags: ['科技', '待核实'] });

/** A round-tripped copy of the collection, as it would be read from a file. */
const viaJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

describe('toAnnotationCollection', () => {
  const collection = toAnnotationCollection([plain, noted]);

  it('is a W3C AnnotationCollection', () => {
    expect(collection['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(2);
  });

  it('writes annotations in W3C shape', () => {
    expect(collection.items[1]).toEqual({
      id: 'urn:pizhu:annotation:local-2',
      type: 'Annotation',
      motivation: 'commenting',
      created: noted.created,
      modified: noted.modified,
      body: [
        { type: 'TextualBody', value: '第一行\n第二行', purpose: 'commenting', format: 'text/markdown' },
        { type: 'TextualBody', value: '科技', purpose: 'tagging' },
        { type: 'TextualBody', value: '待核实', purpose: 'tagging' },
      ],
      target: { source: 'pizhu://article/a%2F1', selector: noted.target.selector, 'pizhu:contentHash': article.contentHash },
      'pizhu:color': 'purple',
    });
    expect(collection.items[0]!.motivation).toBe('highlighting');
  });

  it.each([
    ['uuid', '6F1C2B8E-3D4A-4B5C-9D6E-7F8A9B0C1D2E', 'urn:uuid:6f1c2b8e-3d4a-4b5c-9d6e-7f8a9b0c1d2e'],
    ['other id', 'a b', 'urn:pizhu:annotation:a%20b'],
  ])('makes an IRI from a %s', (_name, id, iri) => {
    expect(annotationIri(id)).toBe(iri);
  });
});

describe('fromAnnotationCollection', () => {
  it('round-trips records exactly', () => {
    expect(fromAnnotationCollection(viaJson(toAnnotationCollection([plain, noted])))).toEqual({ ok: true, value: [plain, noted] });
  });

  it('accepts other tools’ shapes: single body and selector order', () => {
    const item = {
      id: 'https://example.org/anno/1',
      type: 'Annotation',
      created: '2024-01-01T00:00:00Z',
      body: { type: 'TextualBody', value: '外部批注' },
      target: {
        source: 'pizhu://article/x#p2',
        selector: [
          { type: 'TextPositionSelector', start: 1, end: 3 },
          { type: 'TextQuoteSelector', exact: '经济' },
        ],
      },
    };
    const result = fromAnnotationCollection({ type: 'AnnotationCollection', items: [item] });
    expect(result.ok && result.value[0]).toMatchObject({
      id: 'https://example.org/anno/1',
      color: 'yellow',
      modified: '2024-01-01T00:00:00Z',
      body: { note: '外部批注', tags: [] },
      target: {
        source: 'x',
        contentHash: '',
        selector: [
          { exact: '经济', prefix: '', suffix: '' },
          { start: 1, end: 3 },
        ],
      },
    });
  });

  const good = () => viaJson(toAnnotationCollection([plain, noted])) as { items: Record<string, unknown>[] };
  const broken = (edit: (c: { items: Record<string, unknown>[] }) => void): unknown => {
    const c = good();
    edit(c);
    return c;
  };
  const target = (c: { items: Record<string, unknown>[] }, i: number) => c.items[i]!.target as { selector: Record<string, unknown>[] };

  it.each([
    [
      'quote not a string',
      broken((c) => {
        target(c, 1).selector[0]!.exact = 5;
      }),
      'items[1].target.selector[0].exact: expected string',
    ],
    [
      'negative offset',
      broken((c) => {
        target(c, 0).selector[1]!.start = -1;
      }),
      'items[0].target.selector[1].start: expected a number ≥ 0',
    ],
    [
      'unknown selector',
      broken((c) => {
        target(c, 0).selector[1]!.type = 'XPathSelector';
      }),
      'items[0].target.selector[1].type: expected "TextQuoteSelector" | "TextPositionSelector"',
    ],
    [
      'missing position',
      broken((c) => {
        target(c, 1).selector.pop();
      }),
      'items[1].target.selector: expected a TextQuoteSelector and a TextPositionSelector',
    ],
    [
      'bad colour',
      broken((c) => {
        c.items[0]!['pizhu:color'] = 'red';
      }),
      'items[0].pizhu:color: expected "yellow" | "green" | "blue" | "pink" | "purple"',
    ],
    [
      'bad date',
      broken((c) => {
        c.items[1]!.created = 'yesterday';
      }),
      'items[1].created: expected an ISO date-time (e.g. 2025-03-01T09:30:00.000Z)',
    ],
    [
      'duplicate id',
      broken((c) => {
        c.items[1]!.id = c.items[0]!.id;
      }),
      'items[1].id: duplicate id "6f1c2b8e-3d4a-4b5c-9d6e-7f8a9b0c1d2e" (first at items[0])',
    ],
    ['not a collection', { type: 'Annotation' }, 'type: expected "AnnotationCollection"'],
  ])('rejects %s', (_name, json, message) => {
    const result = fromAnnotationCollection(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.map(formatImportError)).toContain(message);
  });
});

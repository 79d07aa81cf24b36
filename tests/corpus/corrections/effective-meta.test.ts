import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CORRECTABLE_FIELDS, editedFields, effectiveMeta, withCorrection, type MetaCorrectionFields } from '../../../corpus/corrections';
import type { ArticleMeta } from '../../../corpus/model';

const INFERRED: ArticleMeta = {
  title: '今年以来我市坚持稳中求进工作总基调，统筹推进',
  subtitle: '副题',
  source: '某某日报',
  authors: ['王明'],
  year: 2030,
  date: '2030-01-02',
  places: ['南昌市'],
  language: 'zh-Hans',
};

describe('effectiveMeta', () => {
  it.each<[string, MetaCorrectionFields, Partial<ArticleMeta>, readonly (keyof ArticleMeta)[]]>([
    ['title only', { title: '月度经济简报' }, { title: '月度经济简报', source: '某某日报', date: '2030-01-02', year: 2030 }, []],
    ['source replaced', { source: '江西日报' }, { source: '江西日报' }, []],
    ['source cleared: the article has none', { source: '' }, {}, ['source']],
    ['full date sets date and year', { date: '2025-03-01' }, { date: '2025-03-01', year: 2025 }, []],
    ['a year alone drops the inferred full date', { date: '2024' }, { year: 2024 }, ['date']],
    ['date cleared', { date: '' }, {}, ['date', 'year']],
    ['authors replaced', { authors: ['李华', '赵强'] }, { authors: ['李华', '赵强'] }, []],
    ['authors emptied', { authors: [] }, { authors: [] }, []],
    ['places replaced', { places: ['九江市'] }, { places: ['九江市'] }, []],
  ])('%s', (_name, fields, expected, absent) => {
    const meta = effectiveMeta(INFERRED, fields);
    expect(meta).toMatchObject(expected);
    for (const key of absent) expect(meta).not.toHaveProperty(key);
    // What the user cannot edit stays as inferred.
    expect(meta).toMatchObject({ subtitle: '副题', language: 'zh-Hans' });
  });

  it('returns the inferred meta itself when nothing is corrected', () => {
    expect(effectiveMeta(INFERRED, undefined)).toBe(INFERRED);
    expect(effectiveMeta(INFERRED, {})).toBe(INFERRED);
    const article = { id: 'a', meta: INFERRED };
    expect(withCorrection(article, {})).toBe(article);
    expect(withCorrection(article, { title: '新' }).meta.title).toBe('新');
    expect(article.meta.title).toBe(INFERRED.title);
  });

  const fieldsArb: fc.Arbitrary<MetaCorrectionFields> = fc.record(
    {
      title: fc.string({ minLength: 1 }),
      source: fc.string(),
      date: fc.oneof(fc.constant(''), fc.integer({ min: 1000, max: 9999 }).map(String), fc.constant('2025-03-01')),
      authors: fc.array(fc.string({ minLength: 1 })),
      places: fc.array(fc.string({ minLength: 1 })),
    },
    { requiredKeys: [] },
  );

  it('a set field always wins, an unset field is always the inferred one', () => {
    fc.assert(
      fc.property(fieldsArb, (fields) => {
        const meta = effectiveMeta(INFERRED, fields);
        expect(meta.title).toBe(fields.title ?? INFERRED.title);
        expect(meta.source).toBe(fields.source === undefined ? INFERRED.source : fields.source || undefined);
        expect(meta.authors).toEqual(fields.authors ?? INFERRED.authors);
        expect(meta.places).toEqual(fields.places ?? INFERRED.places);
        if (fields.date === undefined) expect([meta.date, meta.year]).toEqual([INFERRED.date, INFERRED.year]);
        // Applying the same correction twice changes nothing more.
        expect(effectiveMeta(meta, fields)).toEqual(meta);
        expect(editedFields(fields)).toEqual(CORRECTABLE_FIELDS.filter((f) => fields[f] !== undefined));
      }),
    );
  });
});

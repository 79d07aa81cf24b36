import { describe, expect, it } from 'vitest';
import { sortFigures, summarizeFigures, type KeyFigure } from '../../../corpus/figures';
import { textOffset } from '../../../corpus/model';

function fig(articleId: string, start: number, raw: string, value: number, unit: string, baseUnit: string, sentence = '', places: string[] = []): KeyFigure {
  return {
    id: `${articleId}:${raw}:1`,
    articleId,
    kind: 'quantity',
    value,
    raw,
    unit,
    baseUnit,
    sentence,
    blockId: 'b1',
    start: textOffset(start),
    end: textOffset(start + raw.length),
    places,
  };
}

const figures = [
  fig('b', 5, '600万元', 6e6, '万元', '元', '青山湖区投入约600万元。', ['青山湖区']),
  fig('a', 9, '10.8%', 10.8, '%', '%', '赣江新区增长10.8%。', ['赣江新区']),
  fig('a', 2, '1188亿元', 1.188e11, '亿元', '元', '达1188亿元。', ['赣江新区']),
  fig('a', 20, '24项', 24, '项', '项', '24项重点改革。', ['赣江新区']),
  fig('b', 1, '46.7%', 46.7, '%', '%', '增长46.7%。', ['青山湖区']),
];
const raws = (list: readonly KeyFigure[]) => list.map((f) => f.raw);

describe('sortFigures', () => {
  it.each([
    ['article order: by article, then position', 'article', ['1188亿元', '10.8%', '24项', '46.7%', '600万元']],
    ['value within unit: 元 amounts across 万/亿 compare by value', 'value', ['46.7%', '10.8%', '1188亿元', '600万元', '24项']],
  ] as const)('%s', (_name, order, expected) => {
    expect(raws(sortFigures(figures, order))).toEqual(expected);
  });

  it('leaves its input alone', () => {
    const before = raws(figures);
    sortFigures(figures, 'value');
    expect(raws(figures)).toEqual(before);
  });
});

describe('summarizeFigures', () => {
  it.each([
    ['no filter keeps all', {}, ['600万元', '10.8%', '1188亿元', '24项', '46.7%']],
    ['by exact unit', { units: ['亿元'] }, ['1188亿元']],
    ['by base unit gathers 万元 and 亿元', { units: ['元'] }, ['600万元', '1188亿元']],
    ['by place in the article places', { place: '青山湖区' }, ['600万元', '46.7%']],
    ['by place in the sentence', { place: '赣江新区', units: ['%'] }, ['10.8%']],
    ['unknown place keeps nothing', { place: '九江' }, []],
  ] as const)('%s', (_name, filter, expected) => {
    expect(raws(summarizeFigures(figures, filter).figures)).toEqual(expected);
  });

  it('counts per base unit, most frequent first', () => {
    const s = summarizeFigures(figures);
    expect({ count: s.count, articles: s.articles, byUnit: s.byUnit }).toEqual({
      count: 5,
      articles: 2,
      byUnit: [
        { unit: '%', count: 2, min: 10.8, max: 46.7 },
        { unit: '元', count: 2, min: 6e6, max: 1.188e11 },
        { unit: '项', count: 1, min: 24, max: 24 },
      ],
    });
  });
});

import { describe, expect, it } from 'vitest';
import { findOccurrences } from '../../../corpus/search';

const slices = (text: string, query: string): string[] => findOccurrences(text, query).map((r) => text.slice(r.start, r.end));

describe('findOccurrences', () => {
  it.each([
    ['every occurrence, in order', '新区，新区。新区', '新区', ['新区', '新区', '新区']],
    ['single character', '甲乙甲', '甲', ['甲', '甲']],
    ['NFKC: ASCII query in full-width text', 'ＡＢＣ１２３ and ABC123', 'abc123', ['ＡＢＣ１２３', 'ABC123']],
    ['NFKC: full-width query in ASCII text', 'GDP增长', 'ｇｄｐ', ['GDP']],
    ['several terms, merged when overlapping', '数字经济', '数字 字经', ['数字经']],
    ['phrase with space', 'new area, new  area', '"new area"', ['new area']],
    ['non-overlapping repeats', '哈哈哈哈', '哈哈', ['哈哈', '哈哈']],
    ['exclusions ignored', '赣江新区', '新区 -赣江', ['新区']],
    ['nowhere', '赣江新区', '上海', []],
    ['regex characters', 'a.*b', '.*', []],
    ['regex characters inside a term', '值为a.*b', 'a.*b', ['a.*b']],
    ['only punctuation', '。。。', '。', []],
    ['5,000-char query', '新区', '新'.repeat(5000), []],
  ])('%s', (_name, text, query, expected) => {
    expect(slices(text, query)).toEqual(expected);
  });

  it('offsets are in the original text when NFKC changes lengths', () => {
    const text = '㍿と株式会社';
    expect(findOccurrences(text, '株式会社')).toEqual([
      { start: 0, end: 1 },
      { start: 2, end: 6 },
    ]);
  });
});

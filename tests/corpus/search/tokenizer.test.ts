import { describe, expect, it } from 'vitest';
import { indexTokens, queryTokens } from '../../../corpus/search/tokenizer';
import { normalizeForSearch, normalizeWithMap, toOriginalRange } from '../../../corpus/search/normalize-text';

describe('normalizeForSearch', () => {
  it.each([
    ['full-width Latin and digits', 'ＡＢＣ１２３', 'abc123'],
    ['uppercase', 'GDP', 'gdp'],
    ['ideographic space', 'a\u3000b', 'a b'],
    ['circled digit', '①', '1'],
    ['CJK untouched', '赣江新区', '赣江新区'],
    ['full-width percent', '１０．８％', '10.8%'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeForSearch(input)).toBe(expected);
  });

  it('maps expanded characters back to their source', () => {
    const norm = normalizeWithMap('x㍿y'); // ㍿ → 株式会社
    expect(norm.text).toBe('x株式会社y');
    expect(toOriginalRange(norm, 2, 4)).toEqual({ start: 1, end: 2 });
    expect(toOriginalRange(norm, 5, 6)).toEqual({ start: 2, end: 3 });
  });

  it('maps composed characters back to base + mark', () => {
    const norm = normalizeWithMap('Cafe\u0301 ok');
    expect(norm.text).toBe('café ok');
    expect(toOriginalRange(norm, 0, 4)).toEqual({ start: 0, end: 5 });
    expect(toOriginalRange(norm, 5, 7)).toEqual({ start: 6, end: 8 });
  });
});

describe('tokenizer', () => {
  it.each([
    ['CJK run', '赣江新区', ['赣', '江', '赣江', '新', '江新', '区', '新区']],
    ['bigrams across punctuation', '新区,5g', ['新', '区', '新区', '区,', '5', ',5', 'g', '5g']],
    ['digits and decimal point', '10.8', ['1', '0', '10', '0.', '8', '.8']],
    ['whitespace separates', 'a b', ['a', 'b']],
    ['no punctuation-only bigrams', '。”他', ['他', '”他']],
    ['astral CJK', '𠀀𠀁', ['𠀀', '𠀁', '𠀀𠀁']],
    ['only punctuation', '……!?', []],
  ])('indexTokens: %s', (_name, text, expected) => {
    expect(indexTokens(text)).toEqual(expected);
  });

  it.each([
    ['single character', '区', ['区']],
    ['two characters', '新区', ['新区']],
    ['bigram chain', '营商环境', ['营商', '商环', '环境']],
    ['number with punctuation', '.5%', ['.5', '5%']],
    ['percent', '10.8%', ['10', '0.', '.8', '8%']],
    ['isolated letters fall back to unigrams', '-a-', ['-a', 'a-']],
    ['phrase with a space', 'new area', ['ne', 'ew', 'ar', 're', 'ea']],
    ['punctuation-only pairs skipped', '。”他', ['”他']],
    ['repeated bigrams deduplicated', '哈哈哈', ['哈哈']],
    ['nothing indexable', '%%', []],
  ])('queryTokens: %s', (_name, term, expected) => {
    expect(queryTokens(term)).toEqual(expected);
  });

  it('every query token of a substring is an index token of the text (recall by construction)', () => {
    const text = normalizeForSearch('2024年，新区GDP增长10.8%，招商引资ＡＩ项目');
    const tokens = new Set(indexTokens(text));
    for (let i = 0; i < text.length; i++) {
      for (let j = i + 1; j <= text.length; j++) {
        for (const t of queryTokens(text.slice(i, j))) expect(tokens.has(t)).toBe(true);
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { parseQuery, MAX_QUERY_LENGTH } from '../../../corpus/search/query-parser';

describe('parseQuery', () => {
  it.each([
    ['one term', '营商环境', ['营商环境'], []],
    ['spaces mean AND', '赣江  新区', ['赣江', '新区'], []],
    ['phrase keeps its space', '"new area" 新区', ['new area', '新区'], []],
    ['exclude word', '新区 -赣江', ['新区'], ['赣江']],
    ['exclude phrase', '新区 -"数字 经济"', ['新区'], ['数字 经济']],
    ['unclosed quote runs to the end', '"赣江新', ['赣江新'], []],
    ['lone dash is not an exclusion', '新区 - 赣江', ['新区', '赣江'], []],
    ['NFKC and lowercase', 'ＡＢＣ１２３', ['abc123'], []],
    ['ideographic space splits', '赣江\u3000新区', ['赣江', '新区'], []],
    ['duplicates dropped', '新区 新区', ['新区'], []],
    ['punctuation-only terms dropped', '新区 ... %', ['新区'], []],
    ['lunr syntax is plain text', 'title:新区^2 ~1 +a *', ['title:新区^2', '~1', '+a'], []],
    ['regex characters are plain text', '.*(新区)?[', ['.*(新区)?['], []],
    ['only spaces', '   \t ', [], []],
    ['only punctuation', '！？。，、', [], []],
  ])('%s', (_name, query, include, exclude) => {
    expect(parseQuery(query)).toEqual({ include, exclude });
  });

  it('over-long queries parse to nothing', () => {
    expect(parseQuery('新'.repeat(MAX_QUERY_LENGTH + 1))).toEqual({ include: [], exclude: [] });
  });
});

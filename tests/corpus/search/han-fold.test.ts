import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildIndex, findOccurrences, search, NGRAM_ENGINE, type SearchDoc, type SearchEngine } from '../../../corpus/search';
import { LUNR_ENGINE } from '../../../corpus/search/lunr-engine';
import { FLEXSEARCH_ENGINE } from '../../../build/bench/flexsearch-engine';
import { foldHan, normalizeForSearch, normalizeWithMap } from '../../../corpus/search/normalize-text';

function doc(articleId: string, paragraph: string): SearchDoc {
  return { articleId, title: articleId, contentHash: `hash-${articleId}`, blocks: [{ id: 'b1', kind: 'paragraph', text: paragraph }] };
}

const DOCS: SearchDoc[] = [
  doc('hant', '粵港澳大灣區的經濟發展，香港與廣東攜手。'),
  doc('hans', '粤港澳大湾区经济发展，深圳与广州携手。'),
  doc('taiwan', '臺灣的半導體產業著重研發，裡面有許多爲人稱道的故事。'),
  doc('other', '乡村振兴战略。'),
];

describe('foldHan', () => {
  it.each([
    ['Traditional to Simplified', '經濟發展', '经济发展'],
    ['Hong Kong place names', '粵港澳大灣區', '粤港澳大湾区'],
    ['Taiwan variants through Traditional', '爲裡臺', '为里台'],
    ['Simplified unchanged', '经济发展', '经济发展'],
    ['Latin and punctuation unchanged', 'GDP 10.8%，', 'GDP 10.8%，'],
    ['mixed scripts', '廣東省广州市', '广东省广州市'],
  ])('%s', (_name, input, expected) => {
    expect(foldHan(input)).toBe(expected);
  });

  it('keeps length and every non-folded character, and is idempotent', () => {
    const han = fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)) });
    fc.assert(
      fc.property(fc.oneof(han, fc.string()), (s) => {
        const folded = foldHan(s);
        expect(folded.length).toBe(s.length);
        expect(foldHan(folded)).toBe(folded);
        for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 0x3400) expect(folded[i]).toBe(s[i]);
      }),
    );
  });

  it('needs no offset map for Han text (the fold is one unit for one)', () => {
    expect(normalizeWithMap('經濟發展').map).toBeNull();
    expect(normalizeForSearch('Ｌａｔｉｎ 經濟')).toBe('latin 经济');
  });
});

describe.each<[string, SearchEngine]>([NGRAM_ENGINE, LUNR_ENGINE, FLEXSEARCH_ENGINE].map((e) => [e.name, e]))('search across scripts (%s)', (_name, engine) => {
  const index = buildIndex(DOCS, { engine });
  const found = (query: string): string[] =>
    search(index, query)
      .map((h) => h.articleId)
      .sort();

  it.each([
    ['Simplified query finds Traditional text', '经济', ['hans', 'hant']],
    ['Traditional query finds Simplified text', '灣區', ['hans', 'hant']],
    ['Taiwan variant query finds Simplified-equivalent text', '爲人', ['taiwan']],
    ['Simplified query finds Taiwan text', '台湾', ['taiwan']],
    ['unrelated query finds nothing', '乡村振興', ['other']],
  ])('%s', (_name, query, expected) => {
    expect(found(query)).toEqual(expected);
  });

  it('highlights point at the original Traditional characters', () => {
    const hit = search(index, '湾区').find((h) => h.articleId === 'hant');
    const text = DOCS[0]!.blocks[0]!.text;
    const range = hit?.blocks[0]?.ranges[0];
    expect(range && text.slice(range.start, range.end)).toBe('灣區');
    expect(hit?.snippet?.text).toContain('大灣區');
  });
});

describe('findOccurrences across scripts', () => {
  it.each([
    ['Simplified query in Traditional text', '香港與廣東攜手，廣東發展', '广东', ['廣東', '廣東']],
    ['Traditional query in Simplified text', '深圳与广州携手', '廣州', ['广州']],
  ])('%s', (_name, text, query, expected) => {
    expect(findOccurrences(text, query).map((r) => text.slice(r.start, r.end))).toEqual(expected);
  });
});

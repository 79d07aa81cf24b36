import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleText } from '../../../corpus/model';
import { normalizeArticle } from '../../../corpus/normalize';
import { hanAndDigits } from '../../../corpus/normalize/chars';
import { normalizePunctuation, normalizeQuotes } from '../../../corpus/normalize/punctuation';
import { normalizePhraseSpaces, normalizeRunningSpaces } from '../../../corpus/normalize/whitespace';

// Han characters that cannot form a byline role, credit or author note (记者, 摄, 作者系).
const HAN = Array.from('经济发展新区产业数字创新改革赣江建设项目城市服务企业人才平台');
const han = fc.constantFrom(...HAN);
const digit = fc.constantFrom(...'0123456789');
const noise = fc.constantFrom(' ', ',', '，', '、', ';', ':', '?', '!', '(', ')', '"', '.', '%', 'G', 'A');
const stop = fc.constantFrom('。', '？', '！', '.', '?', '!');

/** A noisy line: Han, digits, half-width punctuation, stray spaces, maybe a final stop. */
const line = fc
  .tuple(
    fc.array(fc.oneof({ weight: 6, arbitrary: han }, { weight: 1, arbitrary: digit }, { weight: 2, arbitrary: noise }), { minLength: 1, maxLength: 40 }),
    fc.option(stop),
  )
  .map(([chars, end]) => chars.join('') + (end ?? ''));
/** Lines with up to two blank lines between them (three would be a picture gap). */
const noisyText = fc
  .array(fc.tuple(line, fc.integer({ min: 0, max: 2 })), { minLength: 1, maxLength: 15 })
  .map((rows) => rows.map(([l, blanks]) => l + '\n'.repeat(blanks)).join('\n'));

/**
 * Noisy lines that end a sentence and start like one (two Han characters, 8+ characters), so
 * that no heading, stray, fragment or duplicate rule applies. A half-width `.` is not a stop:
 * it is never converted (decimals), so a line ending in one is correctly joined.
 */
const noisySentences = fc
  .array(fc.tuple(han, han, line, fc.constantFrom('。', '？', '！', '?', '!'), fc.integer({ min: 0, max: 2 })), { minLength: 1, maxLength: 12 })
  .filter((rows) => rows.every(([, , l]) => l.length >= 6))
  .map((rows) => rows.map(([a, b, l, s, blanks]) => a + b + l + s + '\n'.repeat(blanks)).join('\n'));

/** Clean paragraphs: Han and digits in clauses, full-width punctuation, sentence-final stop. */
const cleanParagraph = fc
  .array(fc.array(fc.oneof({ weight: 5, arbitrary: han }, { weight: 1, arbitrary: digit }), { minLength: 2, maxLength: 12 }), { minLength: 2, maxLength: 5 })
  .map((clauses) => `${clauses.map((c) => c.join('')).join('，')}。`);

const isSubsequence = (small: string, big: string): boolean => {
  let i = 0;
  for (const ch of big) if (ch === small[i]) i++;
  return i === small.length;
};

describe('properties', () => {
  it('line cleaning is idempotent', () => {
    const clean = (s: string): string => normalizeRunningSpaces(normalizePunctuation(normalizeQuotes(s)));
    fc.assert(
      fc.property(line, (l) => clean(clean(l)) === clean(l)),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(line, (l) => normalizePhraseSpaces(normalizePhraseSpaces(l)) === normalizePhraseSpaces(l)),
      { numRuns: 300 },
    );
  });

  it('cleaning clean text changes nothing', () => {
    fc.assert(
      fc.property(fc.array(cleanParagraph, { minLength: 1, maxLength: 8 }), (paragraphs) => {
        const out = normalizeArticle({ fileName: 'p.txt', text: paragraphs.join('\n\n'), origin: 'imported' });
        expect(out.article.blocks.map((b) => b.text)).toEqual(paragraphs);
        expect(out.diagnostics.entries).toEqual([]);
        const again = normalizeArticle({ fileName: 'p.txt', text: articleText(out.article.blocks), origin: 'imported' });
        expect(again.article.blocks.map((b) => b.text)).toEqual(paragraphs);
      }),
      { numRuns: 150 },
    );
  });

  // Over noisy sentences, not arbitrary lines: structural removals are not a fixed point by
  // nature (removing a trailing label makes the line before it the trailing one).
  const cleanTwice = (text: string) => {
    const first = normalizeArticle({ fileName: 'n.txt', text, origin: 'imported' }).article.blocks;
    const second = normalizeArticle({ fileName: 'n.txt', text: first.map((b) => b.text).join('\n\n'), origin: 'imported' }).article.blocks;
    return { first: first.map((b) => `${b.kind}:${b.text}`), second: second.map((b) => `${b.kind}:${b.text}`) };
  };
  it('cleaned noisy sentences are a fixed point: normalizing the clean text again changes nothing', () => {
    fc.assert(
      fc.property(noisySentences, (text) => {
        const { first, second } = cleanTwice(text);
        expect(second).toEqual(first);
      }),
      { numRuns: 150 },
    );
  });
  // Counterexamples fast-check found, replayed every run.
  it.each([
    // CI seed -945265502: the closing bracket the cleaner adds made the headline as long as the
    // line under it, so the second pass no longer took it for a title (and dropped its space).
    ['经经%经(经经 经经!、经？\n经经经经经经:?经经经经经。\n经经经经 经经。。', 'title:经经%经（经经 经经！、经？）'],
  ])('fixed point on a found case: %j', (text, firstBlock) => {
    const { first, second } = cleanTwice(text);
    expect(first[0]).toBe(firstBlock);
    expect(second).toEqual(first);
  });

  it('never drops or reorders a Han character or digit except in reported removals', () => {
    fc.assert(
      fc.property(noisyText, (text) => {
        const out = normalizeArticle({ fileName: 'n.txt', text, origin: 'imported' });
        const input = hanAndDigits(text);
        const output = hanAndDigits(out.article.blocks.map((b) => b.text).join(''));
        const removed = out.diagnostics.entries
          .filter((e) => e.action === 'removal')
          .map((e) => hanAndDigits(e.before))
          .join('');
        expect(isSubsequence(output, input)).toBe(true);
        expect(input.length - output.length).toBe(removed.length);
      }),
      { numRuns: 200 },
    );
  });
});

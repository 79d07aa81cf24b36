import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundledArticles, ROOT } from '../../../build/corpus-files';
import { extractFigures, foldWidth } from '../../../corpus/figures';
import { articleText, type Article } from '../../../corpus/model';
import { measureFigures, type HandCheck } from './measure-figures';

const CHECKED = ['000_d183bd2552e90b6e', '002_354aa1cab38129b6'];
const MIN_RECALL = 0.95;
const MIN_PRECISION = 0.95;

function handCheck(articleId: string): HandCheck {
  return JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'figures', `${articleId}.json`), 'utf8')) as HandCheck;
}

const articles = new Map<string, Article>(loadBundledArticles().map(({ article }) => [article.id, article]));

function measure(articleId: string) {
  const article = articles.get(articleId);
  if (!article) throw new Error(`seed article ${articleId} is missing`);
  return measureFigures(articleText(article.blocks), extractFigures(article), handCheck(articleId));
}

const percent = (n: number): string => `${(n * 100).toFixed(1)}%`;

describe('key figures against the hand-checked lists', () => {
  it.each(CHECKED)('%s: recall ≥ 95%, noise ≤ 5%', (articleId) => {
    const m = measure(articleId);
    console.log(
      `[figures] ${articleId}: recall ${percent(m.recall)} (${m.matched}/${m.expected}), precision ${percent(m.precision)} (${m.matched}/${m.extracted})` +
        (m.missed.length ? `\n  missed: ${m.missed.join('; ')}` : '') +
        (m.noise.length ? `\n  noise: ${m.noise.join('; ')}` : ''),
    );
    expect({ recall: m.recall >= MIN_RECALL, missed: m.missed }).toEqual({ recall: true, missed: m.recall >= MIN_RECALL ? m.missed : [] });
    expect({ precision: m.precision >= MIN_PRECISION, noise: m.noise }).toEqual({ precision: true, noise: m.precision >= MIN_PRECISION ? m.noise : [] });
  });

  it('both articles together', () => {
    const all = CHECKED.map(measure);
    const expected = all.reduce((n, m) => n + m.expected, 0);
    const extracted = all.reduce((n, m) => n + m.extracted, 0);
    const matched = all.reduce((n, m) => n + m.matched, 0);
    console.log(`[figures] combined: recall ${percent(matched / expected)} (${matched}/${expected}), precision ${percent(matched / extracted)} (${matched}/${extracted})`);
    expect(matched / expected).toBeGreaterThanOrEqual(MIN_RECALL);
    expect(matched / extracted).toBeGreaterThanOrEqual(MIN_PRECISION);
  });

  it('every hand-checked context is still in the clean text (else the list needs a re-check, not the extractor)', () => {
    const stale = CHECKED.flatMap((id) => {
      const text = articleText(articles.get(id)?.blocks ?? []);
      return handCheck(id).figures.filter((e) => !foldWidth(text).includes(foldWidth(e.context))).map((e) => `${id}: ${e.context}`);
    });
    expect(stale).toEqual([]);
  });
});

describe('measureFigures can fail', () => {
  const article = articles.get(CHECKED[0]!)!;
  const text = articleText(article.blocks);
  const figures = extractFigures(article);
  const check = handCheck(article.id);

  it.each([
    ['a missed figure lowers recall', { ...check, figures: [...check.figures, { raw: '7个', context: '7个新项目', value: 7, unit: '个' }] }, 'recall'],
    ['a wrong value is both missed and noise', { ...check, figures: check.figures.map((e, i) => (i === 0 ? { ...e, value: 25 } : e)) }, 'precision'],
    ['an unlisted extraction is noise', { ...check, figures: check.figures.slice(1) }, 'precision'],
  ] as const)('%s', (_name, altered, which) => {
    const m = measureFigures(text, figures, altered);
    expect(m[which]).toBeLessThan(1);
  });
});

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadBundledArticles, ROOT } from '../../../build/corpus-files';
import { extractFigures, foldWidth } from '../../../corpus/figures';
import { articleText, type Article } from '../../../corpus/model';
import { measureFigures, type HandCheck, type Measurement } from './measure-figures';
import { importRealArticle, realBriefingsPresent, REAL_BRIEFINGS } from './real-articles';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'figures');
const MIN_RECALL = 0.99;
const MIN_PRECISION = 0.99;

const expectedFigure = z.object({ raw: z.string().min(1), context: z.string().min(1), value: z.number(), unit: z.string() }).strict();
/** `false`: the rules were tuned on it; n: held out, labelled before round n's first run (see the fixture README). */
const heldOut = z.union([z.literal(false), z.number().int().positive()]);
const labelFile = z.union([
  z.object({ article: z.string(), source: z.literal('bundled'), heldOut, figures: z.array(expectedFigure) }).strict(),
  z
    .object({
      file: z.string(),
      source: z.literal('real-briefings'),
      language: z.enum(['zh-Hans', 'zh-Hant', 'en']),
      heldOut,
      figures: z.array(expectedFigure),
    })
    .strict(),
]);
type LabelFile = z.infer<typeof labelFile>;

const labels: readonly (LabelFile & { readonly name: string })[] = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((name) => ({ name, ...labelFile.parse(JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'))) }));

const bundled = new Map<string, Article>(loadBundledArticles().map(({ article }) => [article.id, article]));
const realPresent = realBriefingsPresent();

const real = new Map<string, Article>(
  realPresent
    ? await Promise.all(labels.flatMap((l) => (l.source === 'real-briefings' ? [importRealArticle(l.file).then((a) => [l.file, a] as const)] : [])))
    : [],
);

function articleOf(label: LabelFile): Article | undefined {
  return label.source === 'bundled' ? bundled.get(label.article) : real.get(label.file);
}

interface Row {
  readonly name: string;
  readonly heldOut: false | number;
  readonly m: Measurement;
}

function measure(label: LabelFile & { readonly name: string }): Row | undefined {
  const article = articleOf(label);
  if (!article) return undefined;
  const check: HandCheck = { articleId: article.id, figures: label.figures };
  return { name: label.name, heldOut: label.heldOut, m: measureFigures(articleText(article.blocks), extractFigures(article), check) };
}

const percent = (n: number): string => `${(n * 100).toFixed(1)}%`;

function total(rows: readonly Row[]): { recall: number; precision: number; line: string } {
  const expected = rows.reduce((n, r) => n + r.m.expected, 0);
  const extracted = rows.reduce((n, r) => n + r.m.extracted, 0);
  const matched = rows.reduce((n, r) => n + r.m.matched, 0);
  const recall = expected === 0 ? 1 : matched / expected;
  const precision = extracted === 0 ? 1 : matched / extracted;
  return {
    recall,
    precision,
    line: `recall ${percent(recall)} (${matched}/${expected}), precision ${percent(precision)} (${matched}/${extracted}) over ${rows.length} articles`,
  };
}

function report(title: string, rows: readonly Row[]): void {
  const lines = rows.map(
    (r) =>
      `  ${r.name.padEnd(28)} recall ${percent(r.m.recall).padStart(6)} (${r.m.matched}/${r.m.expected})  precision ${percent(r.m.precision).padStart(6)} (${r.m.matched}/${r.m.extracted})` +
      (r.m.missed.length ? `\n      missed: ${r.m.missed.join('; ')}` : '') +
      (r.m.noise.length ? `\n      noise: ${r.m.noise.join('; ')}` : ''),
  );
  console.log(`[figures] ${title}\n${lines.join('\n')}\n  overall: ${total(rows).line}`);
}

describe('key figures against the hand-labelled articles (tests/fixtures/figures)', () => {
  const rows = labels.flatMap((l) => measure(l) ?? []);
  const tuned = rows.filter((r) => r.heldOut === false);
  const rounds = [...new Set(rows.flatMap((r) => (r.heldOut === false ? [] : [r.heldOut])))].sort((a, b) => a - b);

  it('labels at least 10 articles, 5 of them real briefings and 3 held out', () => {
    expect(labels.length).toBeGreaterThanOrEqual(10);
    expect(labels.filter((l) => l.source === 'real-briefings').length).toBeGreaterThanOrEqual(5);
    expect(labels.filter((l) => l.heldOut !== false).length).toBeGreaterThanOrEqual(3);
  });

  it(`articles the rules were tuned on: overall recall ≥ ${MIN_RECALL * 100}% and precision ≥ ${MIN_PRECISION * 100}%`, () => {
    report('tuned on', tuned);
    const t = total(tuned);
    expect(t.recall).toBeGreaterThanOrEqual(MIN_RECALL);
    expect(t.precision).toBeGreaterThanOrEqual(MIN_PRECISION);
  });

  it.skipIf(!realPresent)(`held-out articles, reported per round; all labelled articles together ≥ ${MIN_RECALL * 100}% / ${MIN_PRECISION * 100}%`, () => {
    for (const round of rounds)
      report(
        `held out, round ${round} (texts not looked at while the rules were tuned before that round)`,
        rows.filter((r) => r.heldOut === round),
      );
    report('all labelled articles', rows);
    const all = total(rows);
    expect(rows.filter((r) => r.heldOut !== false).length).toBeGreaterThanOrEqual(3);
    expect(all.recall).toBeGreaterThanOrEqual(MIN_RECALL);
    expect(all.precision).toBeGreaterThanOrEqual(MIN_PRECISION);
  });

  it.skipIf(realPresent)(`real briefings skipped: ${REAL_BRIEFINGS} is missing (their texts are not copied into the repo)`, () => {
    expect(realPresent).toBe(false);
  });

  it('every labelled context is still in the clean text (else the label needs a re-check, not the extractor)', () => {
    const stale = labels.flatMap((l) => {
      const article = articleOf(l);
      if (!article) return [];
      const text = foldWidth(articleText(article.blocks));
      return l.figures.filter((e) => !text.includes(foldWidth(e.context))).map((e) => `${l.name}: ${e.context}`);
    });
    expect(stale).toEqual([]);
  });
});

describe('measureFigures can fail', () => {
  const article = bundled.get('000_d183bd2552e90b6e')!;
  const text = articleText(article.blocks);
  const figures = extractFigures(article);
  const label = labels.find((l) => l.source === 'bundled' && l.article === article.id)!;
  const check: HandCheck = { articleId: article.id, figures: label.figures };

  it.each([
    ['a missed figure lowers recall', { ...check, figures: [...check.figures, { raw: '7个', context: '7个新项目', value: 7, unit: '个' }] }, 'recall'],
    ['a wrong value is both missed and noise', { ...check, figures: check.figures.map((e, i) => (i === 0 ? { ...e, value: 25 } : e)) }, 'precision'],
    ['an unlisted extraction is noise', { ...check, figures: check.figures.slice(1) }, 'precision'],
  ] as const)('%s', (_name, altered, which) => {
    const m = measureFigures(text, figures, altered);
    expect(m[which]).toBeLessThan(1);
  });
});

/**
 * Anchoring benchmark (issue 14): the oracle of `tests/corpus/anchoring/oracle.ts` — random
 * edits of every kind with the span's true position tracked — over the bundled articles and
 * every readable real briefing, classified correct / orphan / wrong per edit kind, twice: with
 * the earlier text known (re-import; the diff decides) and with the stored selectors alone; and
 * the time to resolve 1,000 highlights on a changed article, both ways.
 * Run alone: `npx tsx build/bench/anchoring-bench.ts [trials] [seed]` (default 100,000, seed 14;
 * the seeds the rules were developed on are 14 and 140,000+: report a fresh one too).
 */
import fc from 'fast-check';
import { pathToFileURL } from 'node:url';
import { resolveAll, type EarlierText } from '../../corpus/anchoring';
import { contentHash } from '../../corpus/model';
import { count, EDIT_KINDS, emptyTally, runTrial, trialArb, type EditKind, type ResolveMode, type Tally } from '../../tests/corpus/anchoring/oracle';
import { bundledTexts, realBriefingTexts } from '../../tests/corpus/anchoring/oracle-texts';
import { longText, targetAt } from '../../tests/corpus/anchoring/fixtures';
import { seededRandom } from './seeded-random';

export interface AnchoringBenchOptions {
  readonly trials: number;
  readonly seed?: number;
}

/**
 * Best of three runs of resolving 1,000 highlights on a 17,000-character text after `edit`;
 * `withEarlier` passes the earlier text (its diff is part of the time).
 */
function resolveTiming(edit: (text: string) => string, withEarlier = false): { ms: number; statuses: Record<string, number> } {
  const text = longText(17_000);
  const random = seededRandom(7);
  const targets = Array.from({ length: 1000 }, () => {
    const length = 2 + Math.floor(random() * 60);
    const start = Math.floor(random() * (text.length - length));
    return targetAt(text, start, start + length);
  });
  const edited = edit(text);
  const hash = contentHash(edited);
  let best = Infinity;
  let statuses: Record<string, number> = {};
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const earlier: EarlierText[] = withEarlier ? [{ hash: contentHash(text), text }] : [];
    const results = resolveAll(edited, hash, targets, earlier);
    best = Math.min(best, performance.now() - t0);
    statuses = results.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.status]: (acc[r.status] ?? 0) + 1 }), {});
  }
  return { ms: Math.round(best * 10) / 10, statuses };
}

type KindRow = Tally & { intactCorrectRate: number };
const rate = (t: Tally): number => (t.intact === 0 ? 1 : Math.round((10_000 * t.intactCorrect) / t.intact) / 10_000);

/** The oracle table for one way of resolving: per edit kind, totals, time per trial. */
function oracleTable(texts: readonly string[], trials: number, seed: number, mode: ResolveMode): Record<string, unknown> {
  const perKind = Math.ceil(trials / EDIT_KINDS.length);
  const table: Partial<Record<EditKind, KindRow>> = {};
  const totals = emptyTally();
  const t0 = performance.now();
  EDIT_KINDS.forEach((kind, i) => {
    const tally = emptyTally();
    fc.assert(
      fc.property(trialArb(kind, texts), (trial) => void count(tally, runTrial(trial, mode))),
      { seed: seed * 1000 + i, numRuns: perKind },
    );
    for (const key of Object.keys(totals) as (keyof Tally)[]) totals[key] += tally[key];
    table[kind] = { ...tally, intactCorrectRate: rate(tally) };
  });
  const oracleMs = performance.now() - t0;
  return {
    trials: totals.trials,
    perKind: table,
    totals: { ...totals, intactCorrectRate: rate(totals) },
    msPerTrial: Math.round((1000 * oracleMs) / totals.trials) / 1000,
  };
}

export async function runAnchoringBench(options: AnchoringBenchOptions): Promise<Record<string, unknown>> {
  const real = await realBriefingTexts();
  const texts = [...bundledTexts(), ...real];
  const seed = options.seed ?? 14;
  const shifted = (t: string): string => `。${t}`;
  const punctuation = (t: string): string => t.replaceAll(',', '，').replaceAll(';', '；').replaceAll('?', '？');
  return {
    texts: { bundled: texts.length - real.length, realBriefings: real.length },
    seed,
    earlierText: oracleTable(texts, options.trials, seed, 'earlier-text'),
    selectorOnly: oracleTable(texts, options.trials, seed, 'selector-only'),
    resolve1000: {
      hashMatches: resolveTiming((t) => t),
      shiftedByOne: resolveTiming(shifted),
      punctuationNormalized: resolveTiming(punctuation),
      shiftedByOneWithEarlierText: resolveTiming(shifted, true),
      punctuationNormalizedWithEarlierText: resolveTiming(punctuation, true),
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const trials = Number(process.argv[2] ?? 100_000);
  const seed = Number(process.argv[3] ?? 14);
  void runAnchoringBench({ trials, seed }).then((r) => process.stdout.write(`${JSON.stringify(r, null, 2)}\n`));
}

/**
 * Anchoring benchmark (issue 14): the oracle of `tests/corpus/anchoring/oracle.ts` — random
 * edits of every kind with the span's true position tracked — over the bundled articles and
 * every readable real briefing, classified correct / orphan / wrong per edit kind; and the time
 * to resolve 1,000 highlights on a changed article.
 * Run alone: `npx tsx build/bench/anchoring-bench.ts [trials]` (default 100,000).
 */
import fc from 'fast-check';
import { pathToFileURL } from 'node:url';
import { resolveAll } from '../../corpus/anchoring';
import { contentHash } from '../../corpus/model';
import { count, EDIT_KINDS, emptyTally, runTrial, trialArb, type EditKind, type Tally } from '../../tests/corpus/anchoring/oracle';
import { bundledTexts, realBriefingTexts } from '../../tests/corpus/anchoring/oracle-texts';
import { longText, targetAt } from '../../tests/corpus/anchoring/fixtures';
import { seededRandom } from './seeded-random';

export interface AnchoringBenchOptions {
  readonly trials: number;
  readonly seed?: number;
}

/** Best of three runs of resolving 1,000 highlights on a 17,000-character text after `edit`. */
function resolveTiming(edit: (text: string) => string): { ms: number; statuses: Record<string, number> } {
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
    const results = resolveAll(edited, hash, targets);
    best = Math.min(best, performance.now() - t0);
    statuses = results.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.status]: (acc[r.status] ?? 0) + 1 }), {});
  }
  return { ms: Math.round(best * 10) / 10, statuses };
}

export async function runAnchoringBench(options: AnchoringBenchOptions): Promise<Record<string, unknown>> {
  const real = await realBriefingTexts();
  const texts = [...bundledTexts(), ...real];
  const perKind = Math.ceil(options.trials / EDIT_KINDS.length);
  const table: Partial<Record<EditKind, Tally & { intactCorrectRate: number }>> = {};
  const totals = emptyTally();
  const t0 = performance.now();
  EDIT_KINDS.forEach((kind, i) => {
    const tally = emptyTally();
    fc.assert(fc.property(trialArb(kind, texts), (trial) => void count(tally, runTrial(trial))), { seed: (options.seed ?? 14) * 1000 + i, numRuns: perKind });
    for (const key of Object.keys(totals) as (keyof Tally)[]) totals[key] += tally[key];
    table[kind] = { ...tally, intactCorrectRate: tally.intact === 0 ? 1 : Math.round((10_000 * tally.intactCorrect) / tally.intact) / 10_000 };
  });
  const oracleMs = performance.now() - t0;
  return {
    texts: { bundled: texts.length - real.length, realBriefings: real.length },
    trials: totals.trials,
    perKind: table,
    totals: { ...totals, intactCorrectRate: Math.round((10_000 * totals.intactCorrect) / totals.intact) / 10_000 },
    msPerTrial: Math.round((1000 * oracleMs) / totals.trials) / 1000,
    resolve1000: {
      hashMatches: resolveTiming((t) => t),
      shiftedByOne: resolveTiming((t) => `。${t}`),
      punctuationNormalized: resolveTiming((t) => t.replaceAll(',', '，').replaceAll(';', '；').replaceAll('?', '？')),
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const trials = Number(process.argv[2] ?? 100_000);
  void runAnchoringBench({ trials }).then((r) => process.stdout.write(`${JSON.stringify(r, null, 2)}\n`));
}

/**
 * `npm run bench`: prints one JSON object. Timing on this kind of machine is noisy, so every
 * figure comes with a baseline measured in the same run, and goals are reported, not asserted.
 * `BENCH_ARTICLES` (default 10000; 100000 for the large run) sizes the synthetic search corpus; `BENCH_LARGE_MB` (default
 * 1,5,20) the over-limit `.txt` imports of the large-import benchmark.
 */
import { ENTRY_GZIP_BUDGET, measureBundle } from '../bundle-size';
import { loadBundledArticles } from '../corpus-files';
import { runAnchoringBench } from './anchoring-bench';
import { runAppBench } from './app-bench';
import { runBackupBench } from './backup-bench';
import { runEnglishRecallBench } from './english-recall-bench';
import { runLargeDataBench } from './large-data-bench';
import { runLargeImportBench } from './large-import-bench';
import { runPdfBench } from './pdf-bench';
import { runSearchBench } from './search-bench';
import { runTeamBench } from './team-bench';
// The notebook benchmark seeds the app's own store records, so it lives with the e2e support code.
import { runNotebookBench } from '../../tests/e2e/support/notebook-bench';

async function main(): Promise<void> {
  const articles = loadBundledArticles().map((o) => o.article);
  const size = Number(process.env.BENCH_ARTICLES ?? 10_000);
  const results: Record<string, unknown> = { machine: { node: process.version, cpus: (await import('node:os')).cpus().length } };
  const step = async (name: string, run: () => Promise<Record<string, unknown>>) => {
    const t0 = performance.now();
    try {
      results[name] = await run();
    } catch (error) {
      results[name] = { error: error instanceof Error ? error.message : String(error) };
    }
    process.stderr.write(`bench: ${name} done in ${Math.round(performance.now() - t0)} ms\n`);
  };
  // The renderer `npm run bench` just built: entry chunk (first paint) and all JS, gzip bytes.
  await step('bundle', () => {
    const sizes = measureBundle(process.env.PIZHU_DIST ?? 'dist/renderer');
    if (!sizes) throw new Error('dist/renderer is not built');
    // Start-up loads the Chinese catalog beside the database and the corpus, before first paint.
    const catalog = sizes.all.find((c) => c.file.startsWith('assets/zh-CN-'))?.gzipBytes ?? 0;
    const firstPaint = sizes.entry.gzipBytes + sizes.staticImports.reduce((n, c) => n + c.gzipBytes, 0) + catalog;
    return Promise.resolve({
      entryFile: sizes.entry.file,
      entryBytes: sizes.entry.bytes,
      entryGzipBytes: sizes.entry.gzipBytes,
      chineseCatalogGzipBytes: catalog,
      firstPaintGzipBytes: firstPaint,
      totalJsGzipBytes: sizes.totalGzipBytes,
      largestChunks: sizes.all.slice(0, 8).map((c) => `${c.file} ${c.gzipBytes}`),
      'goal.entryUnder150kBGzip': sizes.entry.gzipBytes < ENTRY_GZIP_BUDGET,
      'goal.firstPaintUnder150kBGzip': firstPaint < ENTRY_GZIP_BUDGET,
    });
  });
  await step('app', () => runAppBench(articles));
  // BENCH_LARGE_MB (default 1,5,20): the over-limit sizes whose refusal is timed.
  const largeSizes = (process.env.BENCH_LARGE_MB ?? '1,5,20')
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
  await step('largeImport', () => runLargeImportBench(largeSizes));
  await step('pdf', () => runPdfBench(articles));
  // BENCH_ANCHOR_TRIALS (default 100000): oracle trials, correct / orphan / wrong per edit kind.
  await step('anchoring', () => runAnchoringBench({ trials: Number(process.env.BENCH_ANCHOR_TRIALS ?? 100_000) }));
  await step('notebook', async () => ({ ...(await runNotebookBench({ annotations: 5000, articles: 2000 })) }));
  // Reader and notebook with 10,000 annotations on one article, beside the same pages with 100.
  await step('largeData', () => runLargeDataBench({ annotations: 10_000, baseline: 100 }));
  // Automatic backup of 10,000 annotations: longest main-thread task with the worker vs on the main thread.
  await step('backup', async () => ({ ...(await runBackupBench(10_000)) }));
  await step('team', () => runTeamBench(10, 1000));
  await step('search1000', () => runSearchBench({ articles: 1000 }));
  // Would lunr's English stemming earn its bundle bytes? Recall on the English real briefings.
  await step('searchEnglish', () => runEnglishRecallBench());
  // FlexSearch side by side up to 10,000 articles (beyond, it builds for many minutes); lunr is in search1000.
  await step(`search${size}`, () => runSearchBench({ articles: size, lunrArticles: 0, flexsearchArticles: size <= 10_000 ? size : 0 }));
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
}

void main();

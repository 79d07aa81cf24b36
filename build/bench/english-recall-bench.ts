/**
 * Does lunr earn a place in the shipped search (issue 15)? On the English real briefings, every
 * word a reader could type (4+ letters) is a query; the "relevant" occurrences are every word
 * with the same Porter stem (lunr's English stemmer: `economy` → `economies`, `invest` →
 * `investment`). Substring search (the shipped n-gram engine: its hits are exactly the
 * normalized text's substrings) finds an occurrence when it contains the query; lunr with
 * stemming finds it when the stems agree. Reported: recall of each against the stem groups,
 * the matches only one of them makes, and what lunr would add to the bundle (minified, gzip).
 * Run alone: `npx tsx build/bench/english-recall-bench.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import lunr from 'lunr';
import { normalizeForSearch } from '../../corpus/search';

const REAL = join(import.meta.dirname, '..', '..', '..', 'shared', 'real-briefings');

const stem = (word: string): string => lunr.stemmer(new lunr.Token(word, {})).toString();

async function bundledGzipBytes(entry: string): Promise<{ min: number; gzip: number }> {
  const out = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    logLevel: 'silent',
  });
  const code = out.outputFiles[0]!.contents;
  return { min: code.length, gzip: gzipSync(code).length };
}

/** Figures for the `searchEnglish` section of `npm run bench`. */
export async function runEnglishRecallBench(dir = REAL): Promise<Record<string, number | string>> {
  const files = readdirSync(dir).filter((f) => /_en_/.test(f) && f.endsWith('.txt'));
  const words: string[] = [];
  for (const f of files) words.push(...(normalizeForSearch(readFileSync(join(dir, f), 'utf8')).match(/[a-z]+/g) ?? []));
  const occurrences = new Map<string, number>();
  for (const w of words) occurrences.set(w, (occurrences.get(w) ?? 0) + 1);
  const byStem = new Map<string, string[]>();
  for (const w of occurrences.keys()) {
    const s = stem(w);
    byStem.set(s, [...(byStem.get(s) ?? []), w]);
  }
  const queries = [...occurrences.keys()].filter((w) => w.length >= 4);
  let relevant = 0;
  let bySubstring = 0;
  let byStemming = 0;
  let substringOnly = 0;
  const gains: string[] = [];
  for (const q of queries) {
    const group = byStem.get(stem(q))!;
    for (const w of group) {
      const n = occurrences.get(w)!;
      relevant += n;
      byStemming += n;
      if (w.includes(q)) bySubstring += n;
      else if (gains.length < 12) gains.push(`${q}→${w}`);
    }
    // Occurrences the substring search finds that stemming does not (e.g. `port` in `support`).
    for (const [w, n] of occurrences) if (w.includes(q) && stem(w) !== stem(q)) substringOnly += n;
  }
  const lunrSize = await bundledGzipBytes("import lunr from 'lunr'; console.log(lunr);");
  const pct = (a: number, b: number): number => Number(((100 * a) / b).toFixed(1));
  return {
    briefings: files.length,
    words: words.length,
    queries: queries.length,
    stemGroupOccurrences: relevant,
    'ngram.recallOfStemGroupsPct': pct(bySubstring, relevant),
    'lunrStemmed.recallOfStemGroupsPct': pct(byStemming, relevant),
    'ngram.extraSubstringMatches': substringOnly,
    'lunrStemmed.missedSubstringMatches': substringOnly,
    examplesOnlyStemmingFinds: gains.join(', '),
    'lunr.minBytes': lunrSize.min,
    'lunr.gzipBytes': lunrSize.gzip,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runEnglishRecallBench()
    .then((figures) => console.log(JSON.stringify(figures, null, 2)))
    .catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    });
}

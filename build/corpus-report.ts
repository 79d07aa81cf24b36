/**
 * `npm run corpus:report`: per-article diagnostics of the normalizer and the quality counts
 * over all bundled articles. `--blocks` also prints each article's block list for review.
 * Exits non-zero when a count misses its target, so CI can run it.
 * `npm run corpus:report -- <folder>` reports on any folder of files instead (see report/folder-report.ts).
 */
import { pathToFileURL } from 'node:url';
import type { CleanCounts, NormalizeOutput } from '../corpus/normalize';
import { loadBundledArticles } from './corpus-files';

const TARGETS: readonly { readonly key: keyof CleanCounts; readonly label: string }[] = [
  { key: 'halfWidthNearHan', label: 'half-width ,;:?!() next to Chinese' },
  { key: 'spacesBetweenHan', label: 'spaces between two Chinese characters (running text)' },
  { key: 'unterminatedParagraphs', label: 'paragraphs without sentence-final punctuation' },
];

/** Sums the counts of several articles. */
export function totalCounts(outputs: readonly NormalizeOutput[]): CleanCounts {
  const zero: CleanCounts = {
    halfWidthNearHan: 0,
    spacesBetweenHan: 0,
    keptPhraseSpaces: 0,
    unterminatedParagraphs: 0,
    sourceHashHeadings: 0,
    hashHeadingsPresent: 0,
  };
  return outputs.reduce<CleanCounts>((t, o) => {
    const c = o.diagnostics.counts;
    return {
      halfWidthNearHan: t.halfWidthNearHan + c.halfWidthNearHan,
      spacesBetweenHan: t.spacesBetweenHan + c.spacesBetweenHan,
      keptPhraseSpaces: t.keptPhraseSpaces + c.keptPhraseSpaces,
      unterminatedParagraphs: t.unterminatedParagraphs + c.unterminatedParagraphs,
      sourceHashHeadings: t.sourceHashHeadings + c.sourceHashHeadings,
      hashHeadingsPresent: t.hashHeadingsPresent + c.hashHeadingsPresent,
    };
  }, zero);
}

const clip = (s: string, n = 60): string => (s.length > n ? `${s.slice(0, n)}…` : s);

function printArticle(o: NormalizeOutput, withBlocks: boolean): void {
  const { article: a, diagnostics: d } = o;
  console.log(`\n=== ${a.id}  ${a.meta.title}`);
  console.log(`meta: ${JSON.stringify({ ...a.meta, title: undefined })}`);
  console.log(`blocks ${a.blocks.length}, words ${a.wordCount}, changes ${d.changes}, removals ${d.removals}, counts ${JSON.stringify(d.counts)}`);
  const byKind = new Map<string, number>();
  for (const e of d.entries) byKind.set(`${e.action}:${e.kind}`, (byKind.get(`${e.action}:${e.kind}`) ?? 0) + 1);
  console.log(`by kind: ${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  for (const e of d.entries) {
    if (e.action === 'removal' || !['punctuation', 'quotes', 'whitespace'].includes(e.kind)) {
      console.log(`  L${e.line} ${e.action} ${e.kind}: «${clip(e.before)}» → «${clip(e.after)}»`);
    }
  }
  if (withBlocks) {
    for (const b of a.blocks) {
      const tag = `${b.kind}${b.level ? b.level : ''}${b.para ? ` ¶${b.para}` : ''}`;
      console.log(`  ${b.id.padEnd(4)} L${b.source.startLine}-${b.source.endLine} [${tag}] ${clip(b.text, withBlocks ? 400 : 60)}`);
    }
  }
}

async function folderMain(dir: string): Promise<void> {
  const { reportFolder, formatFolderReport, loadExpected } = await import('./report/folder-report');
  const { reports, summary } = await reportFolder(dir);
  if (process.argv.includes('--json')) console.log(JSON.stringify({ summary, reports }, null, 2));
  else for (const line of formatFolderReport(reports, summary, loadExpected(dir))) console.log(line);
}

function main(): void {
  const folder = process.argv.slice(2).find((a) => !a.startsWith('--'));
  if (folder) {
    void folderMain(folder);
    return;
  }
  const withBlocks = process.argv.includes('--blocks');
  const outputs = loadBundledArticles();
  for (const o of outputs) printArticle(o, withBlocks);
  const t = totalCounts(outputs);
  console.log(`\n=== totals over ${outputs.length} articles`);
  let failed = false;
  for (const { key, label } of TARGETS) {
    console.log(`${label}: ${t[key]}${t[key] === 0 ? '' : '  ✗ (target 0)'}`);
    failed ||= t[key] !== 0;
  }
  const allHeadings = t.hashHeadingsPresent === t.sourceHashHeadings;
  console.log(`# headings of the source present as headings: ${t.hashHeadingsPresent}/${t.sourceHashHeadings}${allHeadings ? ' (all present)' : '  ✗'}`);
  console.log(`spaces kept between phrases/names in titles, headings, bylines, captions: ${t.keptPhraseSpaces}`);
  if (failed || !allHeadings) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();

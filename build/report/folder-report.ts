/**
 * `npm run corpus:report -- <folder>`: imports every file of a folder through the app's
 * pipeline and prints, per file, what was inferred and the text-quality counts; with an
 * `expected.json` beside the files, the metadata scores against it. `--json` prints one
 * JSON object instead. `--blocks <file>` prints that file's blocks for review.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importFolder, type FolderResult } from './import-folder';
import { scoreMeta, type ExpectedMeta, type FieldScores } from './score-meta';
import { measureTextQuality, type TextQuality } from './text-quality';

export interface FileReport {
  readonly file: string;
  readonly status: FolderResult['status'];
  readonly reason?: string;
  readonly ms: number;
  readonly meta?: unknown;
  readonly scores?: FieldScores;
  readonly quality?: TextQuality;
}

export interface FolderSummary {
  readonly files: number;
  readonly imported: number;
  readonly refused: number;
  readonly title: string;
  readonly source: string;
  readonly authors: string;
  readonly date: string;
  readonly places: string;
  readonly language: string;
  readonly invented: number;
  readonly unlistedDropped: number;
  readonly residue: number;
  readonly mergedSubheads: number;
}

const pct = (n: number, d: number): string => (d === 0 ? 'n/a' : `${n}/${d} (${Math.round((100 * n) / d)} %)`);

export function summarize(reports: readonly FileReport[]): FolderSummary {
  const scored = reports.flatMap((r) => (r.scores ? [r.scores] : []));
  const rate = (pick: (s: FieldScores) => boolean | undefined): string => {
    const known = scored.map(pick).filter((v): v is boolean => v !== undefined);
    return pct(known.filter(Boolean).length, known.length);
  };
  const sum = (pick: (q: TextQuality) => number): number => reports.reduce((n, r) => n + (r.quality ? pick(r.quality) : 0), 0);
  const authorsExpected = scored.reduce((n, s) => n + s.authorsExpected, 0);
  const authorsFound = scored.reduce((n, s) => n + s.authorsFound, 0);
  const authorsExtra = scored.reduce((n, s) => n + s.authorsExtra, 0);
  return {
    files: reports.length,
    imported: reports.filter((r) => r.status === 'imported').length,
    refused: reports.filter((r) => r.status === 'refused').length,
    title: rate((s) => s.title),
    source: rate((s) => s.source),
    authors: `${pct(authorsFound, authorsExpected)} found, ${authorsExtra} extra`,
    date: rate((s) => s.date),
    places: rate((s) => s.places),
    language: rate((s) => s.language),
    invented: sum((q) => q.invented),
    unlistedDropped: sum((q) => q.unlistedDropped),
    residue: sum((q) => q.residue),
    mergedSubheads: sum((q) => q.mergedSubheads),
  };
}

/** Imports and scores a folder. */
export async function reportFolder(dir: string): Promise<{ reports: FileReport[]; summary: FolderSummary }> {
  const expectedPath = join(dir, 'expected.json');
  const expected = existsSync(expectedPath) ? (JSON.parse(readFileSync(expectedPath, 'utf8')) as ExpectedMeta[]) : [];
  const byFile = new Map(expected.map((e) => [e.file, e]));
  const results = await importFolder(dir);
  const reports = results
    .filter((r) => !/^README/i.test(r.file))
    .map((r): FileReport => {
      const exp = byFile.get(r.file);
      if (r.status === 'refused') return { file: r.file, status: r.status, reason: r.detail ? `${r.reason}: ${r.detail}` : r.reason, ms: r.ms };
      const { article, diagnostics } = r.output;
      return {
        file: r.file,
        status: r.status,
        ms: r.ms,
        meta: article.meta,
        ...(exp ? { scores: scoreMeta(article.meta, exp) } : {}),
        quality: measureTextQuality(r.doc, article, diagnostics),
      };
    });
  return { reports, summary: summarize(reports) };
}

const mark = (v: boolean | undefined): string => (v === undefined ? '·' : v ? '✓' : '✗');

/** Human-readable lines for the terminal. */
export function formatFolderReport(reports: readonly FileReport[], summary: FolderSummary, expected: ReadonlyMap<string, ExpectedMeta>): string[] {
  const out: string[] = [];
  for (const r of reports) {
    if (r.status === 'refused') {
      out.push(`✗ ${r.file}: refused (${r.reason})`);
      continue;
    }
    const s = r.scores;
    const q = r.quality!;
    const flags = s
      ? `title ${mark(s.title)} source ${mark(s.source)} date ${mark(s.date)} places ${mark(s.places)} lang ${mark(s.language)} authors ${s.authorsFound}/${s.authorsExpected}${s.authorsExtra ? ` +${s.authorsExtra}` : ''}`
      : '(no expected record)';
    out.push(`${r.file}  ${flags}  ${Math.round(r.ms)} ms`);
    out.push(`    inferred ${JSON.stringify(r.meta)}`);
    const e = expected.get(r.file);
    if (e && s && (!s.title || !s.source || !s.date || !s.places || s.authorsFound < s.authorsExpected || s.authorsExtra)) {
      out.push(
        `    expected ${JSON.stringify({ title: e.title, source: e.source, authors: e.authors, date: e.date, places: e.places, language: e.language })}`,
      );
    }
    if (q.invented) out.push(`    invented ${q.invented}: ${q.inventedSample}`);
    if (q.unlistedDropped) out.push(`    dropped unlisted ${q.unlistedDropped}: ${q.droppedSample.join(' | ')}`);
    if (q.residue) out.push(`    residue ${q.residue}: ${q.residueSample.join(' | ')}`);
    if (q.mergedSubheads) out.push(`    merged sub-heads ${q.mergedSubheads}: ${q.mergedSample.join(' | ')}`);
  }
  out.push('', `=== ${summary.files} files: ${summary.imported} imported, ${summary.refused} refused`);
  out.push(
    `title ${summary.title} · source ${summary.source} · authors ${summary.authors} · date ${summary.date} · places ${summary.places} · language ${summary.language}`,
  );
  out.push(
    `invented characters ${summary.invented} · unlisted dropped lines ${summary.unlistedDropped} · residue blocks ${summary.residue} · merged sub-heads ${summary.mergedSubheads}`,
  );
  return out;
}

/** Expected records by file name, for printing. */
export function loadExpected(dir: string): Map<string, ExpectedMeta> {
  const path = join(dir, 'expected.json');
  if (!existsSync(path)) return new Map();
  return new Map((JSON.parse(readFileSync(path, 'utf8')) as ExpectedMeta[]).map((e) => [e.file, e]));
}

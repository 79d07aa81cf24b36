import { articleText, contentHash, type Article, type ArticleMeta, type ArticleOrigin, type Block } from '../model';
import { classifyLines } from './classify';
import { cleanLineText } from './clean-line';
import { removeNearDuplicates } from './dedupe';
import { DiagnosticLog, type ArticleDiagnostics } from './diagnostics';
import { measureCounts } from './measure';
import { countWords, inferMeta } from './metadata';
import { joinParagraphs } from './paragraphs';
import { assignHeadingLevels, balanceBrackets } from './sections';
import { normalizePunctuation, normalizeQuotes } from './punctuation';
import { splitSignatures } from './splits';
import type { CleanLine, Unit } from './units';
import { mergeSplitNames, normalizePhraseSpaces, normalizeRunningSpaces } from './whitespace';

export type { ArticleDiagnostics, CleanCounts, DiagnosticEntry } from './diagnostics';
export { decodeText, type DecodedText, type TextEncodingName } from './decode';
export { parseSidecar, SidecarSchema } from './sidecar';
export { measureCounts } from './measure';

export interface NormalizeInput {
  readonly fileName: string;
  readonly text: string;
  readonly origin: ArticleOrigin;
  /** Overrides for inferred metadata (from a `.meta.json` sidecar). */
  readonly meta?: Partial<ArticleMeta>;
}

export interface NormalizeOutput {
  readonly article: Article;
  /** Every change and removal, plus the quality counts. */
  readonly diagnostics: ArticleDiagnostics;
}

/** The article id for a file name: its base name without extension. */
export function articleIdFor(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}

/** Non-blank lines after the character-level steps, with the blank lines before each. */
function cleanLines(text: string, log: DiagnosticLog): CleanLine[] {
  const lines: CleanLine[] = [];
  let gap = 0;
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    if (raw.trim() === '') {
      gap++;
      return;
    }
    lines.push({ n: i + 1, text: cleanLineText(raw, i + 1, log), gapBefore: gap });
    gap = 0;
  });
  return lines;
}

/** Kind-dependent whitespace (running text vs. phrases and names) and small per-kind fixes. */
function finishUnitText(u: Unit, log: DiagnosticLog): Unit {
  let text: string;
  switch (u.kind) {
    case 'paragraph':
    case 'author-note':
      text = normalizeRunningSpaces(u.text);
      break;
    case 'byline':
    case 'caption':
      text = mergeSplitNames(normalizePhraseSpaces(u.text));
      break;
    case 'title':
    case 'subtitle':
    case 'heading':
    case 'kicker':
      text = normalizePhraseSpaces(u.text);
      break;
  }
  log.change('whitespace', u.start, u.text, text);
  if (u.kind === 'subtitle') {
    const dashed = text.replace(/^-(?=\p{Script=Han})/u, '——');
    log.change('subtitle-dash', u.start, text, dashed);
    text = dashed;
  }
  if (u.kind === 'heading' || u.kind === 'title') {
    const balanced = balanceBrackets(text);
    log.change('bracket', u.start, text, balanced);
    text = balanced;
  }
  return { ...u, text };
}

/**
 * Joining puts text from different lines side by side (`…政策,` + `“新”…`), so quotes and
 * punctuation are checked once more on joined paragraphs.
 */
function recheckJoined(u: Unit, log: DiagnosticLog): Unit {
  if (u.kind !== 'paragraph' || u.start === u.end) return u;
  const text = normalizeRunningSpaces(normalizePunctuation(normalizeQuotes(u.text)));
  log.change('punctuation', u.start, u.text, text);
  return { ...u, text };
}

function toBlocks(units: readonly Unit[]): Block[] {
  let para = 0;
  return units.map((u, i) => ({
    id: `b${i + 1}`,
    kind: u.kind,
    text: u.text,
    ...(u.level !== undefined && (u.kind === 'heading' || u.kind === 'title') ? { level: u.level } : {}),
    ...(u.kind === 'paragraph' ? { para: ++para } : {}),
    source: { startLine: u.start, endLine: u.end },
  }));
}

/**
 * Raw text → clean article model: decode-independent line cleaning, block kinds, removals
 * of repeated and stray text, paragraph joining, heading levels, metadata (sidecar `meta`
 * overrides inferred fields). Deterministic; every change is in `diagnostics`.
 */
export function normalizeArticle(input: NormalizeInput): NormalizeOutput {
  const log = new DiagnosticLog();
  const original = input.text.replace(/^\uFEFF/, '');
  let units = classifyLines(cleanLines(original, log), log);
  units = splitSignatures(units, log).map((u) => finishUnitText(u, log));
  units = joinParagraphs(removeNearDuplicates(units, log), log).map((u) => recheckJoined(u, log));
  const blocks = toBlocks(assignHeadingLevels(units));
  const id = articleIdFor(input.fileName);
  const text = articleText(blocks);
  const meta: ArticleMeta = { ...inferMeta(blocks, id), ...input.meta };
  const entries = [...log.entries].sort((a, b) => a.line - b.line);
  return {
    article: {
      id,
      origin: input.origin,
      meta,
      blocks,
      contentHash: contentHash(text),
      wordCount: countWords(text),
      original: input.text,
      fileName: input.fileName,
    },
    diagnostics: {
      entries,
      changes: entries.filter((e) => e.action === 'change').length,
      removals: entries.filter((e) => e.action === 'removal').length,
      counts: measureCounts(blocks, original),
    },
  };
}

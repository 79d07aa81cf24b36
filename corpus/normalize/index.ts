import { documentText, textDocument, type SourceDocument } from '../ingest';
import { articleText, contentHash, type Article, type ArticleMeta, type ArticleOrigin, type Block, type RemovedText } from '../model';
import { classifyLines } from './classify';
import { residueReason, splitTrailingEditor } from './editorial';
import { splitRunOn } from './run-on';
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

export interface NormalizeDocumentInput {
  readonly fileName: string;
  readonly document: SourceDocument;
  readonly origin: ArticleOrigin;
  /** Overrides for inferred metadata (a sidecar, or the user's corrections). */
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

/**
 * Non-blank lines after the character-level steps, with the blank lines before each.
 * Editorial residue is removed here (logged); a flattened page or one-line dump is cut into
 * its parts first; code and table rows skip the character steps.
 */
function cleanLines(doc: SourceDocument, log: DiagnosticLog): CleanLine[] {
  const lines: CleanLine[] = [];
  let gap = 0;
  const nonBlank = doc.lines.filter((l) => l.text.trim() !== '').length;
  const push = (raw: string, n: number, hint: SourceDocument['lines'][number]['hint']): void => {
    if (raw.trim() === '') {
      gap++;
      return;
    }
    const residue = hint?.code || hint?.table ? undefined : residueReason(raw);
    if (residue) {
      log.removal('residue', n, raw.trim(), residue);
      return;
    }
    const text = hint?.code ? raw : cleanLineText(raw, n, log, { ocrRepairs: !hint?.table && (doc.format === 'text' || doc.format === 'pdf') });
    lines.push({ n, text, gapBefore: gap, ...(hint ? { hint } : {}) });
    gap = 0;
  };
  doc.lines.forEach((line, i) => {
    const parts = line.hint?.code || line.hint?.table ? undefined : splitRunOn(line.text, nonBlank);
    if (!parts) return push(line.text, i + 1, line.hint);
    log.change('split', i + 1, `${line.text.slice(0, 80)}…`, `${parts.length} parts`);
    for (const part of parts) {
      if (part.removed) log.removal('residue', i + 1, part.text, part.removed);
      else push(part.text, i + 1, line.hint);
    }
  });
  return lines;
}

/** `…作出部署。（责任编辑：王明）`: the editor's sign-off leaves the paragraph (logged). */
function dropTrailingEditors(units: readonly Unit[], log: DiagnosticLog): Unit[] {
  return units.map((u) => {
    if (u.kind !== 'paragraph') return u;
    const split = splitTrailingEditor(u.text);
    if (!split) return u;
    log.removal('residue', u.end, split[1].trim(), split[0]);
    return { ...u, text: split[0] };
  });
}

/** Kind-dependent whitespace (running text vs. phrases and names) and small per-kind fixes. */
function finishUnitText(u: Unit, log: DiagnosticLog): Unit {
  // Table rows keep their cell tabs; code keeps its spacing.
  if (u.fixed) return u;
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
    // A closing bracket added at the end makes a mark before it Chinese context: punctuation is checked again.
    const balanced = normalizePhraseSpaces(normalizePunctuation(balanceBrackets(text)));
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
  if (u.kind !== 'paragraph' || u.start === u.end || u.fixed) return u;
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
    ...(u.cut ? { cut: true as const } : {}),
  }));
}

/**
 * Raw text → clean article model (plain text, no format hints): see normalizeDocument.
 */
export function normalizeArticle(input: NormalizeInput): NormalizeOutput {
  const document = textDocument(input.text);
  return normalizeDocument({ fileName: input.fileName, document, origin: input.origin, ...(input.meta ? { meta: input.meta } : {}) }, input.text);
}

/**
 * Source document → clean article model: line cleaning and residue removal, block kinds
 * (format hints first, then the shape rules), removals of repeated and stray text,
 * paragraph joining, heading levels, metadata (`meta` overrides inferred fields).
 * Deterministic; every change and removal is in `diagnostics`, including what the format
 * extractor left out.
 */
export function normalizeDocument(input: NormalizeDocumentInput, originalText?: string): NormalizeOutput {
  const log = new DiagnosticLog();
  const doc = input.document;
  for (const r of doc.removed) log.removal('extraction', 0, r.text, r.page !== undefined ? `${r.reason} (p. ${r.page})` : r.reason);
  const original = originalText ?? documentText(doc);
  let units = classifyLines(cleanLines(doc, log), log, doc.meta.title ? { metaTitle: doc.meta.title } : {});
  units = dropTrailingEditors(splitSignatures(units, log), log).map((u) => finishUnitText(u, log));
  units = joinParagraphs(removeNearDuplicates(units, log), log).map((u) => recheckJoined(u, log));
  const blocks = toBlocks(assignHeadingLevels(units));
  const id = articleIdFor(input.fileName);
  const text = articleText(blocks);
  const meta: ArticleMeta = { ...inferMeta({ blocks, fallbackTitle: id, stated: doc.meta, fileName: input.fileName, format: doc.format }), ...input.meta };
  const entries = [...log.entries].sort((a, b) => a.line - b.line);
  return {
    article: {
      id,
      origin: input.origin,
      meta,
      blocks,
      contentHash: contentHash(text),
      wordCount: countWords(text),
      original,
      fileName: input.fileName,
      removed: entries.flatMap((e): RemovedText[] => {
        if (e.action !== 'removal') return [];
        // Residue and extraction entries carry their reason in `after`; the others the text left beside them.
        const detail = e.kind === 'residue' || e.kind === 'extraction' ? e.after : undefined;
        return [{ line: e.line, text: e.before, kind: e.kind, ...(detail ? { detail } : {}) }];
      }),
    },
    diagnostics: {
      entries,
      changes: entries.filter((e) => e.action === 'change').length,
      removals: entries.filter((e) => e.action === 'removal').length,
      counts: measureCounts(blocks, original.replace(/^\uFEFF/, '')),
    },
  };
}

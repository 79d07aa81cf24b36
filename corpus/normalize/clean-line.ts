import type { DiagnosticLog } from './diagnostics';
import { replaceInlineTex } from './inline-tex';
import { foldRadicals } from './radicals';
import { normalizePunctuation, normalizeQuotes } from './punctuation';
import { removeTandemRepeats } from './repairs';

/**
 * The character-level steps every line goes through, in order, each change logged:
 * radical code points → inline TeX → quotes → half-width punctuation → doubled phrases. Quotes go
 * first: curly quotes are Chinese context for the punctuation next to them.
 * Whitespace comes later because it depends on the block kind.
 */
export function cleanLineText(line: string, n: number, log: DiagnosticLog, options: { readonly ocrRepairs?: boolean } = {}): string {
  const steps = [
    ['radicals', foldRadicals],
    ['inline-tex', replaceInlineTex],
    ['quotes', normalizeQuotes],
    ['punctuation', normalizePunctuation],
  ] as const;
  let text = line;
  for (const [kind, step] of steps) {
    const next = step(text);
    log.change(kind, n, text, next);
    text = next;
  }
  // Phrases printed twice are an OCR/layout defect of plain text; a Word file, a web page or a
  // Markdown post says what it says.
  if (options.ocrRepairs === false) return text;
  const repeats = removeTandemRepeats(text);
  for (const removed of repeats.removed) log.removal('repeat', n, removed, repeats.text);
  return repeats.text;
}

import type { KeyFigure } from '../../../corpus/figures';
import { foldWidth } from '../../../corpus/figures/scan-figures';

/** One hand-checked figure: its text, a few words around it (no offsets), and its normalized value. */
export interface ExpectedFigure {
  readonly raw: string;
  readonly context: string;
  readonly value: number;
  readonly unit: string;
}

export interface HandCheck {
  readonly articleId: string;
  readonly figures: readonly ExpectedFigure[];
}

export interface Measurement {
  readonly expected: number;
  readonly extracted: number;
  readonly matched: number;
  readonly recall: number;
  readonly precision: number;
  readonly missed: readonly string[];
  readonly noise: readonly string[];
}

/** Positions in `text` where the expected figure's raw text sits inside its context. */
function expectedStarts(text: string, e: ExpectedFigure): number[] {
  const context = foldWidth(e.context);
  const within = context.indexOf(foldWidth(e.raw));
  if (within < 0) return [];
  const starts: number[] = [];
  for (let at = text.indexOf(context); at >= 0; at = text.indexOf(context, at + 1)) starts.push(at + within);
  return starts;
}

/**
 * Recall and precision of extracted figures against a hand-checked list. A figure counts as
 * found only at the right place with the right raw text, value and unit; each expected
 * figure is matched at most once.
 */
export function measureFigures(cleanText: string, figures: readonly KeyFigure[], check: HandCheck): Measurement {
  const text = foldWidth(cleanText);
  const used = new Set<KeyFigure>();
  const missed: string[] = [];
  for (const e of check.figures) {
    const starts = new Set(expectedStarts(text, e));
    const hit = figures.find(
      (f) => !used.has(f) && starts.has(f.start) && f.raw === e.raw && f.unit === e.unit && Math.abs(f.value - e.value) < 1e-9 * Math.max(1, e.value),
    );
    if (hit) used.add(hit);
    else missed.push(`${e.raw} (${e.context})`);
  }
  const noise = figures.filter((f) => !used.has(f)).map((f) => `${f.raw} = ${f.value} ${f.unit} in “${f.sentence}”`);
  const matched = used.size;
  return {
    expected: check.figures.length,
    extracted: figures.length,
    matched,
    recall: check.figures.length === 0 ? 1 : matched / check.figures.length,
    precision: figures.length === 0 ? 1 : matched / figures.length,
    missed,
    noise,
  };
}

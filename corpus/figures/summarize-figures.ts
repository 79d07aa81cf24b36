import type { KeyFigure } from './key-figure';

export interface FigureFilter {
  /** Keep figures whose unit or base unit is one of these (`亿元`, or `元` for every amount). */
  readonly units?: readonly string[];
  /** Keep figures about a place: named in the sentence, or among the article's places. */
  readonly place?: string;
}

export interface UnitSummary {
  /** The base unit (`元` gathers 万元 and 亿元). */
  readonly unit: string;
  readonly count: number;
  readonly min: number;
  readonly max: number;
}

export interface FigureSummary {
  /** The figures that pass the filter, in the order given. */
  readonly figures: readonly KeyFigure[];
  readonly count: number;
  readonly articles: number;
  /** Per base unit, most frequent first. */
  readonly byUnit: readonly UnitSummary[];
}

/** Whether a figure passes a filter; an empty filter keeps everything. */
export function matchesFilter(figure: KeyFigure, filter: FigureFilter): boolean {
  if (filter.units && filter.units.length > 0 && !filter.units.some((u) => u === figure.unit || u === figure.baseUnit)) return false;
  const place = filter.place?.trim();
  if (place && !figure.sentence.includes(place) && !figure.places.includes(place)) return false;
  return true;
}

/** Filters figures (per article or across briefings) and counts them per unit, for the Key figures panel. */
export function summarizeFigures(figures: readonly KeyFigure[], filter: FigureFilter = {}): FigureSummary {
  const kept = figures.filter((f) => matchesFilter(f, filter));
  const units = new Map<string, { count: number; min: number; max: number }>();
  for (const f of kept) {
    const key = f.baseUnit || f.unit;
    const s = units.get(key);
    if (s) {
      s.count += 1;
      s.min = Math.min(s.min, f.value);
      s.max = Math.max(s.max, f.value);
    } else {
      units.set(key, { count: 1, min: f.value, max: f.value });
    }
  }
  const byUnit = [...units].map(([unit, s]) => ({ unit, ...s })).sort((a, b) => b.count - a.count || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
  return { figures: kept, count: kept.length, articles: new Set(kept.map((f) => f.articleId)).size, byUnit };
}

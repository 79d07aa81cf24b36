import type { TextOffset } from '../model';
import type { FigureKind } from './figure-kind';

/** Direction of a change figure, when 增长/下降 (or a synonym) directly precedes it. */
export type FigureChange = 'increase' | 'decrease';

/**
 * How exact the figure is, from the words around it: 超/逾/突破/以上/多/余 → `over`,
 * 近/将近 → `nearly`, 约/左右 → `about`, 不到/不足/以下 → `under`.
 */
export type FigureQualifier = 'over' | 'nearly' | 'about' | 'under';

/** One number + unit fact found in an article's clean text. */
export interface KeyFigure {
  /** `${articleId}:${raw}:${n}` — n counts earlier figures with the same raw text; no offsets, so it survives cleaner changes. */
  readonly id: string;
  readonly articleId: string;
  /**
   * `quantity` (an amount, count or ratio) or `duration` (`十年时间`, `3个月`). Deadlines and
   * reference periods (`两年内`, `近三年`) are found by `scanFigures` but are not key figures.
   */
  readonly kind: Extract<FigureKind, 'quantity' | 'duration'>;
  /** Normalized value: `1188亿元` → 118_800_000_000, `10.8%` → 10.8, `三成` → 30. For a range, its lower end. */
  readonly value: number;
  /** Upper end of a range (`10%-15%` → 15). */
  readonly upper?: number;
  /** The figure as written, without the verb or leading qualifier: `1188亿元`, `10.8%`, `50多所`. */
  readonly raw: string;
  /** Normalized unit with its magnitude kept: `亿元`, `万平方米`, `%`, `个百分点`, `家`. */
  readonly unit: string;
  /** The unit without magnitude (`亿元` → `元`), so amounts in 万元 and 亿元 sort together. */
  readonly baseUnit: string;
  readonly qualifier?: FigureQualifier;
  /** The short noun phrase the figure measures, when evident (`规上工业增加值`, `重点改革`). */
  readonly metric?: string;
  readonly change?: FigureChange;
  /** A year (`2024年`) mentioned in the same sentence, the nearest before the figure preferred. */
  readonly year?: number;
  /** The containing sentence. */
  readonly sentence: string;
  readonly blockId: string;
  /** [start, end) of `raw` in the article's clean text (`articleText`). */
  readonly start: TextOffset;
  readonly end: TextOffset;
  /** Text of the nearest preceding heading block; absent before the first heading. */
  readonly section?: string;
  /** The article's places (`meta.places`), carried for filtering across briefings. */
  readonly places: readonly string[];
}

/**
 * Lookup over the unit lists (`unit-lists.ts`): sticky patterns that find the longest unit or
 * magnitude at a position, and the normalized unit of what was written. A magnitude (万, 亿)
 * in front of a unit is kept in the figure's unit (`亿元`, `万人`) and multiplied into its value.
 */
import { MAGNITUDE_TABLE, UNIT_TABLE, type UnitClass } from './unit-lists';

export interface UnitSpec {
  /** Normalized unit without magnitude. */
  readonly unit: string;
  /** Multiplier into the normalized unit (三成 → 30 %). */
  readonly factor?: number;
  readonly class: UnitClass;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\%$]/g, '\\$&');
const alternation = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

/** Sticky patterns: longest alternatives first so 个百分点 wins over 个 and 千瓦时 over 千瓦. */
export const UNIT_PATTERN = new RegExp(`(?:${alternation(Object.keys(UNIT_TABLE))})`, 'y');
export const MAGNITUDE_PATTERN = new RegExp(`(?:${alternation(Object.keys(MAGNITUDE_TABLE))})`, 'y');

export function unitSpec(written: string): UnitSpec | undefined {
  return UNIT_TABLE[written];
}

export function magnitudeFactor(written: string): number {
  return MAGNITUDE_TABLE[written] ?? 1;
}

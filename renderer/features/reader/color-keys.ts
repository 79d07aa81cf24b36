import { COLORS, type HighlightColor } from '../../../corpus/model';

/** Keys 1–5 choose the five highlight colours, in toolbar order. */
export function color(key: string): HighlightColor | undefined {
  const n = Number(key);
  return Number.isInteger(n) && n >= 1 && n <= COLORS.length ? COLORS[n - 1] : undefined;
}

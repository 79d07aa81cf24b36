import { describeRange } from '../../../corpus/anchoring';
import type { TextPositionSelector, TextQuoteSelector } from '../../../corpus/model';

/** The two selectors the app stores for clean-text [start, end), made the app's own way. */
export function selectorsFor(text: string, start: number, end: number): readonly [TextQuoteSelector, TextPositionSelector] {
  const { quote, position } = describeRange(text, start, end);
  return [quote, position];
}

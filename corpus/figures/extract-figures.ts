import { blockStarts, textOffset, type Article } from '../model';
import { metricFor, sentenceSpan, yearNear } from './figure-context';
import type { KeyFigure } from './key-figure';
import { KEY_FIGURE_KINDS } from './figure-kind';
import { scanFigures, type FigureMatch } from './scan-figures';

/** The offset-free id of a figure: article, figure text, and how many same-text figures came before. */
export function figureId(articleId: string, raw: string, occurrence: number): string {
  return `${articleId}:${raw}:${occurrence}`;
}

const isKeyFigure = (m: FigureMatch): m is FigureMatch & { kind: 'quantity' | 'duration' } => KEY_FIGURE_KINDS.has(m.kind);

/**
 * Every number + unit figure in an article, in reading order, with offsets into its clean
 * text (`articleText(article.blocks)`). Bylines are skipped: they hold names, not facts.
 * See `scanFigures` for what is deliberately not a figure (years, dates, ordinals, 1+5+2…).
 * Deadlines (`两年内`, `到2025年`) and reference periods (`近三年`, `过去一年`) frame other
 * figures: they are left out of the key figures (decided in issue 14; `scanFigures` still
 * reports them with their kind).
 * O(total text length).
 */
export function extractFigures(article: Article): KeyFigure[] {
  const starts = blockStarts(article.blocks);
  const seen = new Map<string, number>();
  const figures: KeyFigure[] = [];
  let section: string | undefined;
  article.blocks.forEach((block, index) => {
    if (block.kind === 'heading') section = block.text;
    if (block.kind === 'byline') return;
    const blockStart = starts[index]!;
    let floor = 0;
    for (const match of scanFigures(block.text).filter(isKeyFigure)) {
      const sentence = sentenceSpan(block.text, match.start, match.end);
      const sentenceText = block.text.slice(sentence.start, sentence.end);
      const occurrence = (seen.get(match.raw) ?? 0) + 1;
      seen.set(match.raw, occurrence);
      const metric = metricFor(block.text, match.start, match.end, match.baseUnit, Math.max(floor, sentence.start));
      const year = yearNear(sentenceText, match.start - sentence.start);
      floor = match.end;
      figures.push({
        id: figureId(article.id, match.raw, occurrence),
        articleId: article.id,
        kind: match.kind,
        value: match.value,
        ...(match.upper !== undefined ? { upper: match.upper } : {}),
        raw: match.raw,
        unit: match.unit,
        baseUnit: match.baseUnit,
        ...(match.qualifier ? { qualifier: match.qualifier } : {}),
        ...(metric ? { metric } : {}),
        ...(match.change ? { change: match.change } : {}),
        ...(year !== undefined ? { year } : {}),
        sentence: sentenceText,
        blockId: block.id,
        start: textOffset(blockStart + match.start),
        end: textOffset(blockStart + match.end),
        ...(section !== undefined ? { section } : {}),
        places: article.meta.places,
      });
    }
  });
  return figures;
}

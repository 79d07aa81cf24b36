export type { KeyFigure, FigureChange, FigureQualifier } from './key-figure';
export { extractFigures, figureId } from './extract-figures';
export { scanFigures, foldWidth, type FigureMatch } from './scan-figures';
export { parseChineseNumeral } from './chinese-numerals';
export { summarizeFigures, matchesFilter, type FigureFilter, type FigureSummary, type UnitSummary } from './summarize-figures';
export { sortFigures, compareByArticleOrder, compareByValueWithinUnit, type FigureOrder } from './sort-figures';
export { KEY_FIGURE_KINDS, type FigureKind } from './figure-kind';

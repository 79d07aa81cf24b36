export type { KeyFigure, FigureChange, FigureQualifier } from './key-figure';
export { extractFigures, figureId } from './extract-figures';
export { scanFigures, foldWidth, type FigureMatch } from './scan-figures';
export { parseChineseNumeral } from './chinese-numerals';

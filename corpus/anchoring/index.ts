export * from './snap-selection';
export * from './describe-range';
export * from './resolve-anchor';
export * from './anchor-article';
export { SCORE_WEIGHTS, type ScoredMatch } from './match-quote';
export { editDistance, similarity } from './text-similarity';

export * from './snap-selection';
export * from './describe-range';
export * from './text-similarity';
export * from './match-quote';
export * from './resolve-anchor';

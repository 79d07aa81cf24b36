export * from './result';
export * from './offsets';
export * from './article';
export * from './annotation';
export * from './hash';
export * from './revision';

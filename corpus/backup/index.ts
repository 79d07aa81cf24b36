export * from './canonical-json';
export * from './import-error';
export * from './parse-annotation-import';
export * from './parse-backup';
export * from './parse-json';
export * from './schemas';
export * from './serialize-backup';
export * from './diff-restore';

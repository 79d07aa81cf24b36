export * from './source-document';

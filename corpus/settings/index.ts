export * from './read-setting';
export * from './setting-schemas';

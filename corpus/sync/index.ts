export * from './annotation-doc';
export * from './pack-doc';
export * from './invite-code';
export * from './server-address';
export * from './team-docs';
export * from './presence';
export * from './colleague-styles';
export { applyTextChange } from './text-change';

export * from './annotation-doc';
export * from './pack-doc';
export { applyTextChange } from './text-change';

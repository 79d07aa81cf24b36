export * from './correction-checks';
export * from './correction-schema';
export * from './meta-correction';
export * from './meta-form';

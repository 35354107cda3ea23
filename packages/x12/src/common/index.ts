export * from './common.types';
export * from './common.readers';

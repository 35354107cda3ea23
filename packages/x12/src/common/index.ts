export * from './common.types';
export * from './common.readers';
export * from './bht.reader';

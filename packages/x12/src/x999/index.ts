export * from './x12-999.types';
export * from './x12-999.reader';
export * from './x12-999.builder';

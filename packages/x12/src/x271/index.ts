export * from './x12-271.types';
export * from './x12-271.reader';
export * from './x12-271.builder';

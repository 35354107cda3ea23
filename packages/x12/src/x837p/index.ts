export * from './x12-837p.types';
export * from './x12-837p.codes';
export * from './x12-837p.validation';
export * from './x12-837p.builder';
export * from './x12-837p.reader';

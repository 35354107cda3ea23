export * from './x12-837p.validator';
export * from './x12-837p.rules';

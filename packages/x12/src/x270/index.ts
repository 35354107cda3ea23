export * from './x12-270-276.builder';

export * from './x12-270-276.builder';
export * from './x12-270.reader';

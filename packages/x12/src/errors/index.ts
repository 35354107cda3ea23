export * from './x12-error';
export * from './build-error';

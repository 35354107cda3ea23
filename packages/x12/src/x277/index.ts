export * from './x12-277.types';
export * from './x12-277.reader';
export { readStc } from './x12-277.segments';
export * from './x12-277ca.builder';

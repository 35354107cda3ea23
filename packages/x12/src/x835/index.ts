export * from './x12-835.types';
export * from './x12-835.reader';
export * from './x12-835.balance';
export { readBpr, readClp, readSvc, readPlb } from './x12-835.segments';
export * from './x12-835.builder';

export * from './x12-ta1.reader';

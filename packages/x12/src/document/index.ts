export * from './x12-document.types';
export * from './document.collector';
export * from './parse-x12';

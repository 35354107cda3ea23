export * from './errors';
export * from './values';
export * from './tokenizer';
export * from './envelope';
export * from './document';
export * from './read';
export * from './common';
export * from './x835';

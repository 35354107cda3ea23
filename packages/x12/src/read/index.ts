export * from './read.types';
export * from './read-transactions';
export * from './transaction-dispatcher';
export * from './fields';
export * from './append';
export * from './copy-plain';

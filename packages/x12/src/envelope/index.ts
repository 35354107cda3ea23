export * from './envelope.types';
export * from './envelope.tracker';
export * from './envelope-headers';

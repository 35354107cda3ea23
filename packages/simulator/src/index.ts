export * from './roster';
export * from './availity';

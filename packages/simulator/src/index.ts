export * from './roster';
export * from './availity';
export * from './realtime';
export * from './payer';
export * from './sftp';
export * from './payments';
export * from './collection-agency';

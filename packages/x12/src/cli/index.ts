export * from './cli.main';
export * from './cli-io';

export * from './fake-processor';
export * from './fake-gateway.plugin';

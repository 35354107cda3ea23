export { TransportError } from '@openrcm/file-transport';
export type { BatchTransport, RemoteDirectory, TransportSession } from './batch-transport';
export { transportOf } from './open-transport';
export type { TransportServices } from './open-transport';

export { TransportError, partName } from './batch-transport';
export type { BatchTransport, RemoteDirectory, TransportSession } from './batch-transport';
export { transportOf } from './open-transport';
export type { TransportServices } from './open-transport';
export { sha256Fingerprint } from './host-key';

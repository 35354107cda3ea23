export type { FileTransport, FileTransportSession, TransportDirectory } from './file-transport';
export { folderTransport } from './folder.transport';
export { sftpTransport } from './sftp.transport';
export type { SftpCredentials, SftpTransportOptions } from './sftp-connect';
export { TransportError, transportErrorOf, codeOf } from './transport-error';
export { HOST_KEY_FINGERPRINT, matchesPinnedKey, sha256Fingerprint } from './host-key';
export { PART_PREFIX, PART_SUFFIX, isHidden, partName } from './hidden-names';

export { startSftpFolderServer } from './sftp-folder-server';
export type { SftpFolderServer, SftpFolderServerOptions } from './sftp-folder-server';
export { PAYER_SFTP_LAYOUT } from './sftp-paths';
export type { SftpFolderLayout } from './sftp-paths';
export type { UploadHandler } from './sftp-session';
export { generateHostKey, generateKeyPair, hostKeyFingerprint } from './sftp-auth';
export type { SftpUser } from './sftp-auth';

export { BackupError } from './backup.errors';
export { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, parseBackupManifest } from './backup-manifest';
export type { BackupEncryption, BackupManifest } from './backup-manifest';
export { decodeBackupArchive, encodeBackupArchive, readBackupManifest } from './backup-archive';
export type { ArchiveContents } from './backup-archive';
export { backupEmbedded, backupPglite } from './embedded-backup';
export type { BackupOptions, BackupResult } from './embedded-backup';
export { restoreEmbedded } from './embedded-restore';
export type { RestoreOptions, RestoreResult } from './embedded-restore';

import { createHash } from 'node:crypto';
import { open, randomIv, seal } from '../crypto/aes-gcm';
import type { KeyRing } from '../crypto/key-ring';
import { BackupError } from './backup.errors';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, parseBackupManifest, type BackupManifest } from './backup-manifest';

/** What goes into an archive besides the tarball. */
export interface ArchiveContents {
  readonly createdAt: Date;
  readonly postgresVersion: string;
  readonly migrations: readonly string[];
  /** PGlite's gzipped data-directory tarball. */
  readonly tarball: Buffer;
}

const MAX_MANIFEST_BYTES = 1 << 20;

/**
 * The archive: the manifest as one JSON line, then the tarball. With a key ring the tarball is encrypted with
 * AES-256-GCM under the current key and the whole manifest line is the associated data, so neither can be altered.
 */
export function encodeBackupArchive(contents: ArchiveContents, keyRing?: KeyRing): { archive: Buffer; manifest: BackupManifest } {
  const key = keyRing?.current();
  const iv = randomIv();
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: contents.createdAt.toISOString(),
    postgresVersion: contents.postgresVersion,
    migrations: [...contents.migrations],
    payload: {
      compression: 'gzip',
      bytes: contents.tarball.length,
      sha256: sha256(contents.tarball),
      encryption: key ? { algorithm: 'aes-256-gcm', keyId: key.id, iv: iv.toString('base64') } : null,
    },
  };
  const line = Buffer.from(`${JSON.stringify(manifest)}\n`, 'utf8');
  const payload = key ? seal(key.key, contents.tarball, associatedData(line), iv).sealed : contents.tarball;
  return { archive: Buffer.concat([line, payload]), manifest };
}

/** Reads the manifest line only (no key needed). */
export function readBackupManifest(archive: Buffer, file: string): { manifest: BackupManifest; line: Buffer } {
  const end = archive.subarray(0, MAX_MANIFEST_BYTES).indexOf(0x0a);
  if (end < 0) throw new BackupError(`${file} is not an OpenRCM embedded backup`);
  const line = archive.subarray(0, end + 1);
  let parsed: unknown;
  try {
    parsed = JSON.parse(line.toString('utf8'));
  } catch {
    throw new BackupError(`${file} is not an OpenRCM embedded backup`);
  }
  return { manifest: parseBackupManifest(parsed, file), line };
}

/** The manifest and the verified tarball; decrypts with `keyRing` when the archive is encrypted. */
export function decodeBackupArchive(archive: Buffer, file: string, keyRing?: KeyRing): { manifest: BackupManifest; tarball: Buffer } {
  const { manifest, line } = readBackupManifest(archive, file);
  const payload = archive.subarray(line.length);
  const tarball = manifest.payload.encryption ? decryptPayload(manifest, line, payload, file, keyRing) : payload;
  if (tarball.length !== manifest.payload.bytes || sha256(tarball) !== manifest.payload.sha256) {
    throw new BackupError(`${file} is damaged: its contents do not match the checksum in its manifest`);
  }
  return { manifest, tarball };
}

function decryptPayload(manifest: BackupManifest, line: Buffer, payload: Buffer, file: string, keyRing?: KeyRing): Buffer {
  const { keyId, iv } = manifest.payload.encryption as NonNullable<BackupManifest['payload']['encryption']>;
  const key = keyRing?.get(keyId);
  if (!key) throw new BackupError(`${file} is encrypted with key "${keyId}"; provide it in OPENRCM_ENCRYPTION_KEYS (or the embedded key file)`);
  const tarball = open(key, Buffer.from(iv, 'base64'), payload, associatedData(line));
  if (!tarball) throw new BackupError(`${file} failed authentication with key "${keyId}" (wrong key, or the archive was altered)`);
  return tarball;
}

function associatedData(manifestLine: Buffer): Buffer {
  return Buffer.concat([Buffer.from('openrcm-backup:v1:', 'utf8'), manifestLine]);
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

import { IV_BYTES, open, seal } from './aes-gcm';
import { DecryptionError } from './crypto.errors';
import type { KeyRing } from './key-ring';

/** The first bytes of every encrypted file: `ORCMENC1`. */
export const ENCRYPTED_BLOB_MAGIC = Buffer.from('ORCMENC1', 'ascii');

/**
 * Encrypts bytes under the current key: `ORCMENC1`, key id length (1 byte), key id, 12-byte IV, ciphertext, 16-byte
 * tag. `context` (e.g. `x12-archive/<file name>`) is bound as associated data: the blob decrypts only with the same context.
 */
export function encryptBlob(keyRing: KeyRing, data: Buffer, context: string): Buffer {
  const { id, key } = keyRing.current();
  const { iv, sealed } = seal(key, data, blobAssociatedData(id, context));
  const keyId = Buffer.from(id, 'ascii');
  return Buffer.concat([ENCRYPTED_BLOB_MAGIC, Buffer.from([keyId.length]), keyId, iv, sealed]);
}

/** Decrypts what {@link encryptBlob} wrote with the same `context`; throws {@link DecryptionError} otherwise. */
export function decryptBlob(keyRing: KeyRing, blob: Buffer, context: string): Buffer {
  const { keyId, iv, sealed } = parseBlob(blob, context);
  const key = keyRing.get(keyId);
  if (!key) throw new DecryptionError(`${context} was encrypted with key "${keyId}", which is not in OPENRCM_ENCRYPTION_KEYS`);
  const plaintext = open(key, iv, sealed, blobAssociatedData(keyId, context));
  if (!plaintext) throw new DecryptionError(`${context} failed authentication with key "${keyId}" (wrong key, moved from elsewhere, or altered)`);
  return plaintext;
}

/** The id of the key a blob was encrypted with. */
export function blobKeyId(blob: Buffer, context: string): string {
  return parseBlob(blob, context).keyId;
}

function parseBlob(blob: Buffer, context: string): { keyId: string; iv: Buffer; sealed: Buffer } {
  const header = ENCRYPTED_BLOB_MAGIC.length;
  if (blob.length < header + 1 || !blob.subarray(0, header).equals(ENCRYPTED_BLOB_MAGIC)) {
    throw new DecryptionError(`${context} is not an OpenRCM encrypted file`);
  }
  const keyIdLength = blob[header] as number;
  const ivStart = header + 1 + keyIdLength;
  if (blob.length < ivStart + IV_BYTES) throw new DecryptionError(`${context} is truncated`);
  return {
    keyId: blob.subarray(header + 1, ivStart).toString('ascii'),
    iv: blob.subarray(ivStart, ivStart + IV_BYTES),
    sealed: blob.subarray(ivStart + IV_BYTES),
  };
}

function blobAssociatedData(keyId: string, context: string): Buffer {
  return Buffer.from(`openrcm-file:v1:${keyId}:${context}`, 'utf8');
}

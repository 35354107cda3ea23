import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** GCM nonce length: 12 random bytes per encryption. */
export const IV_BYTES = 12;
/** GCM authentication tag length. */
export const TAG_BYTES = 16;

/** An AES-256-GCM result: the IV and the ciphertext with the 16-byte tag appended. */
export interface Sealed {
  readonly iv: Buffer;
  readonly sealed: Buffer;
}

/**
 * Encrypts with AES-256-GCM; `aad` is authenticated but not encrypted. The IV is fresh and random unless the caller
 * drew one itself (from {@link randomIv}) because the associated data must name it.
 */
export function seal(key: Buffer, plaintext: Buffer, aad: Buffer, iv: Buffer = randomIv()): Sealed {
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  const sealed = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
  return { iv, sealed };
}

/** A fresh random 12-byte IV. */
export function randomIv(): Buffer {
  return randomBytes(IV_BYTES);
}

/** Decrypts and authenticates; returns undefined when the key, IV, AAD or data do not match (never throws on bad input). */
export function open(key: Buffer, iv: Buffer, sealed: Buffer, aad: Buffer): Buffer | undefined {
  if (iv.length !== IV_BYTES || sealed.length < TAG_BYTES) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(aad);
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]);
  } catch {
    return undefined;
  }
}

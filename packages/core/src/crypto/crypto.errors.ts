/**
 * The encryption keys are missing or malformed. The message names the environment variable to fix and never
 * contains key material.
 */
export class EncryptionConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EncryptionConfigError';
  }
}

/**
 * A value or file could not be decrypted: unknown key id, wrong key, a value copied from another column or file,
 * or tampering. The message names the purpose and key id, never the plaintext or the ciphertext.
 */
export class DecryptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DecryptionError';
  }
}

import { createHmac } from 'node:crypto';
import { inspect } from 'node:util';
import { checkKey, type KeyMaterial } from './key-ring';

/** Every keyed hash starts with this: `hmac:v1:<keyId>:<base64url digest>`. */
export const KEYED_HASH_PREFIX = 'hmac:v1:';

/**
 * HMAC-SHA-256 "blind index" for finding encrypted values by equality (a patient by SSN): store
 * `hash('patient.ssn', normalizeSsn(ssn))` in a column beside the encrypted one and query that column.
 * The purpose is part of the hashed input, so the same number gives unrelated hashes in different columns.
 * The key is separate from the encryption keys (`OPENRCM_HASH_KEY`); changing it means recomputing every hash.
 * Callers normalise input first (see `normalizeSsn`, `normalizeIdentifier`).
 */
export class KeyedHasher {
  private readonly key: Buffer;

  /** The id of the hash key, recorded in every hash. */
  readonly keyId: string;

  constructor(hashKey: KeyMaterial) {
    checkKey(hashKey.id, hashKey.key, 'hash key');
    this.key = Buffer.from(hashKey.key);
    this.keyId = hashKey.id;
  }

  /** `hmac:v1:<keyId>:<digest>` of `value` for `purpose`; equal inputs give equal hashes. */
  hash(purpose: string, value: string): string {
    const digest = createHmac('sha256', this.key).update(`${purpose}\u0000${value}`, 'utf8').digest('base64url');
    return `${KEYED_HASH_PREFIX}${this.keyId}:${digest}`;
  }

  /** Id only. */
  toJSON(): { keyId: string } {
    return { keyId: this.keyId };
  }

  /** Id only. */
  [inspect.custom](): string {
    return `KeyedHasher { keyId: ${this.keyId} }`;
  }
}

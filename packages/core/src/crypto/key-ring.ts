import { inspect } from 'node:util';
import { EncryptionConfigError } from './crypto.errors';

/** Key ids: letters, digits, dot, dash and underscore (they appear inside ciphertext strings, so never a colon). */
export const KEY_ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

/** AES-256 keys and HMAC-SHA-256 keys are 32 bytes. */
export const KEY_BYTES = 32;

/** One key and its id. */
export interface KeyMaterial {
  readonly id: string;
  readonly key: Buffer;
}

/**
 * The encryption keys: the current one encrypts, every one decrypts (values written before a rotation keep their
 * key id). Key bytes never appear in `inspect`, `JSON.stringify` or logs; only ids do.
 */
export class KeyRing {
  private readonly keys: ReadonlyMap<string, Buffer>;

  constructor(
    keys: readonly KeyMaterial[],
    /** The id of the key new values are encrypted with. */
    readonly currentKeyId: string,
  ) {
    const map = new Map<string, Buffer>();
    for (const { id, key } of keys) {
      checkKey(id, key, 'encryption key');
      if (map.has(id)) throw new EncryptionConfigError(`encryption key id "${id}" appears twice`);
      map.set(id, Buffer.from(key));
    }
    if (!map.has(currentKeyId)) {
      throw new EncryptionConfigError(`the current encryption key id "${currentKeyId}" is not among the keys (${[...map.keys()].join(', ') || 'none'})`);
    }
    this.keys = map;
  }

  /** The key new values are encrypted with. */
  current(): KeyMaterial {
    return { id: this.currentKeyId, key: this.keys.get(this.currentKeyId) as Buffer };
  }

  /** The key with this id, if the ring holds it. */
  get(id: string): Buffer | undefined {
    return this.keys.get(id);
  }

  /** Every key id, current first. */
  ids(): string[] {
    return [this.currentKeyId, ...[...this.keys.keys()].filter((id) => id !== this.currentKeyId)];
  }

  /** Ids only. */
  toJSON(): { currentKeyId: string; keyIds: string[] } {
    return { currentKeyId: this.currentKeyId, keyIds: this.ids() };
  }

  /** Ids only. */
  [inspect.custom](): string {
    return `KeyRing { current: ${this.currentKeyId}, keys: ${this.ids().join(', ')} }`;
  }
}

/** Throws unless `id` is a valid key id and `key` is 32 bytes. */
export function checkKey(id: string, key: Buffer, what: string): void {
  if (!KEY_ID_PATTERN.test(id)) throw new EncryptionConfigError(`${what} id "${id.slice(0, 64)}" must match ${KEY_ID_PATTERN.source}`);
  if (key.length !== KEY_BYTES) throw new EncryptionConfigError(`${what} "${id}" must be ${KEY_BYTES} bytes (base64 of 32 random bytes), got ${key.length}`);
}

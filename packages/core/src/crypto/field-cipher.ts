import { open, seal } from './aes-gcm';
import { DecryptionError } from './crypto.errors';
import { KEY_ID_PATTERN, type KeyRing } from './key-ring';

/** Every encrypted field value starts with this: `enc:v1:<keyId>:<base64 iv>:<base64 ciphertext+tag>`. */
export const FIELD_CIPHERTEXT_PREFIX = 'enc:v1:';

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** The parts of an `enc:v1:` value. */
interface Envelope {
  readonly keyId: string;
  readonly iv: Buffer;
  readonly sealed: Buffer;
}

/**
 * Encrypts single values (SSN, member id, bank account) with AES-256-GCM. `purpose` names the column, e.g.
 * `patient.ssn`; it is bound to the value as associated data, so a value copied into another column fails to
 * decrypt. Each call uses a fresh random IV, so equal plaintexts give different ciphertexts: search with
 * {@link KeyedHasher}, never by the ciphertext.
 */
export class FieldCipher {
  constructor(private readonly keyRing: KeyRing) {}

  /** `enc:v1:<keyId>:<iv>:<ciphertext+tag>` under the current key. */
  encrypt(plaintext: string, purpose: string): string {
    const { id, key } = this.keyRing.current();
    const { iv, sealed } = seal(key, Buffer.from(plaintext, 'utf8'), associatedData(id, purpose));
    return `${FIELD_CIPHERTEXT_PREFIX}${id}:${iv.toString('base64')}:${sealed.toString('base64')}`;
  }

  /** The plaintext; throws {@link DecryptionError} (naming purpose and key id only) when it cannot. */
  decrypt(ciphertext: string, purpose: string): string {
    const envelope = parseEnvelope(ciphertext);
    if (!envelope) throw new DecryptionError(`a value for ${purpose} is not an OpenRCM ciphertext (expected ${FIELD_CIPHERTEXT_PREFIX}<keyId>:<iv>:<data>)`);
    const key = this.keyRing.get(envelope.keyId);
    if (!key) {
      throw new DecryptionError(`a value for ${purpose} was encrypted with key "${envelope.keyId}", which is not in OPENRCM_ENCRYPTION_KEYS (keep retired keys there until every value is re-encrypted)`);
    }
    const plaintext = open(key, envelope.iv, envelope.sealed, associatedData(envelope.keyId, purpose));
    if (!plaintext) throw new DecryptionError(`a value for ${purpose} failed authentication with key "${envelope.keyId}" (wrong key, copied from another column, or altered)`);
    return plaintext.toString('utf8');
  }

  /** Whether the value is an `enc:v1:` ciphertext (it is not decrypted). */
  isCiphertext(value: string): boolean {
    return parseEnvelope(value) !== undefined;
  }

  /** Whether the value was encrypted with a key other than the current one (a rotation job re-encrypts these). */
  needsReencryption(ciphertext: string): boolean {
    const envelope = parseEnvelope(ciphertext);
    return envelope !== undefined && envelope.keyId !== this.keyRing.currentKeyId;
  }

  /** Decrypts with whichever key wrote the value and encrypts again under the current key. */
  reencrypt(ciphertext: string, purpose: string): string {
    return this.encrypt(this.decrypt(ciphertext, purpose), purpose);
  }
}

function associatedData(keyId: string, purpose: string): Buffer {
  return Buffer.from(`openrcm-field:v1:${keyId}:${purpose}`, 'utf8');
}

function parseEnvelope(value: string): Envelope | undefined {
  if (!value.startsWith(FIELD_CIPHERTEXT_PREFIX)) return undefined;
  const parts = value.slice(FIELD_CIPHERTEXT_PREFIX.length).split(':');
  if (parts.length !== 3) return undefined;
  const [keyId, iv, sealed] = parts as [string, string, string];
  if (!KEY_ID_PATTERN.test(keyId) || !BASE64.test(iv) || !BASE64.test(sealed)) return undefined;
  return { keyId, iv: Buffer.from(iv, 'base64'), sealed: Buffer.from(sealed, 'base64') };
}

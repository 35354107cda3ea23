import { Type, type Platform, type TransformContext } from '@mikro-orm/core';
import { decryptBlob, encryptBlob } from './encrypted-blob';
import { fieldEncryption } from './field-encryption.registry';

/**
 * A `bytea` column holding a file (a scanned EOB, a PDF) encrypted as an {@link encryptBlob} blob bound to `purpose`
 * (e.g. `remittance_image.content`), read back as the plaintext bytes: the binary sibling of `EncryptedStringType`,
 * with the same keys. Querying by the column's value is refused.
 */
export class EncryptedBytesType extends Type<Buffer | null, Buffer | null> {
  constructor(private readonly purpose: string) {
    super();
  }

  override convertToDatabaseValue(value: Buffer | null | undefined, _platform: Platform, context?: TransformContext): Buffer | null {
    if (value === null || value === undefined) return null;
    if (context?.mode === 'query') throw new Error(`${this.purpose} is encrypted and cannot be used in a query condition; search its hash column instead`);
    return encryptBlob(fieldEncryption().keys.keyRing, value, this.purpose);
  }

  override convertToJSValue(value: Buffer | Uint8Array | string | null | undefined): Buffer | null {
    if (value === null || value === undefined) return null;
    return decryptBlob(fieldEncryption().keys.keyRing, toBuffer(value), this.purpose);
  }

  /** Each encryption has a fresh IV: compare the plaintexts. */
  override compareValues(a: Buffer | null, b: Buffer | null): boolean {
    return a === b || (a !== null && b !== null && Buffer.from(a).equals(Buffer.from(b)));
  }

  override compareAsType(): string {
    return 'Buffer';
  }

  override ensureComparable(): boolean {
    return false;
  }

  override getColumnType(): string {
    return 'bytea';
  }
}

/** A driver's bytea value as bytes (node-postgres gives a Buffer, PGlite a Uint8Array; `\x…` hex as a fallback). */
function toBuffer(value: Buffer | Uint8Array | string): Buffer {
  if (typeof value === 'string') return Buffer.from(value.startsWith('\\x') ? value.slice(2) : value, 'hex');
  return Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
}

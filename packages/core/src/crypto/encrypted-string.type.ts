import { Type, type EntityMetadata, type EntityProperty, type Platform, type TransformContext } from '@mikro-orm/core';
import { FIELD_CIPHERTEXT_PREFIX } from './field-cipher';
import { fieldEncryption } from './field-encryption.registry';

/** Options of an encrypted column. */
export interface EncryptedStringTypeOptions {
  /**
   * What the value is, bound to it as associated data, e.g. `patient.ssn`. Defaults to `<table>.<column>`; set it
   * explicitly if the column may be renamed, since the purpose of existing values cannot change.
   */
  readonly purpose?: string;
}

/**
 * A text column stored as `enc:v1:…` AES-256-GCM ciphertext and read back as plaintext:
 * `@Property({ type: EncryptedStringType, nullable: true })` or `@Property({ type: new EncryptedStringType({ purpose: 'patient.ssn' }) })`.
 * Keys come from {@link configureFieldEncryption}; writing without keys throws an error naming the environment
 * variables. Querying by the column's value is refused (random IVs never match): search a keyed-hash column instead.
 */
export class EncryptedStringType extends Type<string | null, string | null> {
  constructor(private readonly options: EncryptedStringTypeOptions = {}) {
    super();
  }

  /** The associated data bound to every value of this column. */
  get purpose(): string {
    if (this.options.purpose) return this.options.purpose;
    const table = this.meta?.tableName ?? this.meta?.className;
    const column = this.prop?.fieldNames?.[0] ?? this.prop?.name;
    if (!table || !column) throw new Error('EncryptedStringType needs a purpose when it is used outside an entity property');
    return `${table}.${column}`;
  }

  override convertToDatabaseValue(value: string | null | undefined, _platform: Platform, context?: TransformContext): string | null {
    if (value === null || value === undefined) return null;
    if (context?.mode === 'query') {
      throw new Error(`${this.purpose} is encrypted and cannot be used in a query condition; search its keyed-hash column instead`);
    }
    return fieldEncryption().cipher.encrypt(String(value), this.purpose);
  }

  override convertToJSValue(value: string | null | undefined): string | null {
    if (value === null || value === undefined) return null;
    return fieldEncryption().cipher.decrypt(value, this.purpose);
  }

  /** Compares plaintexts: each encryption has a fresh IV, so ciphertexts of the same value differ. */
  override compareValues(a: string | null, b: string | null): boolean {
    return this.reveal(a) === this.reveal(b);
  }

  override compareAsType(): string {
    return 'string';
  }

  override ensureComparable<T extends object>(_meta: EntityMetadata<T>, _prop: EntityProperty<T>): boolean {
    return false;
  }

  override getColumnType(): string {
    return 'text';
  }

  private reveal(value: string | null | undefined): string | null {
    if (value === null || value === undefined) return null;
    return value.startsWith(FIELD_CIPHERTEXT_PREFIX) ? fieldEncryption().cipher.decrypt(value, this.purpose) : value;
  }
}

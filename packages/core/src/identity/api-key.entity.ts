import { Entity, Property, Unique } from '@mikro-orm/core';
import type { Role } from '@openrcm/sdk';
import { TenantEntity } from '../persistence/base.entity';

/** An integration's key: scoped to one organization and some roles, stored hashed, revocable. */
@Entity({ tableName: 'api_key' })
@Unique({ name: 'api_key_hash_unique', properties: ['keyHash'] })
export class ApiKey extends TenantEntity<'lastUsedAt' | 'revokedAt'> {
  @Property({ type: 'text' })
  name!: string;

  /** The first characters of the key, to recognise it in lists. */
  @Property({ type: 'text' })
  prefix!: string;

  /** SHA-256 (hex) of the key: keys are 256-bit random, so a fast hash is enough. */
  @Property({ type: 'text', fieldName: 'key_hash', hidden: true })
  keyHash!: string;

  @Property({ type: 'json' })
  roles!: Role[];

  @Property({ type: 'text', fieldName: 'created_by' })
  createdBy!: string;

  @Property({ type: 'timestamptz', fieldName: 'last_used_at', nullable: true })
  lastUsedAt: Date | null = null;

  @Property({ type: 'timestamptz', fieldName: 'revoked_at', nullable: true })
  revokedAt: Date | null = null;
}

import { OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** Columns every tenant-owned row carries: a UUID key, its organization and when it was created. */
export abstract class TenantEntity<Optional extends string = never> {
  /** Properties with defaults, optional in `em.create`. */
  [OptionalProps]?: 'id' | 'createdAt' | Optional;

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid', fieldName: 'organization_id' })
  organizationId!: string;

  @Property({ type: 'timestamptz', fieldName: 'created_at' })
  createdAt: Date = new Date();
}

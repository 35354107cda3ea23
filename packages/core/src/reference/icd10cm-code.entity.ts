import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/**
 * One ICD-10-CM code as a release published it (reference data, shared by every organization). A code dropped by a
 * later release is retired on that release's effective date, never deleted, so claims for earlier dates of service
 * still validate.
 */
@Entity({ tableName: 'icd10cm_code' })
@Index({ name: 'icd10cm_code_lookup_index', properties: ['code', 'effectiveFrom'] })
@Unique({
  name: 'icd10cm_code_current_unique',
  expression: 'create unique index "icd10cm_code_current_unique" on "icd10cm_code" ("code") where "retired_on" is null',
})
export class Icd10cmCode {
  [OptionalProps]?: 'id' | 'retiredOn';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Without the dot, as on claims (HI segment): `E119`. */
  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  description!: string;

  /** The effective date of the release that first carried the code (ISO calendar date). */
  @Property({ type: 'text', fieldName: 'effective_from' })
  effectiveFrom!: string;

  /** The effective date of the release that dropped it; null while current. */
  @Property({ type: 'text', fieldName: 'retired_on', nullable: true })
  retiredOn: string | null = null;
}
